// stdin to stdout: waits for input with poll_oneoff, upper-cases every line, and inspects
// the stdio descriptors (fdstat, filestat, seek on a stream).
#include <ctype.h>
#include <stdio.h>
#include <unistd.h>
#include <wasi/api.h>

int main(void) {
    __wasi_subscription_t subs[2] = {0};
    subs[0].userdata = 10;
    subs[0].u.tag = __WASI_EVENTTYPE_FD_READ;
    subs[0].u.u.fd_read.file_descriptor = 0;
    subs[1].userdata = 11;
    subs[1].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[1].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subs[1].u.u.clock.timeout = 1000000000ull;
    __wasi_event_t ev[2];
    __wasi_size_t n = 0;
    __wasi_errno_t e = __wasi_poll_oneoff(subs, ev, 2, &n);
    printf("poll stdin -> errno %d, n=%lu, userdata=%llu, nbytes=%llu\n", e, n, (unsigned long long) ev[0].userdata,
           (unsigned long long) ev[0].fd_readwrite.nbytes);

    __wasi_fdstat_t st;
    e = __wasi_fd_fdstat_get(0, &st);
    printf("stdin fdstat -> errno %d, filetype=%d, read=%d, write=%d\n", e, st.fs_filetype,
           (st.fs_rights_base & __WASI_RIGHTS_FD_READ) != 0, (st.fs_rights_base & __WASI_RIGHTS_FD_WRITE) != 0);
    __wasi_filestat_t fs;
    e = __wasi_fd_filestat_get(1, &fs);
    printf("stdout filestat -> errno %d, filetype=%d\n", e, fs.filetype);
    __wasi_filesize_t pos;
    printf("seek stdout -> errno %d\n", __wasi_fd_seek(1, 0, __WASI_WHENCE_CUR, &pos));
    printf("pread stdin -> errno %d\n", __wasi_fd_pread(0, NULL, 0, 0, &n));
    printf("isatty(1)=%d\n", isatty(1));

    char line[256];
    int lines = 0;
    while (fgets(line, sizeof line, stdin)) {
        for (char *p = line; *p; p++) *p = toupper((unsigned char) *p);
        fputs(line, stdout);
        lines++;
    }
    fprintf(stderr, "%d lines\n", lines);
    printf("read closed stdin -> errno %d\n", __wasi_fd_close(0) == 0 ? __wasi_fd_read(0, NULL, 0, &n) : -1);
    return 0;
}
