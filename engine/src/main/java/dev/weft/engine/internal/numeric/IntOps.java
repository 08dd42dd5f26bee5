package dev.weft.engine.internal.numeric;

import dev.weft.engine.TrapException;

/**
 * Integer operations whose WebAssembly semantics differ from Java's operators: division and
 * remainder trap instead of throwing {@link ArithmeticException} (or silently wrapping).
 * Rotations, bit counts and sign extensions map directly onto {@link Integer}/{@link Long}
 * methods and casts, so callers use those inline.
 */
public final class IntOps {
    private IntOps() {}

    public static int divS(int a, int b) {
        if (b == 0) throw divideByZero();
        if (a == Integer.MIN_VALUE && b == -1) throw overflow();
        return a / b;
    }

    public static int divU(int a, int b) {
        if (b == 0) throw divideByZero();
        return Integer.divideUnsigned(a, b);
    }

    /** Java's {@code %} already yields 0 for {@code MIN_VALUE % -1}, which is what Wasm wants. */
    public static int remS(int a, int b) {
        if (b == 0) throw divideByZero();
        return a % b;
    }

    public static int remU(int a, int b) {
        if (b == 0) throw divideByZero();
        return Integer.remainderUnsigned(a, b);
    }

    public static long divS(long a, long b) {
        if (b == 0) throw divideByZero();
        if (a == Long.MIN_VALUE && b == -1) throw overflow();
        return a / b;
    }

    public static long divU(long a, long b) {
        if (b == 0) throw divideByZero();
        return Long.divideUnsigned(a, b);
    }

    public static long remS(long a, long b) {
        if (b == 0) throw divideByZero();
        return a % b;
    }

    public static long remU(long a, long b) {
        if (b == 0) throw divideByZero();
        return Long.remainderUnsigned(a, b);
    }

    static TrapException divideByZero() { return new TrapException("integer divide by zero"); }

    static TrapException overflow() { return new TrapException("integer overflow"); }
}
