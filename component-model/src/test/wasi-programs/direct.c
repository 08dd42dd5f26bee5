/*
 * Calls every function of wasi:cli, wasi:io, wasi:clocks, wasi:random and wasi:filesystem 0.2.12
 * directly (see wasi02.h), without libc's preview1 layer, and prints what each returned.
 * Exported as wasi:cli/run. Arguments select a mode:
 *   (none)              everything below, expecting stdin "abcdefghij", preopens /data (read-write,
 *                       holding hello.txt = "hello world\n") and /ro (read-only)
 *   exit-code N         wasi:cli/exit.exit-with-code(N)
 *   exit-ok | exit-err  wasi:cli/exit.exit(ok | err)
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "wasi02.h"

static const char *ERROR_CODES[] = {"access", "would-block", "already", "bad-descriptor", "busy", "deadlock",
    "quota", "exist", "file-too-large", "illegal-byte-sequence", "in-progress", "interrupted", "invalid", "io",
    "is-directory", "loop", "too-many-links", "message-size", "name-too-long", "no-device", "no-entry", "no-lock",
    "insufficient-memory", "insufficient-space", "not-directory", "not-empty", "not-recoverable", "unsupported",
    "no-tty", "no-such-device", "overflow", "not-permitted", "pipe", "read-only", "invalid-seek",
    "text-file-busy", "cross-device"};
static const char *TYPES[] = {"unknown", "block-device", "character-device", "directory", "fifo",
    "symbolic-link", "regular-file", "socket"};
enum { ADVICE_SEQUENTIAL = 1 };

static int32_t out, err;

__attribute__((export_name("cabi_realloc")))
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
    (void) old_size;
    (void) align; /* malloc's alignment (16) covers every canonical-ABI alignment */
    return realloc(old, new_size);
}

/*
 * A small vsnprintf for the conversions used here (%s %.*s %c %d %u %zu %llu %x %llx, with a zero-padded
 * width): libc's stdio would pull in preview1 imports.
 */
static int format(char *buf, size_t cap, const char *fmt, va_list ap) {
    size_t n = 0;
#define PUT(ch) do { if (n + 1 < cap) buf[n] = (ch); n++; } while (0)
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { PUT(*p); continue; }
        p++;
        int zero = 0, width = 0, precision = -1, longs = 0;
        if (*p == '0') { zero = 1; p++; }
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        if (*p == '.' && p[1] == '*') { precision = va_arg(ap, int); p += 2; }
        while (*p == 'l' || *p == 'z') { if (*p == 'l') longs++; p++; }
        if (*p == 's') {
            const char *s = va_arg(ap, const char *);
            for (int i = 0; s[i] && (precision < 0 || i < precision); i++) PUT(s[i]);
        } else if (*p == 'c') {
            PUT((char) va_arg(ap, int));
        } else {
            unsigned long long v;
            int neg = 0, base = *p == 'x' ? 16 : 10;
            if (*p == 'd') {
                long long s = longs >= 2 ? va_arg(ap, long long) : va_arg(ap, int);
                neg = s < 0;
                v = neg ? -(unsigned long long) s : (unsigned long long) s;
            } else {
                v = longs >= 2 ? va_arg(ap, unsigned long long) : longs == 1 ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            }
            char digits[24];
            int k = 0;
            do { digits[k++] = "0123456789abcdef"[v % base]; v /= base; } while (v);
            if (neg) PUT('-');
            for (int i = k; i < width; i++) PUT(zero ? '0' : ' ');
            while (k) PUT(digits[--k]);
        }
    }
    if (cap) buf[n < cap ? n : cap - 1] = 0;
#undef PUT
    return (int) n;
}

static int fmt_to(char *buf, size_t cap, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = format(buf, cap, fmt, ap);
    va_end(ap);
    return n;
}

/* One line to stdout the non-blocking way: check-write, write, flush. */
static void say(const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = format(buf, sizeof buf - 1, fmt, ap);
    if (n > (int) sizeof buf - 2) n = sizeof buf - 2;
    va_end(ap);
    buf[n++] = '\n';
    sres_u64_t permit;
    out_check_write(out, &permit);
    if (permit.is_err || permit.u.ok < (uint64_t) n) cli_exit(1);
    sres_unit_t r;
    out_write(out, buf, n, &r);
    if (r.is_err) cli_exit(1);
    out_flush(out, &r);
    if (r.is_err) cli_exit(1);
}

