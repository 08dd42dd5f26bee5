// Error paths and corner cases of the fd_* and path_* calls, through the raw preview1 API on
// the preopen fd 3 ("/sandbox", initially empty). Prints the errno of every call.
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

__attribute__((import_module("wasi_snapshot_preview1"), import_name("path_open")))
int32_t raw_path_open(int32_t fd, int32_t dirflags, int32_t path, int32_t path_len, int32_t oflags,
                      int64_t base, int64_t inheriting, int32_t fdflags, int32_t result);
__attribute__((import_module("wasi_snapshot_preview1"), import_name("fd_write")))
int32_t raw_fd_write(int32_t fd, int32_t iovs, int32_t iovs_len, int32_t result);
__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_raise")))
int32_t raw_proc_raise(int32_t sig);

#define SHOW(expr) printf("%s -> %d\n", #expr, (int) (expr))

static const __wasi_rights_t ALL_FILE = __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK
        | __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_ALLOCATE | __WASI_RIGHTS_FD_FILESTAT_SET_SIZE
        | __WASI_RIGHTS_FD_FILESTAT_GET | __WASI_RIGHTS_FD_FDSTAT_SET_FLAGS | __WASI_RIGHTS_FD_READDIR
        | __WASI_RIGHTS_FD_FILESTAT_SET_TIMES;

static __wasi_fd_t open_or_die(__wasi_fd_t dir, const char *path, __wasi_oflags_t oflags, __wasi_rights_t rights) {
    __wasi_fd_t fd = 0;
    __wasi_errno_t e = __wasi_path_open(dir, 0, path, oflags, rights, rights, 0, &fd);
    if (e) printf("open %s failed: %d\n", path, e);
    return fd;
}

static void write_all(__wasi_fd_t fd, const char *s) {
    __wasi_ciovec_t iov = {(const uint8_t *) s, strlen(s)};
    __wasi_size_t n;
    (void) __wasi_fd_write(fd, &iov, 1, &n);
}

