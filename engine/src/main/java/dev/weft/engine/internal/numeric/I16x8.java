package dev.weft.engine.internal.numeric;

/**
 * i16x8 lane operations on one 64-bit half of a v128 (four 16-bit lanes, lane 0 in the low bits).
 * Operations that widen from i8x16 take the bytes they consume as an int (four lanes) or a long
 * (eight lanes).
 */
final class I16x8 {
    private I16x8() {}

    static final long LOW_BITS = 0x0001_0001_0001_0001L;
    static final long HIGH_BITS = 0x8000_8000_8000_8000L;

    static long splat(long x) { return (x & 0xFFFF) * LOW_BITS; }

    static int lane(long half, int lane) { return (short) (half >>> (lane << 4)); }

    static long withLane(long half, int lane, long value) {
        int shift = lane << 4;
        return (half & ~(0xFFFFL << shift)) | ((value & 0xFFFF) << shift);
    }

    static long add(long a, long b) { return Swar.add(a, b, HIGH_BITS); }

    static long sub(long a, long b) { return Swar.sub(a, b, HIGH_BITS); }

    static long neg(long a) { return sub(0, a); }

    static long abs(long a) {
        long negative = Swar.spread(a & HIGH_BITS, 16);
        return add(a ^ negative, negative & LOW_BITS);
    }

    static long shl(long a, int n) {
        n &= 15;
        return (a << n) & (((0xFFFF << n) & 0xFFFF) * LOW_BITS);
    }

    static long shrU(long a, int n) {
        n &= 15;
        return (a >>> n) & ((0xFFFF >>> n) * LOW_BITS);
    }

    static long shrS(long a, int n) {
        n &= 15;
        long m = (0x8000 >>> n) * LOW_BITS;
        return sub(shrU(a, n) ^ m, m);
    }

    static long mul(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) r |= (((a >>> i) * (b >>> i)) & 0xFFFF) << i;
        return r;
    }

    static long eq(long a, long b) { return Swar.eq(a, b, HIGH_BITS, 16); }

    static long ne(long a, long b) { return ~eq(a, b); }

    static long ltS(long a, long b) { return Swar.ltS(a, b, HIGH_BITS, 16); }

    static long ltU(long a, long b) { return Swar.ltU(a, b, HIGH_BITS, 16); }

    static long leS(long a, long b) { return ~ltS(b, a); }

    static long leU(long a, long b) { return ~ltU(b, a); }

    static long minS(long a, long b) { return I8x16.select(ltS(a, b), a, b); }

    static long minU(long a, long b) { return I8x16.select(ltU(a, b), a, b); }

    static long maxS(long a, long b) { return I8x16.select(ltS(b, a), a, b); }

    static long maxU(long a, long b) { return I8x16.select(ltU(b, a), a, b); }

    static long addSatS(long a, long b) { return Swar.addSatS(a, b, HIGH_BITS, 16); }

    static long addSatU(long a, long b) { return Swar.addSatU(a, b, HIGH_BITS, 16); }

    static long subSatS(long a, long b) { return Swar.subSatS(a, b, HIGH_BITS, 16); }

    static long subSatU(long a, long b) { return Swar.subSatU(a, b, HIGH_BITS, 16); }

    static long avgrU(long a, long b) { return Swar.avgrU(a, b, HIGH_BITS); }

    /** Q15 fixed-point multiply with rounding; only -32768 * -32768 overflows and saturates. */
    static long q15mulrSatS(long a, long b) {
        long r = 0;
        for (int i = 0; i < 64; i += 16) {
            int product = (short) (a >>> i) * (short) (b >>> i);
            r |= (satS((product + 0x4000) >> 15) & 0xFFFFL) << i;
        }
        return r;
    }

    static int bitmask(long half) {
        return (int) (((half >>> 15) & 1) | ((half >>> 30) & 2) | ((half >>> 45) & 4) | ((half >>> 60) & 8));
    }

    static boolean allNonZero(long half) {
        return (half & 0xFFFFL) != 0 && (half & 0xFFFF_0000L) != 0
                && (half & 0xFFFF_0000_0000L) != 0 && (half & 0xFFFF_0000_0000_0000L) != 0;
    }

    /** Narrows the two i32 lanes of {@code lo} and of {@code hi} into four 16-bit lanes. */
    static long narrowS(long lo, long hi) {
        return (satS((int) lo) & 0xFFFFL) | (satS((int) (lo >>> 32)) & 0xFFFFL) << 16
                | (satS((int) hi) & 0xFFFFL) << 32 | (satS((int) (hi >>> 32)) & 0xFFFFL) << 48;
    }

    static long narrowU(long lo, long hi) {
        return satU((int) lo) | satU((int) (lo >>> 32)) << 16 | satU((int) hi) << 32 | satU((int) (hi >>> 32)) << 48;
    }

    /** Sign-extends the four bytes of {@code bytes} to four 16-bit lanes. */
    static long extendS(int bytes) {
        long r = 0;
        for (int i = 0; i < 4; i++) r |= ((byte) (bytes >>> (i << 3)) & 0xFFFFL) << (i << 4);
        return r;
    }

    static long extendU(int bytes) {
        long r = 0;
        for (int i = 0; i < 4; i++) r |= ((bytes >>> (i << 3)) & 0xFFL) << (i << 4);
        return r;
    }

    /** Sums adjacent byte lanes of a half (eight lanes) into four 16-bit lanes. */
    static long extaddPairwiseS(long bytes) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            int sum = (byte) (bytes >>> (i << 4)) + (byte) (bytes >>> ((i << 4) + 8));
            r |= (sum & 0xFFFFL) << (i << 4);
        }
        return r;
    }

    static long extaddPairwiseU(long bytes) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            long sum = ((bytes >>> (i << 4)) & 0xFF) + ((bytes >>> ((i << 4) + 8)) & 0xFF);
            r |= sum << (i << 4);
        }
        return r;
    }

    /** Multiplies the four byte lanes in {@link #quarter} {@code part} of each half into four 16-bit lanes. */
    static long extmulS(long a, long b, int part) { return extmulS(quarter(a, part), quarter(b, part)); }

    static long extmulU(long a, long b, int part) { return extmulU(quarter(a, part), quarter(b, part)); }

    /** Bits 0-31 ({@code part} 0) or 32-63 (1) of a half: the lanes one result half is widened from. */
    private static int quarter(long half, int part) { return (int) (half >>> (part << 5)); }

    private static long extmulS(int a, int b) {
        long r = 0;
        for (int i = 0; i < 32; i += 8) r |= (((byte) (a >>> i) * (byte) (b >>> i)) & 0xFFFFL) << (i << 1);
        return r;
    }

    private static long extmulU(int a, int b) {
        long r = 0;
        for (int i = 0; i < 32; i += 8) r |= (((a >>> i) & 0xFFL) * ((b >>> i) & 0xFF)) << (i << 1);
        return r;
    }

    /**
     * Relaxed dot product of eight signed byte lanes with eight byte lanes, deterministic profile:
     * the second operand is read as signed too, and each pairwise sum saturates to i16.
     */
    static long relaxedDotS(long a, long b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            int lo = i << 4;
            int hi = lo + 8;
            int sum = (byte) (a >>> lo) * (byte) (b >>> lo) + (byte) (a >>> hi) * (byte) (b >>> hi);
            r |= (satS(sum) & 0xFFFFL) << lo;
        }
        return r;
    }

    private static int satS(int x) { return Math.clamp(x, Short.MIN_VALUE, Short.MAX_VALUE); }

    private static long satU(int x) { return Math.clamp(x, 0, 0xFFFF); }
}
