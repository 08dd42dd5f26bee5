package dev.weft.engine.internal.numeric;

/**
 * f32/f64 operations whose WebAssembly semantics Java's operators or {@link Math} do not give
 * exactly. Java's {@code + - * /} already match Wasm (round to nearest even; a NaN result is
 * either the default quiet NaN, which is canonical, or a quieted input NaN, which is arithmetic),
 * so they have no wrapper here.
 *
 * <p>NaN rule used throughout: when an input is NaN the result is that input with its quiet bit
 * set. That keeps a canonical NaN canonical and turns a signalling NaN into an arithmetic one, as
 * the spec's {@code nans} set requires; {@link Math#min} or {@link Math#ceil} would return a
 * signalling NaN unchanged.
 *
 * <p>Sign, absolute value and copysign work on raw bits (the spec defines them that way, and a
 * NaN payload must pass through untouched), so they take and return {@code int}/{@code long} bits.
 */
public final class FloatOps {
    private FloatOps() {}

    static final int F32_QUIET = 0x0040_0000;
    static final long F64_QUIET = 0x0008_0000_0000_0000L;
    static final int F32_SIGN = 0x8000_0000;
    static final long F64_SIGN = 0x8000_0000_0000_0000L;

    // ---- f32 ----

    public static float min(float a, float b) {
        if (a != a) return quiet(a);
        if (b != b) return quiet(b);
        // -0 < +0: OR of the bits picks the negative zero; a == b otherwise means identical values.
        if (a == b) return Float.intBitsToFloat(Float.floatToRawIntBits(a) | Float.floatToRawIntBits(b));
        return a < b ? a : b;
    }

    public static float max(float a, float b) {
        if (a != a) return quiet(a);
        if (b != b) return quiet(b);
        if (a == b) return Float.intBitsToFloat(Float.floatToRawIntBits(a) & Float.floatToRawIntBits(b));
        return a > b ? a : b;
    }

    /** The double result is an integer within float range, so narrowing it back is exact. */
    public static float ceil(float x) { return x != x ? quiet(x) : (float) Math.ceil(x); }

    public static float floor(float x) { return x != x ? quiet(x) : (float) Math.floor(x); }

    public static float trunc(float x) {
        if (x != x) return quiet(x);
        return (float) (x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    /** Round to nearest, ties to even ({@link Math#rint}); keeps the sign of a zero result. */
    public static float nearest(float x) { return x != x ? quiet(x) : (float) Math.rint(x); }

    /** Square root via double is correctly rounded for floats (53 >= 2*24 + 2 bits). */
    public static float sqrt(float x) { return x != x ? quiet(x) : (float) Math.sqrt(x); }

    public static int f32Abs(int bits) { return bits & ~F32_SIGN; }

    public static int f32Neg(int bits) { return bits ^ F32_SIGN; }

    public static int f32Copysign(int magnitude, int sign) {
        return (magnitude & ~F32_SIGN) | (sign & F32_SIGN);
    }

    static float quiet(float nan) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(nan) | F32_QUIET);
    }

    // ---- f64 ----

    public static double min(double a, double b) {
        if (a != a) return quiet(a);
        if (b != b) return quiet(b);
        if (a == b) return Double.longBitsToDouble(Double.doubleToRawLongBits(a) | Double.doubleToRawLongBits(b));
        return a < b ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) return quiet(a);
        if (b != b) return quiet(b);
        if (a == b) return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Double.doubleToRawLongBits(b));
        return a > b ? a : b;
    }

    public static double ceil(double x) { return x != x ? quiet(x) : Math.ceil(x); }

    public static double floor(double x) { return x != x ? quiet(x) : Math.floor(x); }

    public static double trunc(double x) {
        if (x != x) return quiet(x);
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    public static double nearest(double x) { return x != x ? quiet(x) : Math.rint(x); }

    public static double sqrt(double x) { return x != x ? quiet(x) : Math.sqrt(x); }

    public static long f64Abs(long bits) { return bits & ~F64_SIGN; }

    public static long f64Neg(long bits) { return bits ^ F64_SIGN; }

    public static long f64Copysign(long magnitude, long sign) {
        return (magnitude & ~F64_SIGN) | (sign & F64_SIGN);
    }

    static double quiet(double nan) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(nan) | F64_QUIET);
    }
}
