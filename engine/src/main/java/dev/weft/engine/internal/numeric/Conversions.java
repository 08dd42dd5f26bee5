package dev.weft.engine.internal.numeric;

import dev.weft.engine.TrapException;

/**
 * Conversions between integer and float types. Signed saturating truncation is exactly Java's
 * narrowing cast (NaN to 0, clamping at the bounds) and signed int-to-float conversion is Java's
 * widening cast (round to nearest even, one rounding step, also for {@code long -> float}), so those
 * are plain casts here too, for completeness of the table the interpreter switches over.
 * Reinterpretations are no-ops on the raw bits the interpreter keeps.
 */
public final class Conversions {
    private Conversions() {}

    private static final float TWO_31_F = 0x1p31f;
    private static final float TWO_32_F = 0x1p32f;
    private static final float TWO_63_F = 0x1p63f;
    private static final float TWO_64_F = 0x1p64f;
    private static final double TWO_31 = 0x1p31;
    private static final double TWO_32 = 0x1p32;
    private static final double TWO_63 = 0x1p63;
    private static final double TWO_64 = 0x1p64;

    // ---- trapping truncation: the range tests are written so that NaN fails them ----

    public static int i32TruncF32S(float x) {
        if (!(x >= -TWO_31_F && x < TWO_31_F)) throw truncTrap(x != x);
        return (int) x;
    }

    public static int i32TruncF32U(float x) {
        if (!(x > -1f && x < TWO_32_F)) throw truncTrap(x != x);
        return (int) (long) x;
    }

    public static int i32TruncF64S(double x) {
        // -2^31 - 1 < x truncates to >= -2^31; x itself need not be an integer.
        if (!(x > -TWO_31 - 1 && x < TWO_31)) throw truncTrap(x != x);
        return (int) x;
    }

    public static int i32TruncF64U(double x) {
        if (!(x > -1 && x < TWO_32)) throw truncTrap(x != x);
        return (int) (long) x;
    }

    public static long i64TruncF32S(float x) {
        if (!(x >= -TWO_63_F && x < TWO_63_F)) throw truncTrap(x != x);
        return (long) x;
    }

    public static long i64TruncF32U(float x) {
        if (!(x > -1f && x < TWO_64_F)) throw truncTrap(x != x);
        return toUnsignedLong(x);
    }

    public static long i64TruncF64S(double x) {
        if (!(x >= -TWO_63 && x < TWO_63)) throw truncTrap(x != x);
        return (long) x;
    }

    public static long i64TruncF64U(double x) {
        if (!(x > -1 && x < TWO_64)) throw truncTrap(x != x);
        return toUnsignedLong(x);
    }

    // ---- saturating truncation ----

    public static int i32TruncSatF32S(float x) { return (int) x; }

    public static int i32TruncSatF64S(double x) { return (int) x; }

    public static long i64TruncSatF32S(float x) { return (long) x; }

    public static long i64TruncSatF64S(double x) { return (long) x; }

    public static int i32TruncSatF32U(float x) { return i32TruncSatF64U(x); }

    public static int i32TruncSatF64U(double x) {
        if (!(x > 0)) return 0; // NaN, negatives and zeros
        if (x >= TWO_32) return -1;
        return (int) (long) x;
    }

    public static long i64TruncSatF32U(float x) { return i64TruncSatF64U(x); }

    public static long i64TruncSatF64U(double x) {
        if (!(x > 0)) return 0;
        if (x >= TWO_64) return -1L;
        return toUnsignedLong(x);
    }

    /** {@code x} is in [0, 2^64); values from 2^63 are shifted down exactly before the cast. */
    private static long toUnsignedLong(double x) {
        return x < TWO_63 ? (long) x : (long) (x - TWO_63) ^ Long.MIN_VALUE;
    }

    // ---- int to float ----

    public static float f32ConvertI32S(int x) { return x; }

    public static float f32ConvertI64S(long x) { return x; }

    public static double f64ConvertI32S(int x) { return x; }

    public static double f64ConvertI64S(long x) { return x; }

    public static float f32ConvertI32U(int x) { return Integer.toUnsignedLong(x); }

    public static double f64ConvertI32U(int x) { return Integer.toUnsignedLong(x); }

    /**
     * Values with the top bit set are halved first; OR-ing the dropped bit back in as a sticky bit
     * keeps ties distinguishable, so the single rounding of the cast is still correct. (Going
     * through double would round twice and be wrong, e.g. for 0x8000_0080_0000_0001.)
     */
    public static float f32ConvertI64U(long x) {
        if (x >= 0) return x;
        return 2f * (float) ((x >>> 1) | (x & 1));
    }

    public static double f64ConvertI64U(long x) {
        if (x >= 0) return x;
        return 2d * (double) ((x >>> 1) | (x & 1));
    }

    // ---- float to float ----

    /** NaNs keep sign and the top payload bits and become quiet, so canonical stays canonical. */
    public static float f32DemoteF64(double x) {
        if (x != x) {
            long bits = Double.doubleToRawLongBits(x);
            int sign = (int) (bits >>> 32) & FloatOps.F32_SIGN;
            int payload = (int) (bits >>> 29) & 0x003f_ffff;
            return Float.intBitsToFloat(sign | 0x7f80_0000 | FloatOps.F32_QUIET | payload);
        }
        return (float) x;
    }

    public static double f64PromoteF32(float x) {
        if (x != x) {
            int bits = Float.floatToRawIntBits(x);
            long sign = (long) (bits & FloatOps.F32_SIGN) << 32;
            long payload = (long) (bits & 0x003f_ffff) << 29;
            return Double.longBitsToDouble(sign | 0x7ff0_0000_0000_0000L | FloatOps.F64_QUIET | payload);
        }
        return x;
    }

    private static TrapException truncTrap(boolean nan) {
        return new TrapException(nan ? "invalid conversion to integer" : "integer overflow");
    }
}
