package dev.weft.engine.internal.numeric;

/**
 * Carry-free lane arithmetic inside a long ("SIMD within a register") for 8-, 16- and 32-bit lanes.
 * {@code high} has the top bit of every lane set (0x8080... or 0x8000...); {@code width} is the
 * lane width in bits. Lane predicates are computed into the top bit of each lane and then spread
 * to a full-lane mask, so no operation branches per lane.
 */
final class Swar {
    private Swar() {}

    static long add(long a, long b, long high) { return ((a & ~high) + (b & ~high)) ^ ((a ^ b) & high); }

    static long sub(long a, long b, long high) { return ((a | high) - (b & ~high)) ^ ((a ^ ~b) & high); }

    /** All ones in every lane whose top bit is set in {@code top} (which has no other bits). */
    static long spread(long top, int width) { return (top >>> (width - 1)) * ((1L << width) - 1); }

    /** Top bit of each lane set where {@code a < b} unsigned: the borrow out of the lane subtraction. */
    static long ltUTop(long a, long b, long high) {
        long d = sub(a, b, high);
        return ((~a & b) | (~(a ^ b) & d)) & high;
    }

    static long ltU(long a, long b, long high, int width) { return spread(ltUTop(a, b, high), width); }

    /** Signed order is unsigned order with the sign bits flipped. */
    static long ltS(long a, long b, long high, int width) { return ltU(a ^ high, b ^ high, high, width); }

    static long eq(long a, long b, long high, int width) {
        long t = a ^ b;
        long nonZero = (((t & ~high) + ~high) | t) & high;
        return spread(nonZero ^ high, width);
    }

    static long addSatU(long a, long b, long high, int width) {
        long sum = add(a, b, high);
        long carry = ((a & b) | ((a | b) & ~sum)) & high;
        return sum | spread(carry, width);
    }

    static long subSatU(long a, long b, long high, int width) {
        return sub(a, b, high) & ~ltU(a, b, high, width);
    }

    static long addSatS(long a, long b, long high, int width) {
        long sum = add(a, b, high);
        long overflow = spread(~(a ^ b) & (a ^ sum) & high, width);
        return (sum & ~overflow) | (saturated(a, high, width) & overflow);
    }

    static long subSatS(long a, long b, long high, int width) {
        long diff = sub(a, b, high);
        long overflow = spread((a ^ b) & (a ^ diff) & high, width);
        return (diff & ~overflow) | (saturated(a, high, width) & overflow);
    }

    /** The bound an overflowing lane saturates to: MAX when {@code a} is non-negative, MIN when negative. */
    private static long saturated(long a, long high, int width) {
        return (high - (high >>> (width - 1))) + ((a & high) >>> (width - 1));
    }

    /** Rounding average (a + b + 1) / 2 per lane: (a | b) - ((a ^ b) >> 1) never borrows across lanes. */
    static long avgrU(long a, long b, long high) { return (a | b) - (((a ^ b) >>> 1) & ~high); }
}
