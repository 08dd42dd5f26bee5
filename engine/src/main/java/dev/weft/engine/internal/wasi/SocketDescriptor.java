package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/** A connected stream socket: granted by the host, or accepted by the guest (then closed with it). */
final class SocketDescriptor extends Descriptor {
    final SocketChannel channel;
    private final boolean owned;
    /** Bytes a peeking receive took from the channel; later receives return them first. */
    private byte[] peeked = new byte[0];

    SocketDescriptor(SocketChannel channel, boolean owned) {
        super(Rights.SOCKET, 0);
        this.channel = channel;
        this.owned = owned;
    }

    /**
     * Receives up to {@code len} bytes into {@code dst}: 0 at end of stream, {@code EAGAIN} when
     * non-blocking and nothing is there. With {@code peek} the bytes stay to be received again.
     */
    int receive(byte[] dst, int len, boolean peek) throws IOException {
        int n;
        if (peeked.length > 0) {
            n = Math.min(len, peeked.length);
            System.arraycopy(peeked, 0, dst, 0, n);
            if (!peek) peeked = Arrays.copyOfRange(peeked, n, peeked.length);
            return n;
        }
        int r = channel.read(ByteBuffer.wrap(dst, 0, len));
        if (r < 0) return 0;
        if (r == 0 && len > 0) throw new WasiError(Errno.AGAIN);
        if (peek) peeked = Arrays.copyOf(dst, r);
        return r;
    }

    boolean hasPeeked() { return peeked.length > 0; }

    int send(byte[] src) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(src);
        int total = 0;
        while (b.hasRemaining()) {
            int w = channel.write(b);
            if (w == 0 && !channel.isBlocking()) break;
            total += w;
        }
        if (total == 0 && src.length > 0) throw new WasiError(Errno.AGAIN);
        return total;
    }

    @Override
    int filetype() { return FileType.SOCKET_STREAM; }

    @Override
    void close() throws IOException {
        if (owned) channel.close();
    }
}
