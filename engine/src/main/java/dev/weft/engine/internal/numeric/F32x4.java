package dev.weft.engine.internal.numeric;

/**
 * f32x4 lane operations on one 64-bit half of a v128 (two f32 lanes as raw bits). NaN rules are
 * those of the scalar operations in {@link FloatOps}; Java's arithmetic operators already give
 * canonical or arithmetic NaNs.
 */
final class F32x4 {
    private F32x4() {}

    private static final long SIGNS = 0x8000_0000_8000_0000L;

    static float lane(long half, int lane) { return Float.intBitsToFloat((int) (half >>> (lane << 5))); }

    static long pack(float lo, float hi) {
        return I32x4.pack(Float.floatToRawIntBits(lo), Float.floatToRawIntBits(hi));
    }

    static long abs(long a) { return a & ~SIGNS; }

    static long neg(long a) { return a ^ SIGNS; }

    static long sqrt(long a) { return pack(FloatOps.sqrt(lane(a, 0)), FloatOps.sqrt(lane(a, 1))); }

    static long ceil(long a) { return pack(FloatOps.ceil(lane(a, 0)), FloatOps.ceil(lane(a, 1))); }

    static long floor(long a) { return pack(FloatOps.floor(lane(a, 0)), FloatOps.floor(lane(a, 1))); }

    static long trunc(long a) { return pack(FloatOps.trunc(lane(a, 0)), FloatOps.trunc(lane(a, 1))); }

    static long nearest(long a) { return pack(FloatOps.nearest(lane(a, 0)), FloatOps.nearest(lane(a, 1))); }

    static long add(long a, long b) { return pack(lane(a, 0) + lane(b, 0), lane(a, 1) + lane(b, 1)); }

    static long sub(long a, long b) { return pack(lane(a, 0) - lane(b, 0), lane(a, 1) - lane(b, 1)); }

    static long mul(long a, long b) { return pack(lane(a, 0) * lane(b, 0), lane(a, 1) * lane(b, 1)); }

    static long div(long a, long b) { return pack(lane(a, 0) / lane(b, 0), lane(a, 1) / lane(b, 1)); }

    static long min(long a, long b) {
        return pack(FloatOps.min(lane(a, 0), lane(b, 0)), FloatOps.min(lane(a, 1), lane(b, 1)));
    }

    static long max(long a, long b) {
        return pack(FloatOps.max(lane(a, 0), lane(b, 0)), FloatOps.max(lane(a, 1), lane(b, 1)));
    }

    /** {@code b < a ? b : a}, returning the chosen lane's bits unchanged (also a NaN's). */
    static long pmin(long a, long b) {
        return I32x4.pack(lane(b, 0) < lane(a, 0) ? (int) b : (int) a,
                lane(b, 1) < lane(a, 1) ? (int) (b >>> 32) : (int) (a >>> 32));
    }

    static long pmax(long a, long b) {
        return I32x4.pack(lane(a, 0) < lane(b, 0) ? (int) b : (int) a,
                lane(a, 1) < lane(b, 1) ? (int) (b >>> 32) : (int) (a >>> 32));
    }

    static long eq(long a, long b) { return I32x4.mask(lane(a, 0) == lane(b, 0), lane(a, 1) == lane(b, 1)); }

    static long ne(long a, long b) { return I32x4.mask(lane(a, 0) != lane(b, 0), lane(a, 1) != lane(b, 1)); }

    static long lt(long a, long b) { return I32x4.mask(lane(a, 0) < lane(b, 0), lane(a, 1) < lane(b, 1)); }

    static long le(long a, long b) { return I32x4.mask(lane(a, 0) <= lane(b, 0), lane(a, 1) <= lane(b, 1)); }

    /** Relaxed multiply-add, deterministic profile: unfused (the product is rounded first). */
    static long madd(long a, long b, long c) {
        return pack(lane(a, 0) * lane(b, 0) + lane(c, 0), lane(a, 1) * lane(b, 1) + lane(c, 1));
    }

    static long convertS(long i32s) { return pack((float) (int) i32s, (float) (int) (i32s >>> 32)); }

    static long convertU(long i32s) {
        return pack(Conversions.f32ConvertI32U((int) i32s), Conversions.f32ConvertI32U((int) (i32s >>> 32)));
    }

    /** Demotes the f64 lanes held in two halves into the two f32 lanes of one half. */
    static long demote(long f64Lo, long f64Hi) {
        return pack(Conversions.f32DemoteF64(Double.longBitsToDouble(f64Lo)),
                Conversions.f32DemoteF64(Double.longBitsToDouble(f64Hi)));
    }
}
