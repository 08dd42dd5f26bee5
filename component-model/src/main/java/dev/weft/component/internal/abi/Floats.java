package dev.weft.component.internal.abi;

/** NaN handling: lifted floats have every NaN replaced by the canonical NaN, as the spec says. */
final class Floats {
    static final int CANONICAL_NAN32 = 0x7fc00000;
    static final long CANONICAL_NAN64 = 0x7ff8000000000000L;

    private Floats() {}

    static float canonicalize(float f) { return f != f ? Float.intBitsToFloat(CANONICAL_NAN32) : f; }

    static double canonicalize(double d) { return d != d ? Double.longBitsToDouble(CANONICAL_NAN64) : d; }
}
