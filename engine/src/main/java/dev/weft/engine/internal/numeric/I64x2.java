package dev.weft.engine.internal.numeric;

/**
 * i64x2 operations that are more than a Java operator on each half (each half is one lane).
 * Lane-wise add/sub/mul/shift are written inline in {@link Simd}.
 */
final class I64x2 {
    private I64x2() {}

    static long mask(boolean b) { return b ? -1L : 0L; }

    static int bitmask(long lo, long hi) { return (int) ((lo >>> 63) | ((hi >>> 63) << 1)); }

    /** Product of the signed/unsigned i32 lane {@code lane} of each operand half. */
    static long extmulS(long a, long b, int lane) {
        return (long) I32x4.lane(a, lane) * I32x4.lane(b, lane);
    }

    static long extmulU(long a, long b, int lane) {
        return (Integer.toUnsignedLong(I32x4.lane(a, lane))) * Integer.toUnsignedLong(I32x4.lane(b, lane));
    }
}
