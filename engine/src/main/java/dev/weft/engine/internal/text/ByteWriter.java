package dev.weft.engine.internal.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the binary format's minimal LEB128 encodings. */
public final class ByteWriter {
    private byte[] buf = new byte[64];
    private int size;

    public int size() { return size; }

    /** Empties the buffer for reuse. */
    public void reset() { size = 0; }

    public byte[] toByteArray() { return Arrays.copyOf(buf, size); }

    private void ensure(int extra) {
        if (size + extra > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
    }

    public ByteWriter u8(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    public ByteWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public ByteWriter bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    public ByteWriter bytes(ByteWriter other) {
        return bytes(other.buf, 0, other.size);
    }

    /** Unsigned LEB128 of a value treated as unsigned 64-bit. */
    public ByteWriter u64(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    public ByteWriter u32(long v) {
        return u64(v & 0xFFFFFFFFL);
    }

    /** Signed LEB128. */
    public ByteWriter s64(long v) {
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            u8(done ? b : b | 0x80);
            if (done) return this;
        }
    }

    public ByteWriter f32(int bits) {
        for (int i = 0; i < 4; i++) u8(bits >>> (8 * i));
        return this;
    }

    public ByteWriter f64(long bits) {
        for (int i = 0; i < 8; i++) u8((int) (bits >>> (8 * i)));
        return this;
    }

    /** A length-prefixed byte vector (names, data). */
    public ByteWriter vecBytes(byte[] b) {
        return u32(b.length).bytes(b);
    }

    public ByteWriter name(String s) {
        return vecBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
