package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Moves data between files or streams and the guest's iovecs through one reusable buffer, so a
 * large read or write costs no large allocation and regular files are read in full as POSIX does.
 */
final class ChunkedIo {
    private ChunkedIo() {}

    /** Largest count one call reports, keeping it inside the guest's 32-bit size type. */
    private static final long MAX_TOTAL = Integer.MAX_VALUE;

    /** Reads into the iovecs from {@code offset}, or from the channel position when {@code offset < 0}. */
    static int readFile(GuestMemory m, byte[] scratch, FileChannel ch, int[] iov, long offset) throws IOException {
        long total = 0;
        for (int i = 0; i < iov.length; i += 2) {
            long len = Integer.toUnsignedLong(iov[i + 1]);
            for (long done = 0; done < len; ) {
                int want = (int) Math.min(Math.min(scratch.length, len - done), MAX_TOTAL - total);
                if (want == 0) return (int) total;
                ByteBuffer b = ByteBuffer.wrap(scratch, 0, want);
                int r = offset < 0 ? ch.read(b) : ch.read(b, offset + total);
                if (r <= 0) return (int) total;
                m.write(iov[i] + (int) done, scratch, 0, r);
                done += r;
                total += r;
                if (r < want) return (int) total;
            }
        }
        return (int) total;
    }

    /** Writes the iovecs at {@code offset}, or at the channel position when {@code offset < 0}. */
    static int writeFile(GuestMemory m, byte[] scratch, FileChannel ch, int[] iov, long offset) throws IOException {
        long total = 0;
        for (int i = 0; i < iov.length; i += 2) {
            long len = Integer.toUnsignedLong(iov[i + 1]);
            for (long done = 0; done < len; ) {
                int k = (int) Math.min(Math.min(scratch.length, len - done), MAX_TOTAL - total);
                if (k == 0) return (int) total;
                m.read(iov[i] + (int) done, scratch, 0, k);
                ByteBuffer b = ByteBuffer.wrap(scratch, 0, k);
                while (b.hasRemaining()) {
                    if (offset < 0) ch.write(b);
                    else ch.write(b, offset + total + b.position());
                }
                done += k;
                total += k;
            }
        }
        return (int) total;
    }

    static int writeStream(GuestMemory m, byte[] scratch, OutputStream out, int[] iov) throws IOException {
        long total = 0;
        for (int i = 0; i < iov.length; i += 2) {
            long len = Integer.toUnsignedLong(iov[i + 1]);
            for (long done = 0; done < len; ) {
                int k = (int) Math.min(Math.min(scratch.length, len - done), MAX_TOTAL - total);
                if (k == 0) return (int) total;
                m.read(iov[i] + (int) done, scratch, 0, k);
                out.write(scratch, 0, k);
                done += k;
                total += k;
            }
        }
        out.flush();
        return (int) total;
    }
}
