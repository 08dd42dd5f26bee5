package dev.weft.engine.internal.numeric;

/** f64x2 lane operations; each 64-bit half of a v128 is one f64 lane as raw bits. */
final class F64x2 {
    private F64x2() {}

    static double lane(long half) { return Double.longBitsToDouble(half); }

    static long bits(double x) { return Double.doubleToRawLongBits(x); }

    static long pmin(long a, long b) { return lane(b) < lane(a) ? b : a; }

    static long pmax(long a, long b) { return lane(a) < lane(b) ? b : a; }

    /** Relaxed multiply-add, deterministic profile: unfused (the product is rounded first). */
    static long madd(long a, long b, long c) { return bits(lane(a) * lane(b) + lane(c)); }
}
