// ls: lists each directory named on the command line with each entry's type and size (via
// fstatat), so large directories exercise fd_readdir's paging through wasi-libc's buffer.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        DIR *d = opendir(argv[i]);
        if (!d) {
            fprintf(stderr, "ls: %s: %s\n", argv[i], strerror(errno));
            return 1;
        }
        int count = 0;
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
            struct stat st;
            if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                printf("%s: %s\n", e->d_name, strerror(errno));
                continue;
            }
            printf("%c %6lld %s\n", S_ISDIR(st.st_mode) ? 'd' : S_ISLNK(st.st_mode) ? 'l' : '-',
                   (long long) st.st_size, e->d_name);
            count++;
        }
        closedir(d);
        printf("%s: %d entries\n", argv[i], count);
    }
    return 0;
}
