package dev.weft.component.internal.wasi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input stream over a Java {@link InputStream} (stdin). Readiness is real: data is ready when
 * {@code available()} says so, or once a blocking wait has read ahead one byte (or seen the end),
 * which is kept for the next read.
 */
final class JavaInput extends HostInputStream {
    private final InputStream in;
    private int lookahead = -1;
    private boolean eof;

    JavaInput(InputStream in) { this.in = in; }

    @Override
    synchronized byte[] read(int max) throws StreamFailure {
        if (max == 0) return new byte[0];
        int now;
        try {
            now = lookahead >= 0 || eof ? 0 : in.available();
        } catch (IOException e) {
            throw StreamFailure.failed(new IoError(String.valueOf(e.getMessage()), -1));
        }
        if (lookahead >= 0 || eof) return blockingRead(max); // serves what is known without waiting
        if (now == 0) return new byte[0];
        return blockingRead(Math.min(max, now));
    }

    @Override
    synchronized byte[] blockingRead(int max) throws StreamFailure {
        if (max == 0) return new byte[0];
        byte[] buf = new byte[max];
        int off = 0;
        if (lookahead >= 0) {
            buf[off++] = (byte) lookahead;
            lookahead = -1;
            if (max == 1) return buf;
            try {
                int avail = Math.min(in.available(), max - 1);
                if (avail <= 0) return Arrays.copyOf(buf, 1);
                int n = in.read(buf, 1, avail);
                return Arrays.copyOf(buf, n < 0 ? 1 : 1 + n);
            } catch (IOException e) {
                return Arrays.copyOf(buf, 1);
            }
        }
        if (eof) throw StreamFailure.closed();
        try {
            int n = in.read(buf, 0, max);
            if (n < 0) {
                eof = true;
                throw StreamFailure.closed();
            }
            return Arrays.copyOf(buf, n);
        } catch (IOException e) {
            throw StreamFailure.failed(new IoError(String.valueOf(e.getMessage()), -1));
        }
    }

    @Override
    Pollable subscribe() {
        return new Pollable() {
            @Override
            public boolean ready() {
                synchronized (JavaInput.this) {
                    try {
                        return lookahead >= 0 || eof || in.available() > 0;
                    } catch (IOException e) {
                        return true;
                    }
                }
            }

            @Override
            public void block() {
                synchronized (JavaInput.this) {
                    if (ready()) return;
                    try {
                        int b = in.read();
                        if (b < 0) eof = true;
                        else lookahead = b;
                    } catch (IOException e) {
                        eof = true;
                    }
                }
            }
        };
    }
}
