// Socket calls on listening sockets the host granted as fd 3 (a client connects to it) and fd 4
// (nobody connects): accept, recv (with and without MSG_PEEK), send, shutdown, non-blocking
// accept; and the errors on other descriptors.
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

int main(void) {
    __wasi_fd_t conn;
    __wasi_size_t n = 0;
    __wasi_roflags_t ro = 0;
    char data[64] = {0};
    __wasi_ciovec_t out = {(const uint8_t *) "x", 1};
    __wasi_iovec_t in = {(uint8_t *) data, sizeof data - 1};

    printf("send on stdout -> errno %d\n", __wasi_sock_send(1, &out, 1, 0, &n));
    printf("accept on stdin -> errno %d\n", __wasi_sock_accept(0, 0, &conn));
    printf("recv on listener -> errno %d\n", __wasi_sock_recv(3, &in, 1, 0, &n, &ro));
    printf("shutdown on 99 -> errno %d\n", __wasi_sock_shutdown(99, __WASI_SDFLAGS_WR));

    printf("non-blocking accept -> errno %d\n", __wasi_sock_accept(4, __WASI_FDFLAGS_NONBLOCK, &conn));
    printf("set nonblock -> errno %d\n", __wasi_fd_fdstat_set_flags(4, __WASI_FDFLAGS_NONBLOCK));
    printf("accept on non-blocking listener -> errno %d\n", __wasi_sock_accept(4, 0, &conn));
    printf("bad accept flags -> errno %d\n", __wasi_sock_accept(4, __WASI_FDFLAGS_APPEND, &conn));

    __wasi_subscription_t sub = {0};
    sub.userdata = 5;
    sub.u.tag = __WASI_EVENTTYPE_FD_READ;
    sub.u.u.fd_read.file_descriptor = 3;
    __wasi_event_t ev;
    __wasi_errno_t e = __wasi_poll_oneoff(&sub, &ev, 1, &n);
    printf("poll listener -> errno %d, n=%lu, userdata=%llu\n", e, n, (unsigned long long) ev.userdata);

    e = __wasi_sock_accept(3, 0, &conn);
    printf("accept -> errno %d, fd=%d\n", e, conn);
    __wasi_fdstat_t st;
    (void) __wasi_fd_fdstat_get(conn, &st);
    printf("conn filetype=%d\n", st.fs_filetype);

    in.buf_len = 4;
    e = __wasi_sock_recv(conn, &in, 1, __WASI_RIFLAGS_RECV_PEEK, &n, &ro);
    printf("peek -> errno %d, %lu bytes: %.*s\n", e, n, (int) n, data);
    e = __wasi_sock_recv(conn, &in, 1, __WASI_RIFLAGS_RECV_WAITALL, &n, &ro);
    printf("recv -> errno %d, %lu bytes: %.*s, roflags=%d\n", e, n, (int) n, data, ro);

    char reply[64];
    int len = snprintf(reply, sizeof reply, "pong:%.*s", (int) n, data);
    out.buf = (const uint8_t *) reply;
    out.buf_len = len;
    e = __wasi_sock_send(conn, &out, 1, 0, &n);
    printf("send -> errno %d, %lu bytes\n", e, n);
    printf("shutdown -> errno %d\n", __wasi_sock_shutdown(conn, __WASI_SDFLAGS_WR));
    printf("bad shutdown flags -> errno %d\n", __wasi_sock_shutdown(conn, 0));
    in.buf_len = sizeof data - 1;
    e = __wasi_sock_recv(conn, &in, 1, 0, &n, &ro);
    printf("recv at end -> errno %d, %lu bytes\n", e, n);
    printf("close -> errno %d\n", __wasi_fd_close(conn));
    return 0;
}
