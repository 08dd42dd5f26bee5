package dev.weft.engine.internal.numeric;

/** i32x4 lane operations on one 64-bit half of a v128 (two 32-bit lanes, lane 0 in the low bits). */
final class I32x4 {
    private I32x4() {}

    private static final long HIGH_BITS = 0x8000_0000_8000_0000L;

    static long pack(int lo, int hi) { return (lo & 0xFFFF_FFFFL) | (long) hi << 32; }

    static long splat(long x) { return (x & 0xFFFF_FFFFL) * 0x1_0000_0001L; }

    static int lane(long half, int lane) { return (int) (half >>> (lane << 5)); }

    static long withLane(long half, int lane, long value) {
        return lane == 0 ? pack((int) value, (int) (half >>> 32)) : pack((int) half, (int) value);
    }

    static long add(long a, long b) { return Swar.add(a, b, HIGH_BITS); }

    static long sub(long a, long b) { return Swar.sub(a, b, HIGH_BITS); }

    static long neg(long a) { return sub(0, a); }

    static long abs(long a) { return pack(Math.abs((int) a), Math.abs((int) (a >>> 32))); }

    static long mul(long a, long b) { return pack((int) a * (int) b, (int) (a >>> 32) * (int) (b >>> 32)); }

    static long shl(long a, int n) { return pack((int) a << n, (int) (a >>> 32) << n); }

    static long shrS(long a, int n) { return pack((int) a >> n, (int) (a >>> 32) >> n); }

    static long shrU(long a, int n) { return pack((int) a >>> n, (int) (a >>> 32) >>> n); }

    static long eq(long a, long b) { return mask((int) a == (int) b, (int) (a >>> 32) == (int) (b >>> 32)); }

    static long ne(long a, long b) { return ~eq(a, b); }

    static long ltS(long a, long b) { return mask((int) a < (int) b, (int) (a >>> 32) < (int) (b >>> 32)); }

    static long ltU(long a, long b) {
        return mask(Integer.compareUnsigned((int) a, (int) b) < 0,
                Integer.compareUnsigned((int) (a >>> 32), (int) (b >>> 32)) < 0);
    }

    static long leS(long a, long b) { return ~ltS(b, a); }

    static long leU(long a, long b) { return ~ltU(b, a); }

    static long minS(long a, long b) { return I8x16.select(ltS(a, b), a, b); }

    static long minU(long a, long b) { return I8x16.select(ltU(a, b), a, b); }

    static long maxS(long a, long b) { return I8x16.select(ltS(b, a), a, b); }

    static long maxU(long a, long b) { return I8x16.select(ltU(b, a), a, b); }

    static long mask(boolean lo, boolean hi) { return (lo ? 0xFFFF_FFFFL : 0) | (hi ? 0xFFFF_FFFF_0000_0000L : 0); }

    static int bitmask(long half) { return (int) (((half >>> 31) & 1) | ((half >>> 62) & 2)); }

    static boolean allNonZero(long half) { return (int) half != 0 && (int) (half >>> 32) != 0; }

    /** Sign-extends the two 16-bit lanes in {@code i16s} to two 32-bit lanes. */
    static long extendS(int i16s) { return pack((short) i16s, (short) (i16s >>> 16)); }

    static long extendU(int i16s) { return pack(i16s & 0xFFFF, i16s >>> 16); }

    /** Sums adjacent 16-bit lanes of a half (four lanes) into two 32-bit lanes. */
    static long extaddPairwiseS(long i16s) {
        return pack((short) i16s + (short) (i16s >>> 16), (short) (i16s >>> 32) + (short) (i16s >>> 48));
    }

    static long extaddPairwiseU(long i16s) {
        return pack((int) ((i16s & 0xFFFF) + ((i16s >>> 16) & 0xFFFF)),
                (int) (((i16s >>> 32) & 0xFFFF) + (i16s >>> 48)));
    }

    /** Multiplies the two 16-bit lanes in {@link #quarter} {@code part} of each half into two 32-bit lanes. */
    static long extmulS(long a, long b, int part) { return extmulS(quarter(a, part), quarter(b, part)); }

    static long extmulU(long a, long b, int part) { return extmulU(quarter(a, part), quarter(b, part)); }

    /** Bits 0-31 ({@code part} 0) or 32-63 (1) of a half: the lanes one result half is widened from. */
    private static int quarter(long half, int part) { return (int) (half >>> (part << 5)); }

    private static long extmulS(int a, int b) {
        return pack((short) a * (short) b, (short) (a >>> 16) * (short) (b >>> 16));
    }

    private static long extmulU(int a, int b) {
        return pack((a & 0xFFFF) * (b & 0xFFFF), (a >>> 16) * (b >>> 16));
    }

    /** Dot product of the four 16-bit lanes of each half into two lanes; the sum wraps (only at 2^31). */
    static long dotS(long a, long b) {
        return pack((short) a * (short) b + (short) (a >>> 16) * (short) (b >>> 16),
                (short) (a >>> 32) * (short) (b >>> 32) + (short) (a >>> 48) * (short) (b >>> 48));
    }

    static long truncSatS(long f32s) {
        return pack((int) F32x4.lane(f32s, 0), (int) F32x4.lane(f32s, 1));
    }

    static long truncSatU(long f32s) {
        return pack(Conversions.i32TruncSatF32U(F32x4.lane(f32s, 0)), Conversions.i32TruncSatF32U(F32x4.lane(f32s, 1)));
    }

    /** Two f64 lanes (one per half) truncated into the two i32 lanes of the result's low half. */
    static long truncSatS(long f64Lo, long f64Hi) {
        return pack((int) Double.longBitsToDouble(f64Lo), (int) Double.longBitsToDouble(f64Hi));
    }

    static long truncSatU(long f64Lo, long f64Hi) {
        return pack(Conversions.i32TruncSatF64U(Double.longBitsToDouble(f64Lo)),
                Conversions.i32TruncSatF64U(Double.longBitsToDouble(f64Hi)));
    }
}
