package dev.weft.engine.internal.decode;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.ValType;

/**
 * A cursor over a byte range that reads the binary format's primitive encodings (LEB128 integers,
 * fixed-width floats, value/reference/heap types) and reports malformed input with the spec's
 * messages and the byte offset. Reading past {@code end} is "unexpected end of section or
 * function"; like the reference interpreter, sections and bodies are read against the end of
 * the whole module and their declared sizes checked afterwards.
 */
final class BinaryReader {
    static final String UNEXPECTED_END = "unexpected end of section or function";

    /** The abstract reference types, nullable and not, shared to avoid allocation while decoding. */
    private static final ValType[] NULLABLE_ABSTRACT = new ValType[0x75];
    private static final ValType[] NON_NULL_ABSTRACT = new ValType[0x75];

    /**
     * Reference types to the first type indices, filled lazily so decoding instructions such as
     * {@code ref.cast $t} does not allocate. Racing writers store equal immutable values.
     */
    private static final int CACHED_INDICES = 1024;
    private static final ValType[] NULLABLE_INDEXED = new ValType[CACHED_INDICES];
    private static final ValType[] NON_NULL_INDEXED = new ValType[CACHED_INDICES];

    static {
        for (ValType t : new ValType[] {ValType.FUNCREF, ValType.EXTERNREF, ValType.ANYREF, ValType.EQREF,
                ValType.I31REF, ValType.STRUCTREF, ValType.ARRAYREF, ValType.NULLREF, ValType.NULLFUNCREF,
                ValType.NULLEXTERNREF, ValType.EXNREF, ValType.NULLEXNREF}) {
            NULLABLE_ABSTRACT[-t.heap()] = t;
            NON_NULL_ABSTRACT[-t.heap()] = t.asNonNull();
        }
    }

    final byte[] bytes;
    final int end;
    int pos;

