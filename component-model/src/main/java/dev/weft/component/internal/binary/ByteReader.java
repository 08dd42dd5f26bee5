package dev.weft.component.internal.binary;

import dev.weft.engine.MalformedModuleException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over a window {@code [pos, end)} of a component binary. Offsets are absolute in the
 * outermost binary so that messages point at the right byte; {@link #where} names the part being
 * read (e.g. "component type section").
 */
final class ByteReader {
    private final byte[] bytes;
    private int pos;
    private final int end;
    String where;
    /** How many components and component/instance types enclose the current position. */
    int depth;
    /** Deepest nesting accepted; keeps the recursive descent within the stack. */
    static final int MAX_DEPTH = 100;

    ByteReader(byte[] bytes, int start, int end, String where) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
        this.where = where;
    }

    int pos() { return pos; }

    int end() { return end; }

    boolean atEnd() { return pos >= end; }

    byte[] array() { return bytes; }

    MalformedModuleException malformed(String reason) { return malformed(reason, pos); }

    MalformedModuleException malformed(String reason, int at) {
        return new MalformedModuleException(reason, where, at);
    }

    /** The "invalid leading byte (0xN) for X" error wasm tooling reports for an unknown discriminant. */
    MalformedModuleException badByte(int b, String what, int at) {
        return malformed("invalid leading byte (0x" + Integer.toHexString(b) + ") for " + what, at);
    }

    int u8() {
        if (pos >= end) throw malformed("unexpected end-of-file");
        return bytes[pos++] & 0xff;
    }

    int peek() {
        if (pos >= end) throw malformed("unexpected end-of-file");
        return bytes[pos] & 0xff;
    }

    /** A 0x00/0x01 flag ({@code async?}, {@code cancel?}, {@code sh?}). */
    boolean bool() {
        int at = pos;
        int b = u8();
        if (b > 1) throw malformed("invalid boolean value", at);
        return b == 1;
    }

    /** An unsigned LEB128 u32. */
    int u32() {
        int at = pos;
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 28 && (b & 0x70) != 0) throw malformed("integer too large", at);
            if (shift == 28 && (b & 0x80) != 0) throw malformed("integer representation too long", at);
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) return (int) result;
        }
    }

    /** A u32 that must fit a non-negative Java int (an index or count). */
    int index() {
        int at = pos;
        int v = u32();
        if (v < 0) throw malformed("integer too large", at);
        return v;
    }

    /** A u64 LEB128 (limits of 64-bit tables/memories). */
    long u64() {
        int at = pos;
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            if (shift == 63 && (b & 0x7e) != 0) throw malformed("integer too large", at);
            if (shift == 63 && (b & 0x80) != 0) throw malformed("integer representation too long", at);
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) return result;
        }
    }

    /** A signed LEB128 of at most 33 bits (heap types). */
    long s33() {
        int at = pos;
        long result = 0;
        int shift = 0;
        int b;
        do {
            if (shift >= 35) throw malformed("integer representation too long", at);
            b = u8();
            result |= (long) (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) result |= -1L << shift;
        if (result < -(1L << 32) || result >= (1L << 32)) throw malformed("integer too large", at);
        return result;
    }

    /** A count prefix of a vector whose elements take at least one byte each. */
    int count() {
        int at = pos;
        int n = index();
        if (n > end - pos) throw malformed("unexpected end-of-file", at);
        return n;
    }

    byte[] bytes(int n) {
        if (n < 0 || n > end - pos) throw malformed("unexpected end-of-file");
        byte[] out = new byte[n];
        System.arraycopy(bytes, pos, out, 0, n);
        pos += n;
        return out;
    }

    /** A length-prefixed UTF-8 name. */
    String name() {
        int n = index();
        if (n > end - pos) throw malformed("unexpected end-of-file");
        int at = pos;
        pos += n;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, at, n)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("malformed UTF-8 encoding", at);
        }
    }

    /** A reader for the next {@code size} bytes, which this reader then skips. */
    ByteReader sub(int size, String subWhere) {
        if (size < 0 || size > end - pos) throw malformed("unexpected end-of-file");
        ByteReader r = new ByteReader(bytes, pos, pos + size, subWhere);
        r.depth = depth;
        pos += size;
        return r;
    }

    /** Enters a nested component or type; fails when nesting gets too deep. */
    void enter(int at) {
        if (++depth > MAX_DEPTH) throw malformed("nesting too deep (more than " + MAX_DEPTH + " levels)", at);
    }

    /** Fails unless the window was consumed exactly. */
    void expectEnd() {
        if (pos != end) throw malformed("unexpected content in " + where);
    }
}