static const char *code(uint8_t c) { return c < sizeof ERROR_CODES / sizeof *ERROR_CODES ? ERROR_CODES[c] : "?"; }

static const char *unit(res_u8_t r) { return r.is_err ? code(r.val) : "ok"; }

static const char *stream_err(stream_error_t e) { return e.tag == STREAM_CLOSED ? "closed" : "last-operation-failed"; }

static void say_bytes(const char *what, sres_bytes_t r) {
    if (r.is_err) say("%s: %s", what, stream_err(r.u.err));
    else say("%s: \"%.*s\"", what, (int) r.u.ok.len, (char *) r.u.ok.ptr);
    if (!r.is_err) free(r.u.ok.ptr);
}

static void say_count(const char *what, sres_u64_t r) {
    if (r.is_err) say("%s: %s", what, stream_err(r.u.err));
    else say("%s: %llu", what, (unsigned long long) r.u.ok);
}

static void hex(char *to, const uint8_t *b, size_t n) {
    for (size_t i = 0; i < n; i++) fmt_to(to + 2 * i, 3, "%02x", b[i]);
}

static void flags(char *to, uint8_t f) {
    static const char *names[] = {"read", "write", "file-integrity-sync", "data-integrity-sync",
        "requested-write-sync", "mutate-directory"};
    to[0] = 0;
    for (int i = 0; i < 6; i++) {
        if (f & (1 << i)) { if (to[0]) strcat(to, "|"); strcat(to, names[i]); }
    }
}

#define S(lit) lit, sizeof lit - 1

static void cli(void) {
    strs_t args;
    env_get_arguments(&args);
    for (size_t i = 0; i < args.len; i++) say("arg %zu: %.*s", i, (int) args.ptr[i].len, args.ptr[i].ptr);
    str_pairs_t env;
    env_get_environment(&env);
    for (size_t i = 0; i < env.len; i++) {
        say("env %.*s=%.*s", (int) env.ptr[2 * i].len, env.ptr[2 * i].ptr, (int) env.ptr[2 * i + 1].len,
            env.ptr[2 * i + 1].ptr);
    }
    opt_str_t cwd;
    env_initial_cwd(&cwd);
    if (cwd.is_some) say("initial cwd: %.*s", (int) cwd.s.len, cwd.s.ptr);
    else say("initial cwd: none");
    opt_handle_t t;
    cli_get_terminal_stdin(&t);
    say("terminal stdin: %s", t.is_some ? "yes" : "no");
    if (t.is_some) drop_terminal_input(t.handle);
    cli_get_terminal_stdout(&t);
    say("terminal stdout: %s", t.is_some ? "yes" : "no");
    if (t.is_some) drop_terminal_output(t.handle);
    cli_get_terminal_stderr(&t);
    say("terminal stderr: %s", t.is_some ? "yes" : "no");
    if (t.is_some) drop_terminal_output(t.handle);
    sres_unit_t r;
    out_blocking_write_and_flush(err, S("to stderr\n"), &r);
}

static void stdin_stream(void) {
    int32_t in = cli_get_stdin();
    int32_t p = in_subscribe(in);
    pollable_block(p);
    say("stdin ready: %s", pollable_ready(p) ? "yes" : "no");
    drop_pollable(p);
    sres_bytes_t b;
    in_read(in, 3, &b);
    say_bytes("read 3", b);
    sres_u64_t n;
    in_skip(in, 2, &n);
    say_count("skip 2", n);
    in_blocking_read(in, 2, &b);
    say_bytes("blocking-read 2", b);
    in_blocking_skip(in, 10, &n);
    say_count("blocking-skip 10", n);
    in_blocking_read(in, 1, &b);
    say_bytes("blocking-read at end", b);
    drop_input_stream(in);
}

