package dev.weft.engine.internal.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test-only builder for hand-made module binaries. */
final class Bin {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Bin of(int... bytes) { return new Bin().b(bytes); }

    /** The preamble: magic and version 1. */
    static Bin module() { return of(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00); }

    Bin b(int... bytes) {
        for (int x : bytes) out.write(x);
        return this;
    }

    Bin u32(long v) {
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    Bin s64(long v) {
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) return this;
        }
    }

    Bin name(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        u32(utf8.length);
        out.writeBytes(utf8);
        return this;
    }

    Bin raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** A section: id, size, then the content (whose first item is usually a vector count). */
    Bin section(int id, Bin content) {
        byte[] c = content.bytes();
        out.write(id);
        u32(c.length);
        out.writeBytes(c);
        return this;
    }

    /** A code-section entry: size, then locals and instructions. */
    Bin body(Bin content) {
        byte[] c = content.bytes();
        u32(c.length);
        out.writeBytes(c);
        return this;
    }

    byte[] bytes() { return out.toByteArray(); }
}
