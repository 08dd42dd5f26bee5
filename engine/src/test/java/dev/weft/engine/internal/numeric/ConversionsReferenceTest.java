package dev.weft.engine.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.engine.TrapException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks the conversions against exact arithmetic ({@link BigDecimal}, whose float/double
 * conversions round correctly) on seeded random inputs concentrated near rounding and range
 * boundaries.
 */
class ConversionsReferenceTest {

    private static final int ROUNDS = 20_000;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    @Test
    void integerToFloatConversionsRoundExactlyOnce() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < ROUNDS; i++) {
            long x = nearTie(random);
            BigDecimal signed = new BigDecimal(x);
            BigDecimal unsigned = new BigDecimal(new BigInteger(Long.toUnsignedString(x)));
            assertEquals(signed.floatValue(), Conversions.f32ConvertI64S(x), () -> "i64->f32 " + Long.toHexString(x));
            assertEquals(unsigned.floatValue(), Conversions.f32ConvertI64U(x), () -> "u64->f32 " + Long.toHexString(x));
            assertEquals(signed.doubleValue(), Conversions.f64ConvertI64S(x), () -> "i64->f64 " + Long.toHexString(x));
            assertEquals(unsigned.doubleValue(), Conversions.f64ConvertI64U(x), () -> "u64->f64 " + Long.toHexString(x));
            int y = (int) x;
            assertEquals(new BigDecimal(Integer.toUnsignedLong(y)).floatValue(), Conversions.f32ConvertI32U(y));
            assertEquals(new BigDecimal(y).floatValue(), Conversions.f32ConvertI32S(y));
        }
    }

    @Test
    void truncationsAgreeWithExactTruncationAndRange() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < ROUNDS; i++) {
            double d = nearBoundary(random);
            float f = (float) d;
            checkTrunc(d, 32, true, () -> Conversions.i32TruncF64S(d), Conversions.i32TruncSatF64S(d));
            checkTrunc(d, 32, false, () -> Conversions.i32TruncF64U(d), Conversions.i32TruncSatF64U(d));
            checkTrunc(d, 64, true, () -> Conversions.i64TruncF64S(d), Conversions.i64TruncSatF64S(d));
            checkTrunc(d, 64, false, () -> Conversions.i64TruncF64U(d), Conversions.i64TruncSatF64U(d));
            checkTrunc(f, 32, true, () -> Conversions.i32TruncF32S(f), Conversions.i32TruncSatF32S(f));
            checkTrunc(f, 32, false, () -> Conversions.i32TruncF32U(f), Conversions.i32TruncSatF32U(f));
            checkTrunc(f, 64, true, () -> Conversions.i64TruncF32S(f), Conversions.i64TruncSatF32S(f));
            checkTrunc(f, 64, false, () -> Conversions.i64TruncF32U(f), Conversions.i64TruncSatF32U(f));
        }
    }

    private static void checkTrunc(double x, int bits, boolean signed, java.util.function.LongSupplier trapping, long saturating) {
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = (signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits)).subtract(BigInteger.ONE);
        String what = (signed ? "s" : "u") + bits + " " + x;
        long mask = bits == 64 ? -1L : 0xFFFF_FFFFL;
        if (Double.isNaN(x)) {
            assertEquals("invalid conversion to integer", trapReason(trapping), what);
            assertEquals(0, saturating, what);
            return;
        }
        BigInteger t = Double.isInfinite(x) ? (x > 0 ? max.add(BigInteger.ONE) : min.subtract(BigInteger.ONE))
                : new BigDecimal(x).setScale(0, RoundingMode.DOWN).toBigInteger();
        BigInteger clamped = t.max(min).min(max);
        long expected = clamped.mod(TWO_64).longValue() & mask;
        assertEquals(expected, saturating & mask, "sat " + what);
        if (t.equals(clamped)) assertEquals(expected, trapping.getAsLong() & mask, what);
        else assertEquals("integer overflow", trapReason(trapping), what);
    }

    private static String trapReason(java.util.function.LongSupplier op) {
        try {
            op.getAsLong();
            return "no trap";
        } catch (TrapException e) {
            return e.reason();
        }
    }

    /** Integers whose low bits sit at or around a float/double rounding position. */
    private static long nearTie(SplittableRandom random) {
        int top = 1 + random.nextInt(64);
        long x = top == 64 ? random.nextLong() : random.nextLong() & ((1L << top) - 1);
        int cut = random.nextInt(Math.max(1, top));
        long low = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 1L << cut;                        // exactly a power-of-two step
            case 2 -> (1L << cut) - 1;                  // all ones below it
            default -> (1L << cut) + 1;
        };
        x = (x & -(1L << cut) << 1) | low;
        return random.nextBoolean() ? x : -x;
    }

    /** Doubles at and around the i32/u32/i64/u64 range limits, small values, NaNs and infinities. */
    private static double nearBoundary(SplittableRandom random) {
        double[] limits = {0x1p31, -0x1p31, 0x1p32, 0x1p63, -0x1p63, 0x1p64, 0, 1, -1, 0.5, -0.5};
        return switch (random.nextInt(6)) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0}[random.nextInt(4)];
            default -> {
                double limit = limits[random.nextInt(limits.length)];
                int steps = random.nextInt(-3, 4);
                double x = limit;
                for (int i = 0; i < Math.abs(steps); i++) x = steps > 0 ? Math.nextUp(x) : Math.nextDown(x);
                yield random.nextInt(3) == 0 ? x + random.nextDouble(-2, 2) : x;
            }
        };
    }
}