static void clocks(void) {
    uint64_t start = mono_now();
    say("monotonic resolution > 0: %s", mono_resolution() > 0 ? "yes" : "no");
    datetime_t now, res;
    wall_now(&now);
    wall_resolution(&res);
    say("wall clock: %llu.%09u", (unsigned long long) now.seconds, now.nanoseconds);
    say("wall resolution > 0: %s", res.seconds > 0 || res.nanoseconds > 0 ? "yes" : "no");

    int32_t soon = mono_subscribe_duration(10000000);          /* 10ms */
    int32_t later = mono_subscribe_instant(start + 1000000000); /* 1s after start */
    int32_t out_ready = out_subscribe(out);
    say("stdout pollable ready: %s", pollable_ready(out_ready) ? "yes" : "no");
    int32_t list[] = {later, soon};
    u32s_t ready;
    poll_list(list, 2, &ready);
    for (size_t i = 0; i < ready.len; i++) say("poll [later, soon]: %u ready", ready.ptr[i]);
    free(ready.ptr);
    say("slept at least 10ms: %s", mono_now() - start >= 10000000 ? "yes" : "no");
    say("later ready: %s", pollable_ready(later) ? "yes" : "no");
    pollable_block(later);
    say("blocked until 1s: %s", mono_now() - start >= 1000000000 ? "yes" : "no");
    int32_t all[] = {soon, out_ready, later};
    poll_list(all, 3, &ready);
    say("poll [soon, stdout, later]: %zu ready", ready.len);
    free(ready.ptr);
    drop_pollable(soon);
    drop_pollable(later);
    drop_pollable(out_ready);
    sres_unit_t r;
    out_blocking_flush(out, &r);
    say("blocking-flush: %s", r.is_err ? stream_err(r.err) : "ok");
}

static void randomness(void) {
    char h[40];
    bytes_t b;
    random_bytes(8, &b);
    hex(h, b.ptr, b.len);
    free(b.ptr);
    say("random bytes: %s", h);
    say("random u64: %016llx", (unsigned long long) random_u64());
    insecure_bytes(8, &b);
    hex(h, b.ptr, b.len);
    free(b.ptr);
    say("insecure bytes: %s", h);
    say("insecure u64: %016llx", (unsigned long long) insecure_u64());
    u64_pair_t s1, s2;
    insecure_seed(&s1);
    insecure_seed(&s2);
    say("insecure seed: %016llx %016llx, same twice: %s", (unsigned long long) s1.a, (unsigned long long) s1.b,
        s1.a == s2.a && s1.b == s2.b ? "yes" : "no");
}

static int32_t open_at(int32_t dir, int32_t pf, const char *path, int32_t oflags, int32_t dflags, const char *what) {
    res_u32_t r;
    d_open_at(dir, pf, path, strlen(path), oflags, dflags, &r);
    if (r.is_err) say("%s: %s", what, code((uint8_t) r.val));
    return r.is_err ? -1 : (int32_t) r.val;
}

static void say_stat(const char *what, res_stat_t s) {
    if (s.is_err) { say("%s: %s", what, code(s.u.err)); return; }
    say("%s: %s, %llu link(s), %llu bytes", what, TYPES[s.u.ok.type], (unsigned long long) s.u.ok.link_count,
        (unsigned long long) s.u.ok.size);
}

static void say_times(const char *what, res_stat_t s) {
    if (s.is_err) { say("%s: %s", what, code(s.u.err)); return; }
    say("%s: accessed %llu.%09u, modified %llu.%09u", what, (unsigned long long) s.u.ok.atime.t.seconds,
        s.u.ok.atime.t.nanoseconds, (unsigned long long) s.u.ok.mtime.t.seconds, s.u.ok.mtime.t.nanoseconds);
}

static void list_directory(int32_t dir) {
    res_u32_t r;
    d_read_directory(dir, &r);
    if (r.is_err) { say("read-directory: %s", code((uint8_t) r.val)); return; }
    char names[16][64];
    int n = 0;
    for (;;) {
        res_dirent_t e;
        des_read_directory_entry((int32_t) r.val, &e);
        if (e.is_err || !e.u.ok.is_some) break;
        if (n < 16) {
            fmt_to(names[n], 64, "%.*s (%s)", (int) e.u.ok.e.name.len, e.u.ok.e.name.ptr, TYPES[e.u.ok.e.type]);
            n++;
        }
        free(e.u.ok.e.name.ptr);
    }
    drop_directory_entry_stream((int32_t) r.val);
    /* the host lists in its own order: sort for a stable output */
    for (int i = 1; i < n; i++) {
        for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char t[64];
            strcpy(t, names[j]);
            strcpy(names[j], names[j - 1]);
            strcpy(names[j - 1], t);
        }
    }
    for (int i = 0; i < n; i++) say("entry %s", names[i]);
}

