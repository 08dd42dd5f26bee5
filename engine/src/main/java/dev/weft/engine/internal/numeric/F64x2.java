package dev.weft.engine.internal.numeric;

/** f64x2 lane operations; each 64-bit half of a v128 is one f64 lane as raw bits. */
final class F64x2 {
    private F64x2() {}

    static double lane(long half) { return Double.longBitsToDouble(half); }

    static long bits(double x) { return Double.doubleToRawLongBits(x); }

    static long sqrt(long a) { return bits(FloatOps.sqrt(lane(a))); }

    static long ceil(long a) { return bits(FloatOps.ceil(lane(a))); }

    static long floor(long a) { return bits(FloatOps.floor(lane(a))); }

    static long trunc(long a) { return bits(FloatOps.trunc(lane(a))); }

    static long nearest(long a) { return bits(FloatOps.nearest(lane(a))); }

    static long add(long a, long b) { return bits(lane(a) + lane(b)); }

    static long sub(long a, long b) { return bits(lane(a) - lane(b)); }

    static long mul(long a, long b) { return bits(lane(a) * lane(b)); }

    static long div(long a, long b) { return bits(lane(a) / lane(b)); }

    static long min(long a, long b) { return bits(FloatOps.min(lane(a), lane(b))); }

    static long max(long a, long b) { return bits(FloatOps.max(lane(a), lane(b))); }

    static long eq(long a, long b) { return I64x2.mask(lane(a) == lane(b)); }

    static long ne(long a, long b) { return I64x2.mask(lane(a) != lane(b)); }

    static long lt(long a, long b) { return I64x2.mask(lane(a) < lane(b)); }

    static long le(long a, long b) { return I64x2.mask(lane(a) <= lane(b)); }

    /** {@code b < a ? b : a}, returning the chosen lane's bits unchanged (also a NaN's). */
    static long pmin(long a, long b) { return lane(b) < lane(a) ? b : a; }

    static long pmax(long a, long b) { return lane(a) < lane(b) ? b : a; }

    /** Relaxed multiply-add, deterministic profile: unfused (the product is rounded first). */
    static long madd(long a, long b, long c) { return bits(lane(a) * lane(b) + lane(c)); }
}
