/* Exercises wasi:filesystem through the preview1 adapter inside the preopen "/data". */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void try_open(const char *path) {
    FILE *f = fopen(path, "r");
    if (f) {
        printf("open %s: allowed\n", path);
        fclose(f);
    } else {
        printf("open %s: denied (%s)\n", path, strerror(errno));
    }
}

int main(void) {
    FILE *f = fopen("/data/in.txt", "r");
    if (!f) { perror("in.txt"); return 1; }
    char buf[128];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    printf("read %zu bytes: %s", n, buf);

    f = fopen("/data/out.txt", "w");
    fprintf(f, "hello file\n0123456789\n");
    fclose(f);

    int fd = open("/data/out.txt", O_RDWR);
    lseek(fd, 11, SEEK_SET);
    write(fd, "ABCDE", 5);
    lseek(fd, 2, SEEK_SET);
    char small[4] = {0};
    read(fd, small, 3);
    printf("seek read: %s\n", small);
    struct stat st;
    fstat(fd, &st);
    printf("size=%lld\n", (long long)st.st_size);
    close(fd);

    if (mkdir("/data/sub", 0755) != 0) perror("mkdir");
    if (rename("/data/out.txt", "/data/sub/moved.txt") != 0) perror("rename");
    f = fopen("/data/sub/moved.txt", "a");
    fprintf(f, "appended\n");
    fclose(f);
    f = fopen("/data/gone.txt", "w");
    fclose(f);
    if (unlink("/data/gone.txt") != 0) perror("unlink");

    DIR *d = opendir("/data");
    char *names[32];
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)) && count < 32) {
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) names[count++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof *names, cmp);
    for (int i = 0; i < count; i++) printf("entry %s\n", names[i]);

    try_open("/data/../secret.txt");
    try_open("/data/sub/../../secret.txt");
    try_open("/data/escape/secret.txt");
    try_open("/etc/passwd");
    f = fopen("/ro/readme.txt", "r");
    printf("ro read: %s\n", f ? "ok" : strerror(errno));
    if (f) fclose(f);
    f = fopen("/ro/new.txt", "w");
    printf("ro write: %s\n", f ? "allowed" : strerror(errno));
    return 0;
}
