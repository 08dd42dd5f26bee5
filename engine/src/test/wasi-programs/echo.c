// Echo over a connected socket the host granted as fd 3: reads with fd_read (libc read),
// answers with fd_write and sock_send, then shuts down its sending side.
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wasi/api.h>

int main(void) {
    __wasi_fdstat_t st;
    (void) __wasi_fd_fdstat_get(3, &st);
    printf("fd 3 filetype=%d\n", st.fs_filetype);
    char buf[256];
    size_t have = 0;
    ssize_t n;
    while (have < sizeof buf && (n = read(3, buf + have, sizeof buf - have)) > 0) {
        have += n;
        if (memchr(buf, '\n', have)) break;
    }
    printf("got %zu bytes: %.*s", have, (int) have, buf);
    for (size_t i = 0; i < have; i++) buf[i] = toupper((unsigned char) buf[i]);
    printf("write=%zd\n", write(3, buf, have));
    __wasi_ciovec_t iov = {(const uint8_t *) "bye\n", 4};
    __wasi_size_t sent = 0;
    printf("sock_send -> errno %d, %lu bytes\n", __wasi_sock_send(3, &iov, 1, 0, &sent), sent);
    printf("shutdown -> errno %d\n", __wasi_sock_shutdown(3, __WASI_SDFLAGS_WR));
    printf("close -> errno %d\n", close(3));
    return 0;
}