static void files(void) {
    preopens_t pre;
    fs_get_directories(&pre);
    int32_t data = -1, ro = -1;
    for (size_t i = 0; i < pre.len; i++) {
        say("preopen %.*s", (int) pre.ptr[i].path.len, pre.ptr[i].path.ptr);
        if (pre.ptr[i].path.len == 5 && !memcmp(pre.ptr[i].path.ptr, "/data", 5)) data = pre.ptr[i].descriptor;
        if (pre.ptr[i].path.len == 3 && !memcmp(pre.ptr[i].path.ptr, "/ro", 3)) ro = pre.ptr[i].descriptor;
    }
    if (data < 0 || ro < 0) { say("missing preopens"); return; }
    char f[80];
    res_u8_t u;
    d_get_type(data, &u);
    say("/data type: %s", u.is_err ? code(u.val) : TYPES[u.val]);
    d_get_flags(data, &u);
    flags(f, u.val);
    say("/data flags: %s", u.is_err ? code(u.val) : f);

    int32_t hello = open_at(data, P_SYMLINK_FOLLOW, "hello.txt", 0, D_READ, "open hello.txt");
    d_get_flags(hello, &u);
    flags(f, u.val);
    say("hello.txt flags: %s", u.is_err ? code(u.val) : f);
    res_stat_t st;
    d_stat(hello, &st);
    say_stat("stat hello.txt", st);
    res_read_t rd;
    d_read(hello, 5, 0, &rd);
    say("read 5 at 0: \"%.*s\" end=%d", (int) rd.u.ok.data.len, rd.u.ok.data.ptr, rd.u.ok.end);
    free(rd.u.ok.data.ptr);
    d_read(hello, 100, 6, &rd);
    say("read 100 at 6: \"%.*s\" end=%d", (int) rd.u.ok.data.len - 1, rd.u.ok.data.ptr, rd.u.ok.end);
    free(rd.u.ok.data.ptr);
    d_advise(hello, 0, 12, ADVICE_SEQUENTIAL, &u);
    say("advise hello.txt: %s", unit(u));
    d_advise(data, 0, 0, ADVICE_SEQUENTIAL, &u);
    say("advise /data: %s", unit(u));
    res_u64_t w;
    d_write(hello, S("x"), 0, &w);
    say("write to read-only descriptor: %s", w.is_err ? code((uint8_t) w.val) : "ok");

    int32_t again = open_at(data, 0, "hello.txt", 0, 0, "open hello.txt again");
    say("same object: %d, directory is same: %d", d_is_same_object(hello, again), d_is_same_object(hello, data));
    res_hash_t h1, h2, h3;
    d_metadata_hash(again, &h1);
    d_metadata_hash_at(data, 0, S("hello.txt"), &h2);
    d_metadata_hash(data, &h3);
    say("metadata-hash equals metadata-hash-at: %s, differs from /data: %s",
        !h1.is_err && !h2.is_err && h1.u.ok.lower == h2.u.ok.lower && h1.u.ok.upper == h2.u.ok.upper ? "yes" : "no",
        !h3.is_err && (h1.u.ok.lower != h3.u.ok.lower || h1.u.ok.upper != h3.u.ok.upper) ? "yes" : "no");
    drop_descriptor(again);

    /* a new file: positional writes, size changes, syncs */
    int32_t nf = open_at(data, 0, "new.bin", O_CREATE_ | O_EXCLUSIVE_, D_READ | D_WRITE, "create new.bin");
    open_at(data, 0, "new.bin", O_CREATE_ | O_EXCLUSIVE_, D_READ | D_WRITE, "create new.bin again");
    d_get_flags(nf, &u);
    flags(f, u.val);
    say("new.bin flags: %s", f);
    d_write(nf, S("0123456789"), 0, &w);
    say("write 10: %llu", (unsigned long long) w.val);
    d_set_size(nf, 4, &u);
    say("set-size 4: %s", unit(u));
    d_set_size(nf, 6, &u);
    say("set-size 6: %s", unit(u));
    d_sync_data(nf, &u);
    say("sync-data: %s", unit(u));
    d_sync(nf, &u);
    say("sync: %s", unit(u));

    /* streams on files: write-via-stream, zeroes, append-via-stream, splices */
    res_u32_t s;
    d_write_via_stream(nf, 6, &s);
    int32_t ws = (int32_t) s.val;
    sres_unit_t r;
    out_write(ws, S("AB"), &r);
    out_write_zeroes(ws, 2, &r);
    out_blocking_write_zeroes_and_flush(ws, 1, &r);
    out_blocking_write_and_flush(ws, S("C"), &r);
    say("write-via-stream: %s", r.is_err ? stream_err(r.err) : "ok");
    drop_output_stream(ws);
    d_append_via_stream(nf, &s);
    int32_t as = (int32_t) s.val;
    out_blocking_write_and_flush(as, S("|"), &r);
    d_read_via_stream(hello, 6, &s);
    int32_t rs = (int32_t) s.val;
    int32_t rp = in_subscribe(rs);
    say("file input ready: %s", pollable_ready(rp) ? "yes" : "no");
    drop_pollable(rp);
    sres_u64_t n;
    out_splice(as, rs, 3, &n);
    say_count("splice 3", n);
    out_blocking_splice(as, rs, 100, &n);
    say_count("blocking-splice 100", n);
    out_splice(as, rs, 100, &n);
    say_count("splice at end", n);
    drop_input_stream(rs);
    drop_output_stream(as);
    d_read_via_stream(hello, 0, &s);
    rs = (int32_t) s.val;
    out_blocking_write_and_flush(out, S("spliced to stdout: "), &r);
    out_blocking_splice(out, rs, 5, &n);
    out_blocking_write_and_flush(out, S("\n"), &r);
    drop_input_stream(rs);

    /* times: explicit, now (the host clock), no-change */
    d_set_times(nf, TS_TIMESTAMP, 1000000000, 5, TS_TIMESTAMP, 2000000000, 7, &u);
    say("set-times: %s", unit(u));
    d_stat(nf, &st);
    say_times("stat new.bin", st);
    say_stat("stat new.bin", st);
    d_set_times(nf, TS_NO_CHANGE, 0, 0, TS_NOW, 0, 0, &u);
    d_stat(nf, &st);
    datetime_t now;
    wall_now(&now);
    say("set-times no-change/now: %s, atime kept: %s, mtime now: %s", unit(u),
        st.u.ok.atime.t.seconds == 1000000000 ? "yes" : "no",
        st.u.ok.mtime.t.seconds + 5 >= now.seconds && st.u.ok.mtime.t.seconds <= now.seconds ? "yes" : "no");
    d_set_times_at(data, 0, S("hello.txt"), TS_TIMESTAMP, 5, 0, TS_TIMESTAMP, 6, 0, &u);
    res_stat_t sa;
    d_stat_at(data, 0, S("hello.txt"), &sa);
    say("set-times-at: %s", unit(u));
    say_times("stat-at hello.txt", sa);

    /* directories, links, renames, removals */
    d_create_directory_at(data, S("dir"), &u);
    say("create-directory-at dir: %s", unit(u));
    d_create_directory_at(data, S("dir"), &u);
    say("create-directory-at dir again: %s", unit(u));
    d_link_at(data, 0, S("new.bin"), data, S("dir/link.bin"), &u);
    say("link-at dir/link.bin: %s", unit(u));
    d_stat_at(data, 0, S("new.bin"), &sa);
    say_stat("stat-at new.bin", sa);
    d_link_at(data, 0, S("missing"), data, S("dir/other"), &u);
    say("link-at missing: %s", unit(u));
    d_symlink_at(data, S("new.bin"), S("sym"), &u);
    say("symlink-at sym: %s", unit(u));
    res_str_t l;
    d_readlink_at(data, S("sym"), &l);
    say("readlink-at sym: %.*s", (int) l.u.ok.len, l.u.ok.ptr);
    d_readlink_at(data, S("new.bin"), &l);
    say("readlink-at new.bin: %s", code(l.u.err));
    d_stat_at(data, 0, S("sym"), &sa);
    say_stat("stat-at sym", sa);
    d_stat_at(data, P_SYMLINK_FOLLOW, S("sym"), &sa);
    say_stat("stat-at sym (followed)", sa);
    d_symlink_at(data, S("../../outside"), S("bad"), &u);
    int32_t bad = open_at(data, P_SYMLINK_FOLLOW, "bad", 0, D_READ, "open through symlink out of /data");
    (void) bad;
    d_rename_at(data, S("dir/link.bin"), data, S("renamed.bin"), &u);
    say("rename-at dir/link.bin -> renamed.bin: %s", unit(u));
    d_rename_at(data, S("renamed.bin"), ro, S("renamed.bin"), &u);
    say("rename-at into /ro: %s", unit(u));
    d_remove_directory_at(data, S("hello.txt"), &u);
    say("remove-directory-at hello.txt: %s", unit(u));
    d_unlink_file_at(data, S("dir"), &u);
    say("unlink-file-at dir: %s", unit(u));
    int32_t sub = open_at(data, 0, "dir", O_DIRECTORY_, D_READ | D_MUTATE_DIR, "open dir");
    d_create_directory_at(sub, S("inner"), &u);
    d_remove_directory_at(data, S("dir"), &u);
    say("remove-directory-at non-empty dir: %s", unit(u));
    d_remove_directory_at(sub, S("inner"), &u);
    say("remove-directory-at dir/inner: %s", unit(u));
    drop_descriptor(sub);
    d_remove_directory_at(data, S("dir"), &u);
    say("remove-directory-at dir: %s", unit(u));
    d_unlink_file_at(data, S("sym"), &u);
    say("unlink-file-at sym: %s", unit(u));
    d_unlink_file_at(data, S("bad"), &u);
    open_at(data, 0, "missing", 0, D_READ, "open missing");
    open_at(data, 0, "../escape", O_CREATE_, D_READ | D_WRITE, "create ../escape");
    open_at(data, 0, "/etc/passwd", 0, D_READ, "open /etc/passwd");
    open_at(ro, 0, "new.txt", O_CREATE_, D_READ | D_WRITE, "create in /ro");
    d_create_directory_at(ro, S("d"), &u);
    say("create-directory-at in /ro: %s", unit(u));
    list_directory(data);

    /* a stream whose descriptor is gone fails with an error resource */
    d_write_via_stream(nf, 0, &s);
    ws = (int32_t) s.val;
    drop_descriptor(nf);
    sres_u64_t permit;
    out_check_write(ws, &permit);
    say("check-write after the descriptor was dropped: %s", permit.is_err ? stream_err(permit.u.err) : "ok");
    if (permit.is_err && permit.u.err.tag == STREAM_FAILED) drop_error(permit.u.err.error);
    out_blocking_write_and_flush(ws, S("late"), &r);
    if (r.is_err && r.err.tag == STREAM_FAILED) {
        res_u8_t c;
        fs_error_code(r.err.error, &c);
        str_t msg;
        error_to_debug_string(r.err.error, &msg);
        say("write after the descriptor was dropped: %s, error code %s: %.*s", stream_err(r.err),
            c.is_err ? code(c.val) : "none", (int) msg.len, msg.ptr);
        free(msg.ptr);
        drop_error(r.err.error);
    } else {
        say("write after the descriptor was dropped: %s", r.is_err ? stream_err(r.err) : "ok");
    }
    drop_output_stream(ws);
    drop_descriptor(hello);
    drop_descriptor(data);
    drop_descriptor(ro);
}

__attribute__((export_name("wasi:cli/run@0.2.12#run")))
int32_t run(void) {
    out = cli_get_stdout();
    err = cli_get_stderr();
    strs_t args;
    env_get_arguments(&args);
    if (args.len >= 2) {
        str_t mode = args.ptr[1];
        if (mode.len == 9 && !memcmp(mode.ptr, "exit-code", 9) && args.len >= 3) {
            char num[8] = {0};
            memcpy(num, args.ptr[2].ptr, args.ptr[2].len < 7 ? args.ptr[2].len : 7);
            cli_exit_with_code(atoi(num));
        }
        if (mode.len == 7 && !memcmp(mode.ptr, "exit-ok", 7)) cli_exit(0);
        if (mode.len == 8 && !memcmp(mode.ptr, "exit-err", 8)) cli_exit(1);
    }
    cli();
    stdin_stream();
    clocks();
    randomness();
    files();
    drop_output_stream(err);
    drop_output_stream(out);
    return 0;
}
