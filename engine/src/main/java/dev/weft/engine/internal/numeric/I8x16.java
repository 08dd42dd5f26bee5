package dev.weft.engine.internal.numeric;

/**
 * i8x16 lane operations on one 64-bit half of a v128 (eight byte lanes, lane 0 in the low byte).
 * A v128 operation applies these to the low and the high half separately. Lane-wise operations
 * use carry-free {@link Swar} arithmetic; narrowing loops over the lanes.
 */
final class I8x16 {
    private I8x16() {}

    static final long LOW_BITS = 0x0101_0101_0101_0101L;
    static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    static long splat(long x) { return (x & 0xFF) * LOW_BITS; }

    static int lane(long half, int lane) { return (byte) (half >>> (lane << 3)); }

    static long withLane(long half, int lane, long value) {
        int shift = lane << 3;
        return (half & ~(0xFFL << shift)) | ((value & 0xFF) << shift);
    }

    static long add(long a, long b) { return Swar.add(a, b, HIGH_BITS); }

    static long sub(long a, long b) { return Swar.sub(a, b, HIGH_BITS); }

    static long neg(long a) { return sub(0, a); }

    static long abs(long a) {
        long negative = Swar.spread(a & HIGH_BITS, 8);
        return add(a ^ negative, negative & LOW_BITS);
    }

    static long popcnt(long a) {
        long x = a - ((a >>> 1) & 0x5555_5555_5555_5555L);
        x = (x & 0x3333_3333_3333_3333L) + ((x >>> 2) & 0x3333_3333_3333_3333L);
        return (x + (x >>> 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
    }

    static long shl(long a, int n) {
        n &= 7;
        return (a << n) & (((0xFF << n) & 0xFF) * LOW_BITS);
    }

    static long shrU(long a, int n) {
        n &= 7;
        return (a >>> n) & ((0xFF >>> n) * LOW_BITS);
    }

    /** Logical shift, then sign-extends each (8-n)-bit lane: (t ^ m) - m with m its sign bit. */
    static long shrS(long a, int n) {
        n &= 7;
        long m = (0x80 >>> n) * LOW_BITS;
        return sub(shrU(a, n) ^ m, m);
    }

    static long eq(long a, long b) { return Swar.eq(a, b, HIGH_BITS, 8); }

    static long ne(long a, long b) { return ~eq(a, b); }

    static long ltS(long a, long b) { return Swar.ltS(a, b, HIGH_BITS, 8); }

    static long ltU(long a, long b) { return Swar.ltU(a, b, HIGH_BITS, 8); }

    static long leS(long a, long b) { return ~ltS(b, a); }

    static long leU(long a, long b) { return ~ltU(b, a); }

    static long addSatS(long a, long b) { return Swar.addSatS(a, b, HIGH_BITS, 8); }

    static long addSatU(long a, long b) { return Swar.addSatU(a, b, HIGH_BITS, 8); }

    static long subSatS(long a, long b) { return Swar.subSatS(a, b, HIGH_BITS, 8); }

    static long subSatU(long a, long b) { return Swar.subSatU(a, b, HIGH_BITS, 8); }

    static long minS(long a, long b) { return select(ltS(a, b), a, b); }

    static long minU(long a, long b) { return select(ltU(a, b), a, b); }

    static long maxS(long a, long b) { return select(ltS(b, a), a, b); }

    static long maxU(long a, long b) { return select(ltU(b, a), a, b); }

    static long avgrU(long a, long b) { return Swar.avgrU(a, b, HIGH_BITS); }

    /** Lanes of {@code a} where {@code mask} is set, of {@code b} elsewhere. */
    static long select(long mask, long a, long b) { return (a & mask) | (b & ~mask); }

    /** The eight lane sign bits gathered into bits 0..7 (the multiplier's partial products never overlap). */
    static int bitmask(long half) {
        return (int) ((((half >>> 7) & LOW_BITS) * 0x0102_0408_1020_4080L) >>> 56);
    }

    static boolean allNonZero(long half) {
        return ((half - LOW_BITS) & ~half & HIGH_BITS) == 0;
    }

    /** Narrows the four i16 lanes of {@code lo} and of {@code hi} into eight byte lanes. */
    static long narrowS(long lo, long hi) { return narrowS(lo) | narrowS(hi) << 32; }

    static long narrowU(long lo, long hi) { return narrowU(lo) | narrowU(hi) << 32; }

    private static long narrowS(long i16s) {
        long r = 0;
        for (int i = 0; i < 4; i++) r |= (satS((short) (i16s >>> (i << 4))) & 0xFFL) << (i << 3);
        return r;
    }

    private static long narrowU(long i16s) {
        long r = 0;
        for (int i = 0; i < 4; i++) r |= (long) Math.clamp((short) (i16s >>> (i << 4)), 0, 0xFF) << (i << 3);
        return r;
    }

    private static int satS(int x) { return Math.clamp(x, Byte.MIN_VALUE, Byte.MAX_VALUE); }
}
