// File-system work inside the preopen "/sandbox": create, read, write, seek/tell, stat,
// truncate, pread/pwrite, append, rename, links, readdir, times, allocate, sync, rights, renumber.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

#define OK(expr) do { if ((expr) < 0) { printf("FAIL %s: %s\n", #expr, strerror(errno)); exit(1); } } while (0)
#define WOK(expr) do { __wasi_errno_t e_ = (expr); if (e_) { printf("FAIL %s: errno %d\n", #expr, e_); exit(1); } } while (0)

static void put(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (!f) { printf("FAIL fopen %s: %s\n", path, strerror(errno)); exit(1); }
    fputs(text, f);
    fclose(f);
}

static void show(const char *path) {
    char buf[256];
    int fd = open(path, O_RDONLY);
    if (fd < 0) { printf("%s: %s\n", path, strerror(errno)); return; }
    ssize_t n = read(fd, buf, sizeof buf - 1);
    buf[n < 0 ? 0 : n] = 0;
    printf("%s = \"%s\"\n", path, buf);
    close(fd);
}

int main(void) {
    char name[64] = {0};
    __wasi_prestat_t pre;
    WOK(__wasi_fd_prestat_get(3, &pre));
    WOK(__wasi_fd_prestat_dir_name(3, (uint8_t *) name, pre.u.dir.pr_name_len));
    printf("preopen 3: %s\n", name);

    OK(mkdir("/sandbox/dir", 0755));
    put("/sandbox/dir/a.txt", "hello world\n");
    show("/sandbox/dir/a.txt");

    int fd = open("/sandbox/dir/a.txt", O_RDWR);
    OK(fd);
    char buf[64] = {0};
    OK(lseek(fd, 6, SEEK_SET));
    OK(read(fd, buf, 5));
    printf("after seek: %s, tell=%ld\n", buf, (long) lseek(fd, 0, SEEK_CUR));
    __wasi_filesize_t pos;
    WOK(__wasi_fd_tell(fd, &pos));
    printf("fd_tell=%llu\n", (unsigned long long) pos);

    struct stat st;
    OK(fstat(fd, &st));
    printf("fstat: size=%lld regular=%d\n", (long long) st.st_size, S_ISREG(st.st_mode));
    OK(ftruncate(fd, 5));
    OK(fstat(fd, &st));
    printf("truncated: size=%lld\n", (long long) st.st_size);
    OK(pwrite(fd, " there", 6, 5));
    memset(buf, 0, sizeof buf);
    OK(pread(fd, buf, 11, 0));
    printf("pread: %s\n", buf);
    OK(posix_fallocate(fd, 0, 20));
    OK(fstat(fd, &st));
    printf("allocated: size=%lld\n", (long long) st.st_size);
    OK(ftruncate(fd, 11));
    int adv = posix_fadvise(fd, 0, 11, POSIX_FADV_SEQUENTIAL);
    printf("fadvise=%d\n", adv);
    OK(fsync(fd));
    OK(fdatasync(fd));
    OK(fcntl(fd, F_SETFL, O_APPEND));
    printf("append flag=%d\n", (fcntl(fd, F_GETFL) & O_APPEND) != 0);
    OK(write(fd, "!", 1));
    struct timespec times[2] = {{1000, 500}, {2000, 700}};
    OK(futimens(fd, times));
    OK(fstat(fd, &st));
    printf("futimens: atime=%lld.%09ld mtime=%lld.%09ld\n", (long long) st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long long) st.st_mtim.tv_sec, st.st_mtim.tv_nsec);

    __wasi_fdstat_t fds;
    WOK(__wasi_fd_fdstat_get(fd, &fds));
    printf("filetype=%d append=%d\n", fds.fs_filetype, (fds.fs_flags & __WASI_FDFLAGS_APPEND) != 0);
    WOK(__wasi_fd_fdstat_set_rights(fd, fds.fs_rights_base & ~__WASI_RIGHTS_FD_WRITE, 0));
    printf("write without right: %s\n", write(fd, "x", 1) < 0 ? strerror(errno) : "written");
    printf("regain right: errno %d\n", __wasi_fd_fdstat_set_rights(fd, fds.fs_rights_base, 0));

    int other = open("/sandbox/dir/other.txt", O_WRONLY | O_CREAT | O_EXCL, 0644);
    OK(other);
    printf("exclusive again: %s\n", open("/sandbox/dir/other.txt", O_WRONLY | O_CREAT | O_EXCL, 0644) < 0
                                           ? strerror(errno) : "opened");
    WOK(__wasi_fd_renumber(fd, other));
    memset(buf, 0, sizeof buf);
    OK(pread(other, buf, 20, 0));
    printf("renumbered %d -> %d reads: %s\n", fd, other, buf);
    printf("old fd closed: errno %d\n", __wasi_fd_close(fd));
    close(other);
    show("/sandbox/dir/a.txt");

    OK(rename("/sandbox/dir/a.txt", "/sandbox/dir/b.txt"));
    printf("old name: %s\n", access("/sandbox/dir/a.txt", F_OK) < 0 ? strerror(errno) : "exists");
    show("/sandbox/dir/b.txt");

    OK(symlink("b.txt", "/sandbox/dir/link"));
    char target[64] = {0};
    ssize_t tn = readlink("/sandbox/dir/link", target, sizeof target - 1);
    OK(tn);
    printf("readlink: %s (%zd)\n", target, tn);
    OK(lstat("/sandbox/dir/link", &st));
    printf("lstat link: symlink=%d\n", S_ISLNK(st.st_mode));
    OK(stat("/sandbox/dir/link", &st));
    printf("stat link: regular=%d size=%lld\n", S_ISREG(st.st_mode), (long long) st.st_size);
    show("/sandbox/dir/link");

    OK(link("/sandbox/dir/b.txt", "/sandbox/dir/hard"));
    OK(stat("/sandbox/dir/hard", &st));
    printf("hard link nlink=%llu\n", (unsigned long long) st.st_nlink);

    struct timespec pt[2] = {{3000, 0}, {4000, 0}};
    OK(utimensat(AT_FDCWD, "/sandbox/dir/hard", pt, 0));
    OK(stat("/sandbox/dir/b.txt", &st));
    printf("utimensat: mtime=%lld\n", (long long) st.st_mtim.tv_sec);

    OK(mkdir("/sandbox/dir/sub", 0755));
    DIR *d = opendir("/sandbox/dir");
    if (!d) { printf("FAIL opendir\n"); return 1; }
    struct dirent *de;
    while ((de = readdir(d)) != NULL) printf("entry %s type=%d\n", de->d_name, de->d_type);
    closedir(d);

    printf("rmdir non-empty: %s\n", rmdir("/sandbox/dir") < 0 ? strerror(errno) : "removed");
    printf("unlink dir: %s\n", unlink("/sandbox/dir/sub") < 0 ? strerror(errno) : "removed");
    printf("mkdir existing: %s\n", mkdir("/sandbox/dir/sub", 0755) < 0 ? strerror(errno) : "made");
    printf("open missing: %s\n", open("/sandbox/nope", O_RDONLY) < 0 ? strerror(errno) : "opened");
    OK(rmdir("/sandbox/dir/sub"));
    OK(unlink("/sandbox/dir/link"));
    OK(unlink("/sandbox/dir/hard"));
    OK(unlink("/sandbox/dir/other.txt"));
    OK(rename("/sandbox/dir/b.txt", "/sandbox/kept.txt"));
    OK(rmdir("/sandbox/dir"));
    OK(mkdir("/sandbox/made", 0755));
    put("/sandbox/made/note.txt", "made by files.wasm\n");
    printf("done\n");
    return 0;
}
