// Large and scattered transfers: single reads/writes much larger than any host buffer,
// readv/writev over several iovecs, pread/pwrite at offsets, and a big write to stdout.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

static unsigned sum(const unsigned char *p, size_t n) {
    unsigned s = 0;
    for (size_t i = 0; i < n; i++) s = s * 31 + p[i];
    return s;
}

int main(void) {
    enum { N = 300000 };
    unsigned char *data = malloc(N), *back = malloc(N + 100000);
    for (int i = 0; i < N; i++) data[i] = (unsigned char) (i * 7 + i / 251);
    int fd = open("/sandbox/big.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
    printf("write=%zd\n", write(fd, data, N));
    lseek(fd, 0, SEEK_SET);
    printf("read=%zd same=%d\n", read(fd, back, N + 100000), memcmp(data, back, N) == 0);
    printf("read at end=%zd\n", read(fd, back, 10));
    memset(back, 0, N);
    printf("pread=%zd same=%d\n", pread(fd, back, 200000, 100000), memcmp(data + 100000, back, 200000) == 0);
    printf("pwrite=%zd\n", pwrite(fd, "XYZ", 3, 65535));
    char three[4] = {0};
    pread(fd, three, 3, 65535);
    printf("at 65535: %s\n", three);

    static char a[5], b[70000], c[3];
    struct iovec w[3] = {{"abcd", 4}, {data, 70000}, {"ef", 2}};
    lseek(fd, 0, SEEK_SET);
    printf("writev=%zd\n", writev(fd, w, 3));
    struct iovec r[3] = {{a, 4}, {b, 70000}, {c, 2}};
    lseek(fd, 0, SEEK_SET);
    printf("readv=%zd a=%s b-same=%d c=%s\n", readv(fd, r, 3), a, memcmp(b, data, 70000) == 0, c);
    close(fd);
    printf("checksum=%u\n", sum(data, N));
    fflush(stdout);
    memset(back, 'z', 100000);
    back[99999] = '\n';
    printf("stdout write=%zd\n", write(1, back, 100000));
    return 0;
}
