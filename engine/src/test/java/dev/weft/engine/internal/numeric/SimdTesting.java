package dev.weft.engine.internal.numeric;

import dev.weft.engine.internal.decode.Op;

/** Builds v128 values from lanes and runs {@link Simd#execute} on a small stack, for the SIMD tests. */
final class SimdTesting {
    private SimdTesting() {}

    /** A v128 from lanes of {@code bits} width (8, 16, 32 or 64), lane 0 first. */
    static long[] lanes(int bits, long... lanes) {
        long[] v = new long[2];
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        for (int i = 0; i < lanes.length; i++) {
            int bit = i * bits;
            v[bit >>> 6] |= (lanes[i] & mask) << (bit & 63);
        }
        return v;
    }

    static long[] i8(long... l) { return lanes(8, l); }

    static long[] i16(long... l) { return lanes(16, l); }

    static long[] i32(long... l) { return lanes(32, l); }

    static long[] i64(long... l) { return lanes(64, l); }

    static long[] f32(float... l) {
        long[] bits = new long[l.length];
        for (int i = 0; i < l.length; i++) bits[i] = Float.floatToRawIntBits(l[i]);
        return lanes(32, bits);
    }

    static long[] f64(double... l) {
        long[] bits = new long[l.length];
        for (int i = 0; i < l.length; i++) bits[i] = Double.doubleToRawLongBits(l[i]);
        return lanes(64, bits);
    }

    /** Lane {@code i} of width {@code bits}, sign-extended. */
    static long lane(long[] v, int bits, int i) {
        int bit = i * bits;
        long word = v[bit >>> 6] >>> (bit & 63);
        return bits == 64 ? word : (word << (64 - bits)) >> (64 - bits);
    }

    /** Runs instruction {@code name} on v128 operands; returns the v128 result. */
    static long[] run(String name, long[]... operands) {
        long[] s = stack(operands);
        int sp = Simd.execute(opcode(name), s, 1 + 2 * operands.length, 0, 0, 0);
        if (sp != 3) throw new AssertionError(name + " left sp " + sp);
        return new long[] {s[1], s[2]};
    }

    /** Runs a v128 -> scalar instruction (tests, bitmask) and returns the scalar slot. */
    static long runToScalar(String name, long[] operand) {
        long[] s = stack(operand);
        int sp = Simd.execute(opcode(name), s, 3, 0, 0, 0);
        if (sp != 2) throw new AssertionError(name + " left sp " + sp);
        return s[1];
    }

    /** Runs a (v128, i32) -> v128 shift. */
    static long[] shift(String name, long[] v, int count) {
        long[] s = stack(v);
        s[3] = count;
        int sp = Simd.execute(opcode(name), s, 4, 0, 0, 0);
        if (sp != 3) throw new AssertionError(name + " left sp " + sp);
        return new long[] {s[1], s[2]};
    }

    static int opcode(String name) {
        int op = Op.byName(name);
        if (op < 0) throw new IllegalArgumentException(name);
        return op;
    }

    /** Slot 0 holds a sentinel below the operands, so writes under the operands are noticed. */
    private static long[] stack(long[]... operands) {
        long[] s = new long[16];
        s[0] = 0x5EA1_5EA1_5EA1_5EA1L;
        int sp = 1;
        for (long[] v : operands) {
            s[sp++] = v[0];
            s[sp++] = v[1];
        }
        return s;
    }

    static final long SENTINEL = 0x5EA1_5EA1_5EA1_5EA1L;
}