int main(void) {
    __wasi_fd_t f = open_or_die(3, "file.txt", __WASI_OFLAGS_CREAT, ALL_FILE);
    write_all(f, "0123456789");
    __wasi_filesize_t pos;
    SHOW(__wasi_fd_seek(f, -11, __WASI_WHENCE_END, &pos));
    SHOW(__wasi_fd_seek(f, 0, 3, &pos));
    SHOW(__wasi_fd_seek(f, -3, __WASI_WHENCE_END, &pos));
    printf("pos=%llu\n", (unsigned long long) pos);
    SHOW(__wasi_fd_allocate(f, 0, 0));
    SHOW(__wasi_fd_fdstat_set_flags(f, 0x20));
    SHOW(__wasi_fd_filestat_set_times(f, 1, 1, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW));
    SHOW(__wasi_fd_advise(f, 0, 0, 9));
    uint8_t buf[200];
    __wasi_size_t n;
    SHOW(__wasi_fd_readdir(f, buf, sizeof buf, 0, &n));
    SHOW(__wasi_sock_send(f, NULL, 0, 0, &n));
    SHOW(__wasi_fd_renumber(f, 40));
    SHOW(__wasi_fd_close(f));
    SHOW(__wasi_fd_close(f));

    __wasi_fd_t x;
    SHOW(__wasi_path_open(3, 0, "file.txt", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(__wasi_path_open(3, 0, "newdir", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &x));
    SHOW(__wasi_path_open(3, 0, "file.txt", 0x10, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(__wasi_path_open(3, 0, "file.txt/", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(__wasi_path_open(3, 0, "", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(__wasi_path_open(3, 0, "missing/file.txt", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(__wasi_path_open(3, 0, "file.txt/more", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(__wasi_path_open(3, 0, ".", 0, __WASI_RIGHTS_FD_WRITE, 0, 0, &x));
    SHOW(__wasi_path_open(3, 0, ".", __WASI_OFLAGS_TRUNC, 0, 0, 0, &x));
    SHOW(__wasi_path_open(3, 0, "file.txt", 0, __WASI_RIGHTS_SOCK_ACCEPT, 0, 0, &x));
    SHOW(raw_path_open(3, 0, 1 << 30, 4, 0, __WASI_RIGHTS_FD_READ, 0, 0, (int32_t) &x));
    static const char bad_utf8[] = {'f', (char) 0xff, 0};
    SHOW(__wasi_path_open(3, 0, bad_utf8, 0, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(raw_fd_write(1, 0x7ffffff0, 4, 16));

    // A directory opened with O_DIRECTORY: reading it is EISDIR, its listing comes in pieces.
    SHOW(__wasi_path_create_directory(3, "d"));
    for (int i = 0; i < 5; i++) {
        char name[32];
        snprintf(name, sizeof name, "d/entry-%d", i);
        __wasi_fd_t e = open_or_die(3, name, __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_WRITE);
        (void) __wasi_fd_close(e);
    }
    __wasi_fd_t d = 0;
    SHOW(__wasi_path_open(3, 0, "d", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_FD_READ,
                          0, 0, &d));
    __wasi_iovec_t riov = {buf, 10};
    SHOW(__wasi_fd_read(d, &riov, 1, &n));
    __wasi_dircookie_t cookie = 0;
    int calls = 0;
    for (;;) {
        // A buffer that holds one whole entry and part of the next: the partial one is fetched again.
        SHOW(__wasi_fd_readdir(d, buf, 40, cookie, &n));
        calls++;
        __wasi_size_t at = 0;
        while (at + sizeof(__wasi_dirent_t) <= n) {
            __wasi_dirent_t ent;
            memcpy(&ent, buf + at, sizeof ent);
            if (at + sizeof ent + ent.d_namlen > n) break;
            printf("  %.*s next=%llu type=%d\n", (int) ent.d_namlen, (char *) buf + at + sizeof ent,
                   (unsigned long long) ent.d_next, ent.d_type);
            cookie = ent.d_next;
            at += sizeof ent + ent.d_namlen;
        }
        if (n < 40) break;
    }
    printf("readdir calls=%d\n", calls);
    SHOW(__wasi_fd_close(d));

    // Renames between files and directories.
    SHOW(__wasi_path_create_directory(3, "empty"));
    SHOW(__wasi_path_rename(3, "d", 3, "file.txt"));
    SHOW(__wasi_path_rename(3, "file.txt", 3, "d"));
    SHOW(__wasi_path_rename(3, "d", 3, "d/entry-0/inside"));
    SHOW(__wasi_path_rename(3, "d", 3, "d/sub"));
    SHOW(__wasi_path_rename(3, "empty", 3, "d"));
    SHOW(__wasi_path_rename(3, "d", 3, "empty"));
    SHOW(__wasi_path_rename(3, "nothing", 3, "x"));
    SHOW(__wasi_path_link(3, 0, "empty", 3, "empty-link"));
    SHOW(__wasi_path_link(3, 0, "file.txt", 3, "empty/entry-1"));
    SHOW(__wasi_path_remove_directory(3, "."));
    SHOW(__wasi_path_remove_directory(3, "file.txt"));
    SHOW(__wasi_path_unlink_file(3, "empty/"));
    SHOW(__wasi_path_create_directory(3, "file.txt"));

    // Symlinks: loops, dangling links, links to directories.
    SHOW(__wasi_path_symlink("loop2", 3, "loop1"));
    SHOW(__wasi_path_symlink("loop1", 3, "loop2"));
    SHOW(__wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "loop1", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(__wasi_path_symlink("nowhere", 3, "dangling"));
    SHOW(__wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dangling", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(__wasi_path_symlink("empty", 3, "dirlink"));
    SHOW(__wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dirlink/entry-1", 0, __WASI_RIGHTS_FD_READ, 0, 0, &x));
    SHOW(__wasi_fd_close(x));
    SHOW(__wasi_path_symlink("x", 3, "dirlink"));
    SHOW(__wasi_path_remove_directory(3, "dirlink"));
    uint8_t small[4];
    SHOW(__wasi_path_readlink(3, "dirlink", small, sizeof small, &n));
    printf("readlink truncated: %.*s (%lu)\n", (int) n, small, n);
    SHOW(__wasi_path_readlink(3, "file.txt", small, sizeof small, &n));
    SHOW(__wasi_path_unlink_file(3, "dirlink"));
    __wasi_filestat_t st;
    SHOW(__wasi_path_filestat_get(3, 0, "empty", &st));
    printf("empty: filetype=%d\n", st.filetype);
    SHOW(__wasi_path_filestat_get(3, 0, "file.txt", &st));
    printf("file.txt: filetype=%d size=%llu nlink=%llu\n", st.filetype, (unsigned long long) st.size,
           (unsigned long long) st.nlink);
    SHOW(__wasi_path_filestat_set_times(3, 0, "file.txt", 5000000000ull, 6000000000ull,
                                        __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM));
    SHOW(__wasi_path_filestat_get(3, 0, "file.txt", &st));
    printf("file.txt: atim=%llu mtim=%llu\n", (unsigned long long) st.atim, (unsigned long long) st.mtim);

    char name[4];
    SHOW(__wasi_fd_prestat_dir_name(3, (uint8_t *) name, 3));
    SHOW(__wasi_fd_prestat_get(1, &(__wasi_prestat_t){0}));
    SHOW(__wasi_fd_fdstat_set_rights(3, ~0ull, 0));
    SHOW(__wasi_path_create_directory(1, "x"));
    SHOW(raw_proc_raise(99));
    SHOW(__wasi_fd_datasync(3));
    SHOW(__wasi_fd_sync(3));
    SHOW(__wasi_fd_tell(3, &pos));

    // An open file outlives its name; a cookie past every entry lists nothing.
    __wasi_fd_t t = open_or_die(3, "temp", __WASI_OFLAGS_CREAT, ALL_FILE);
    write_all(t, "abc");
    SHOW(__wasi_path_unlink_file(3, "temp"));
    __wasi_filestat_t ts;
    SHOW(__wasi_fd_filestat_get(t, &ts));
    printf("unlinked: filetype=%d size=%llu nlink=%llu\n", ts.filetype, (unsigned long long) ts.size,
           (unsigned long long) ts.nlink);
    SHOW(__wasi_fd_close(t));
    SHOW(__wasi_fd_readdir(3, buf, sizeof buf, ~0ull, &n));
    printf("past the end: %lu bytes\n", n);

    // A trailing "/." or "/" goes through a symlink to the directory behind it.
    SHOW(__wasi_path_symlink("empty", 3, "dl"));
    SHOW(__wasi_path_filestat_get(3, 0, "dl", &st));
    printf("dl: filetype=%d\n", st.filetype);
    SHOW(__wasi_path_filestat_get(3, 0, "dl/.", &st));
    printf("dl/.: filetype=%d\n", st.filetype);
    SHOW(__wasi_path_filestat_get(3, 0, "dl/", &st));
    printf("dl/: filetype=%d\n", st.filetype);
    SHOW(__wasi_path_unlink_file(3, "dl"));
    return 0;
}
