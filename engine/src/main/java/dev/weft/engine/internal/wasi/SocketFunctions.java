package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SocketChannel;

/** {@code sock_*}: only on sockets the host granted (and connections accepted on them). */
final class SocketFunctions {
    private static final int RECV_PEEK = 1, RECV_WAITALL = 2;
    private static final int SHUT_RD = 1, SHUT_WR = 2;

    private final WasiContext ctx;

    SocketFunctions(WasiContext ctx) { this.ctx = ctx; }

    private SocketDescriptor socket(int fd) {
        Descriptor d = ctx.fds.get(fd);
        if (d instanceof SocketDescriptor s) return s;
        throw new WasiError(d instanceof ListenerDescriptor ? Errno.NOTCONN : Errno.NOTSOCK);
    }

    int accept(int fd, int flags, int resultPtr) throws IOException {
        Descriptor d = ctx.fds.get(fd);
        if (d instanceof SocketDescriptor) return Errno.INVAL;
        if (!(d instanceof ListenerDescriptor l)) return Errno.NOTSOCK;
        d.require(Rights.SOCK_ACCEPT);
        if ((flags & ~FdFlags.NONBLOCK) != 0) return Errno.INVAL;
        boolean nonblocking = (flags & FdFlags.NONBLOCK) != 0 || (d.fdflags & FdFlags.NONBLOCK) != 0;
        SocketChannel c;
        synchronized (l.channel.blockingLock()) {
            boolean was = l.channel.isBlocking();
            l.channel.configureBlocking(!nonblocking);
            try {
                c = l.channel.accept();
            } finally {
                l.channel.configureBlocking(was);
            }
        }
        if (c == null) return Errno.AGAIN;
        c.configureBlocking((flags & FdFlags.NONBLOCK) == 0);
        SocketDescriptor s = new SocketDescriptor(c, true);
        s.fdflags = flags;
        s.rightsBase = l.rightsInheriting;
        ctx.mem().u32(resultPtr, ctx.fds.add(s));
        return Errno.SUCCESS;
    }

    int recv(int fd, int iovs, int iovsLen, int riFlags, int sizePtr, int roFlagsPtr) throws IOException {
        SocketDescriptor s = socket(fd);
        s.require(Rights.FD_READ);
        if ((riFlags & ~(RECV_PEEK | RECV_WAITALL)) != 0) return Errno.INVAL;
        GuestMemory m = ctx.mem();
        int[] iov = m.iovecs(iovs, iovsLen);
        byte[] buf = new byte[GuestMemory.capacity(iov)];
        int n;
        try {
            if ((riFlags & RECV_PEEK) != 0) {
                n = s.receive(buf, buf.length, true);
            } else {
                n = s.receive(buf, buf.length, false);
                if ((riFlags & RECV_WAITALL) != 0) {
                    byte[] more = new byte[buf.length];
                    while (n > 0 && n < buf.length) {
                        int k = s.receive(more, buf.length - n, false);
                        if (k == 0) break;
                        System.arraycopy(more, 0, buf, n, k);
                        n += k;
                    }
                }
            }
        } catch (NotYetConnectedException e) {
            return Errno.NOTCONN;
        }
        m.scatter(iov, buf, n);
        m.u32(sizePtr, n);
        m.u16(roFlagsPtr, 0);
        return Errno.SUCCESS;
    }

    int send(int fd, int iovs, int iovsLen, int siFlags, int resultPtr) throws IOException {
        SocketDescriptor s = socket(fd);
        s.require(Rights.FD_WRITE);
        if (siFlags != 0) return Errno.INVAL;
        GuestMemory m = ctx.mem();
        byte[] data = m.gather(m.iovecs(iovs, iovsLen));
        int n;
        try {
            n = s.send(data);
        } catch (NotYetConnectedException e) {
            return Errno.NOTCONN;
        }
        m.u32(resultPtr, n);
        return Errno.SUCCESS;
    }

    int shutdown(int fd, int how) throws IOException {
        SocketDescriptor s = socket(fd);
        s.require(Rights.SOCK_SHUTDOWN);
        if (how < 1 || how > 3) return Errno.INVAL;
        if (!s.channel.isConnected()) return Errno.NOTCONN;
        if ((how & SHUT_RD) != 0) s.channel.shutdownInput();
        if ((how & SHUT_WR) != 0) s.channel.shutdownOutput();
        return Errno.SUCCESS;
    }
}
