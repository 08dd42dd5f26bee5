// Clocks, poll_oneoff with clock timeouts, random_get, sched_yield and proc_raise.
#include <stdio.h>
#include <time.h>
#include <wasi/api.h>

// Newer wasi-libc headers no longer declare proc_raise; import it directly.
__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_raise")))
int32_t raw_proc_raise(int32_t sig);

static __wasi_timestamp_t now(__wasi_clockid_t id) {
    __wasi_timestamp_t t = 0;
    __wasi_errno_t e = __wasi_clock_time_get(id, 1, &t);
    if (e) printf("clock_time_get(%d) -> errno %d\n", id, e);
    return t;
}

int main(void) {
    for (int id = 0; id <= 4; id++) {
        __wasi_timestamp_t res = 0;
        __wasi_errno_t e = __wasi_clock_res_get(id, &res);
        printf("res %d -> errno %d%s\n", id, e, e == 0 && res > 0 ? " (positive)" : "");
    }
    printf("realtime=%llu\n", (unsigned long long) now(__WASI_CLOCKID_REALTIME));
    __wasi_timestamp_t t0 = now(__WASI_CLOCKID_MONOTONIC);
    printf("cputime ok=%d\n", now(__WASI_CLOCKID_PROCESS_CPUTIME_ID) >= 0 && now(__WASI_CLOCKID_THREAD_CPUTIME_ID) >= 0);
    __wasi_timestamp_t bad;
    printf("time 7 -> errno %d\n", __wasi_clock_time_get(7, 1, &bad));

    // A relative 5 ms timeout.
    __wasi_subscription_t sub = {0};
    sub.userdata = 42;
    sub.u.tag = __WASI_EVENTTYPE_CLOCK;
    sub.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    sub.u.u.clock.timeout = 5000000;
    __wasi_event_t ev[2];
    __wasi_size_t n = 0;
    __wasi_errno_t e = __wasi_poll_oneoff(&sub, ev, 1, &n);
    __wasi_timestamp_t t1 = now(__WASI_CLOCKID_MONOTONIC);
    printf("poll -> errno %d, n=%lu, userdata=%llu, error=%d, type=%d, waited>=5ms=%d\n", e, n,
           (unsigned long long) ev[0].userdata, ev[0].error, ev[0].type, t1 - t0 >= 5000000);

    // An absolute deadline 60 s ahead, together with stdout's write readiness: stdout wins at once.
    __wasi_subscription_t subs[2] = {0};
    subs[0].userdata = 1;
    subs[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subs[0].u.u.clock.timeout = t1 + 60000000000ull;
    subs[0].u.u.clock.flags = __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME;
    subs[1].userdata = 2;
    subs[1].u.tag = __WASI_EVENTTYPE_FD_WRITE;
    subs[1].u.u.fd_write.file_descriptor = 1;
    e = __wasi_poll_oneoff(subs, ev, 2, &n);
    printf("poll stdout -> errno %d, n=%lu, userdata=%llu, type=%d\n", e, n, (unsigned long long) ev[0].userdata,
           ev[0].type);
    subs[1].u.u.fd_write.file_descriptor = 77;
    e = __wasi_poll_oneoff(subs, ev, 2, &n);
    printf("poll bad fd -> errno %d, n=%lu, userdata=%llu, error=%d\n", e, n, (unsigned long long) ev[0].userdata,
           ev[0].error);
    printf("poll none -> errno %d\n", __wasi_poll_oneoff(subs, ev, 0, &n));

    struct timespec ts = {0, 3000000};
    __wasi_timestamp_t t2 = now(__WASI_CLOCKID_MONOTONIC);
    nanosleep(&ts, NULL);
    printf("nanosleep waited>=3ms=%d\n", now(__WASI_CLOCKID_MONOTONIC) - t2 >= 3000000);

    unsigned char r[16];
    printf("random -> errno %d:", __wasi_random_get(r, sizeof r));
    for (int i = 0; i < 16; i++) printf(" %02x", r[i]);
    printf("\n");
    printf("sched_yield -> errno %d\n", __wasi_sched_yield());
    printf("proc_raise(TERM) -> errno %d\n", raw_proc_raise(15));
    return 0;
}
