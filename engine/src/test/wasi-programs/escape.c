// Attempts to leave the preopens or write to a read-only one; every one must be refused.
// fd 3 is "/sandbox" (writable, containing links "evil" -> ../outside.txt, "abs" -> /etc/passwd,
// "evildir" -> ../outside), fd 4 is "/ro" (read-only, containing readme.txt).
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

static void try_open(__wasi_fd_t dir, __wasi_lookupflags_t flags, const char *path, __wasi_oflags_t oflags,
                     __wasi_rights_t rights) {
    __wasi_fd_t fd;
    __wasi_errno_t e = __wasi_path_open(dir, flags, path, oflags, rights, 0, 0, &fd);
    printf("open %d:%s -> errno %d\n", dir, path, e);
    if (e == 0) (void) __wasi_fd_close(fd);
}

int main(void) {
    const __wasi_rights_t R = __WASI_RIGHTS_FD_READ, W = __WASI_RIGHTS_FD_WRITE;
    const __wasi_lookupflags_t F = __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW;
    try_open(3, F, "../outside.txt", 0, R);
    try_open(3, F, "/etc/passwd", 0, R);
    try_open(3, F, "sub/../../outside.txt", 0, R);
    try_open(3, F, "./sub/./../inside.txt", 0, R);
    try_open(3, F, "evil", 0, R);
    try_open(3, 0, "evil", 0, R);
    try_open(3, F, "abs", 0, R);
    try_open(3, F, "evildir/secret.txt", 0, R);
    try_open(3, F, "../outside.txt", __WASI_OFLAGS_CREAT, W);

    __wasi_filestat_t st;
    printf("lstat evil -> errno %d\n", __wasi_path_filestat_get(3, 0, "evil", &st));
    printf("evil filetype %d\n", st.filetype);
    printf("stat evil (follow) -> errno %d\n", __wasi_path_filestat_get(3, F, "evil", &st));
    uint8_t buf[64] = {0};
    __wasi_size_t n = 0;
    printf("readlink evil -> errno %d\n", __wasi_path_readlink(3, "evil", buf, sizeof buf - 1, &n));
    printf("evil -> %.*s\n", (int) n, buf);
    printf("symlink to /etc -> errno %d\n", __wasi_path_symlink("/etc/passwd", 3, "mine"));
    printf("mkdir ../x -> errno %d\n", __wasi_path_create_directory(3, "../x"));
    printf("rename out -> errno %d\n", __wasi_path_rename(3, "inside.txt", 3, "../moved.txt"));
    printf("unlink ../outside.txt -> errno %d\n", __wasi_path_unlink_file(3, "../outside.txt"));
    printf("libc fopen /etc/passwd: %s\n", fopen("/etc/passwd", "r") ? "opened" : strerror(errno));
    printf("libc fopen /sandbox/../outside.txt: %s\n",
           fopen("/sandbox/../outside.txt", "r") ? "opened" : strerror(errno));

    try_open(4, F, "readme.txt", 0, R);
    try_open(4, F, "readme.txt", 0, R | W);
    try_open(4, F, "new.txt", __WASI_OFLAGS_CREAT, R);
    try_open(4, F, "readme.txt", __WASI_OFLAGS_TRUNC, R);
    printf("ro mkdir -> errno %d\n", __wasi_path_create_directory(4, "d"));
    printf("ro unlink -> errno %d\n", __wasi_path_unlink_file(4, "readme.txt"));
    printf("ro rename -> errno %d\n", __wasi_path_rename(4, "readme.txt", 4, "other.txt"));
    printf("ro symlink -> errno %d\n", __wasi_path_symlink("readme.txt", 4, "l"));
    printf("ro set_times -> errno %d\n", __wasi_path_filestat_set_times(4, 0, "readme.txt", 1, 1,
                                                                         __WASI_FSTFLAGS_MTIM));
    printf("ro rename into rw -> errno %d\n", __wasi_path_rename(4, "readme.txt", 3, "stolen.txt"));
    printf("libc write to /ro: %s\n", fopen("/ro/readme.txt", "w") ? "opened" : strerror(errno));
    FILE *f = fopen("/ro/readme.txt", "r");
    char line[64] = {0};
    if (f && fgets(line, sizeof line, f)) printf("ro read: %s", line);
    printf("prestat 99 -> errno %d\n", __wasi_fd_prestat_get(99, &(__wasi_prestat_t){0}));
    return 0;
}