    BinaryReader(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    /** An error at {@code offset}; {@link ModuleDecoder} adds which section and item it was in. */
    MalformedModuleException error(String reason, int offset) {
        return new MalformedModuleException(reason, "", offset);
    }

    boolean atEnd() { return pos >= end; }

    int remaining() { return end - pos; }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() { return pos < end ? bytes[pos] & 0xFF : -1; }

    int u8() {
        if (pos >= end) throw error(UNEXPECTED_END, end);
        return bytes[pos++] & 0xFF;
    }

    void skip(int n) {
        if (n < 0 || n > end - pos) throw error(UNEXPECTED_END, end);
        pos += n;
    }

    int fixed32() {
        if (end - pos < 4) throw error(UNEXPECTED_END, end);
        int v = (bytes[pos] & 0xFF) | (bytes[pos + 1] & 0xFF) << 8 | (bytes[pos + 2] & 0xFF) << 16
                | (bytes[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    long fixed64() {
        long lo = fixed32() & 0xFFFFFFFFL;
        long hi = fixed32() & 0xFFFFFFFFL;
        return lo | hi << 32;
    }

    /** An unsigned LEB128 integer of at most {@code bits} bits (u8, u32; u64 via {@link #u64}). */
    private long unsigned(int bits) {
        long result = 0;
        int shift = 0;
        for (int n = bits; ; n -= 7) {
            if (n <= 0) throw error("integer representation too long", pos);
            int b = u8();
            if (n < 7 && (b & 0x7F) >= 1 << n) throw error("integer too large", pos - 1);
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
            shift += 7;
        }
    }

    /** A signed LEB128 integer of at most {@code bits} bits, sign-extended to a long. */
    private long signed(int bits) {
        long result = 0;
        int shift = 0;
        for (int n = bits; ; n -= 7) {
            if (n <= 0) throw error("integer representation too long", pos);
            int b = u8();
            if (n < 7) {
                // The unused high bits of the last byte must all equal the sign bit.
                int mask = (-1 << (n - 1)) & 0x7F;
                int high = b & mask;
                if (high != 0 && high != mask) throw error("integer too large", pos - 1);
            }
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                if (shift < 64 && (b & 0x40) != 0) result |= -1L << shift;
                return result;
            }
        }
    }

    /** A u32 as an int (values of 2^31 and above come out negative). */
    int u32() {
        if (pos < end) {
            int b = bytes[pos];
            if (b >= 0) {
                pos++;
                return b;
            }
        }
        return (int) unsigned(32);
    }

    long u32Long() { return u32() & 0xFFFFFFFFL; }

    long u64() { return unsigned(64); }

    /** A lane index: one plain byte (the spec's grammar; not LEB128). */
    int laneIndex() { return u8(); }

    int s32() { return (int) signed(32); }

    long s33() { return signed(33); }

    long s64() { return signed(64); }

    /**
     * A vector or byte-string length, which cannot exceed the bytes left counted from the length's
     * own first byte (the reference interpreter's rule, which decides between "length out of
     * bounds" and "unexpected end" in the spec tests).
     */
    int length() {
        int at = pos;
        long n = u32Long();
        if (n > end - at) throw error("length out of bounds", at);
        return (int) n;
    }

    /** A zero byte (reserved immediate). */
    void zeroByte() {
        int at = pos;
        if (u8() != 0) throw error("zero byte expected", at);
    }

    /** True if {@code b} is a one-byte negative s7, the encoding space of type constructors. */
    static boolean isTypeCode(int b) { return (b & 0xC0) == 0x40; }

    /** A heap type: an abstract type code or a non-negative s33 type index. */
    int heapType() {
        int at = pos;
        int b = peek();
        if (isTypeCode(b)) {
            pos++;
            int heap = HeapType.fromCode(b);
            if (heap == 0) throw error("malformed heap type", at);
            return heap;
        }
        long index = s33();
        if (index < 0) throw error("malformed heap type", at);
        if (index > Integer.MAX_VALUE) throw error("integer too large", at);
        return (int) index;
    }

    /** A reference type: a short form (nullable abstract) or 0x64/0x63 followed by a heap type. */
    ValType refType() {
        int at = pos;
        int b = u8();
        if (b == 0x63 || b == 0x64) {
            boolean nullable = b == 0x63;
            int heap = heapType();
            return refOf(nullable, heap);
        }
        if (b >= 0x69 && b <= 0x74) return NULLABLE_ABSTRACT[b];
        if ((b & 0x80) != 0) throw error("integer representation too long", pos);
        throw error("malformed reference type", at);
    }

    static ValType refOf(boolean nullable, int heap) {
        if (heap < 0) return (nullable ? NULLABLE_ABSTRACT : NON_NULL_ABSTRACT)[-heap];
        if (heap >= CACHED_INDICES) return ValType.ref(nullable, heap);
        ValType[] cache = nullable ? NULLABLE_INDEXED : NON_NULL_INDEXED;
        ValType t = cache[heap];
        if (t == null) {
            t = ValType.ref(nullable, heap);
            cache[heap] = t;
        }
        return t;
    }

    /** A value type. */
    ValType valType() {
        ValType t = numOrVecType(peek());
        if (t != null) {
            pos++;
            return t;
        }
        return refType();
    }

    /** A storage type: a value type or a packed i8/i16. */
    ValType storageType() {
        int b = peek();
        if (b == 0x78 || b == 0x77) {
            pos++;
            return b == 0x78 ? ValType.I8 : ValType.I16;
        }
        int at = pos;
        try {
            return valType();
        } catch (MalformedModuleException e) {
            if (e.reason().equals(UNEXPECTED_END)) throw e;
            throw error("malformed storage type", at);
        }
    }

    private static ValType numOrVecType(int b) {
        return switch (b) {
            case 0x7F -> ValType.I32;
            case 0x7E -> ValType.I64;
            case 0x7D -> ValType.F32;
            case 0x7C -> ValType.F64;
            case 0x7B -> ValType.V128;
            default -> null;
        };
    }

    /** A mutability flag: 0 const, 1 var. */
    boolean mutability() {
        int at = pos;
        int b = u8();
        if (b > 1) throw error("malformed mutability", at);
        return b == 1;
    }

    /** A length-prefixed UTF-8 name. */
    String name() {
        int at = pos;
        int n = length();
        if (n > end - pos) throw error(UNEXPECTED_END, end);
        String s = Utf8.decode(bytes, pos, n);
        if (s == null) throw error("malformed UTF-8 encoding", at);
        pos += n;
        return s;
    }
}
