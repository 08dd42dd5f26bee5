package dev.weft.engine.internal.numeric;

import static dev.weft.engine.internal.numeric.SimdTesting.lane;
import static dev.weft.engine.internal.numeric.SimdTesting.lanes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every f32x4/f64x2 lane must compute what the scalar operation computes on that lane, bit for bit,
 * except that a NaN result of arithmetic only has to follow the spec's rule (quiet; canonical when
 * no operand is a non-canonical NaN): with two NaN operands, which payload the hardware propagates
 * depends on the operand order the JIT happens to choose. Seeded random vectors rich in special values.
 */
class SimdFloatLanesTest {

    private static final int ROUNDS = 2_000;

    @Test
    void f32x4LanesMatchScalarOperations() {
        binary32("f32x4.add", (a, b) -> f32(f(a) + f(b)));
        binary32("f32x4.sub", (a, b) -> f32(f(a) - f(b)));
        binary32("f32x4.mul", (a, b) -> f32(f(a) * f(b)));
        binary32("f32x4.div", (a, b) -> f32(f(a) / f(b)));
        binary32("f32x4.min", (a, b) -> f32(FloatOps.min(f(a), f(b))));
        binary32("f32x4.max", (a, b) -> f32(FloatOps.max(f(a), f(b))));
        binary32("f32x4.pmin", (a, b) -> f(b) < f(a) ? b : a);
        binary32("f32x4.pmax", (a, b) -> f(a) < f(b) ? b : a);
        binary32("f32x4.eq", (a, b) -> f(a) == f(b) ? -1 : 0);
        binary32("f32x4.ne", (a, b) -> f(a) != f(b) ? -1 : 0);
        binary32("f32x4.lt", (a, b) -> f(a) < f(b) ? -1 : 0);
        binary32("f32x4.gt", (a, b) -> f(a) > f(b) ? -1 : 0);
        binary32("f32x4.le", (a, b) -> f(a) <= f(b) ? -1 : 0);
        binary32("f32x4.ge", (a, b) -> f(a) >= f(b) ? -1 : 0);
        unary32("f32x4.sqrt", a -> f32(FloatOps.sqrt(f(a))));
        unary32("f32x4.ceil", a -> f32(FloatOps.ceil(f(a))));
        unary32("f32x4.floor", a -> f32(FloatOps.floor(f(a))));
        unary32("f32x4.trunc", a -> f32(FloatOps.trunc(f(a))));
        unary32("f32x4.nearest", a -> f32(FloatOps.nearest(f(a))));
        unary32("f32x4.abs", a -> FloatOps.f32Abs((int) a));
        unary32("f32x4.neg", a -> FloatOps.f32Neg((int) a));
        unary32("i32x4.trunc_sat_f32x4_s", a -> Conversions.i32TruncSatF32S(f(a)));
        unary32("i32x4.trunc_sat_f32x4_u", a -> Conversions.i32TruncSatF32U(f(a)));
        unary32("f32x4.convert_i32x4_s", a -> f32(Conversions.f32ConvertI32S((int) a)));
        unary32("f32x4.convert_i32x4_u", a -> f32(Conversions.f32ConvertI32U((int) a)));
    }

    @Test
    void f64x2LanesMatchScalarOperations() {
        binary64("f64x2.add", (a, b) -> a + b);
        binary64("f64x2.sub", (a, b) -> a - b);
        binary64("f64x2.mul", (a, b) -> a * b);
        binary64("f64x2.div", (a, b) -> a / b);
        binary64("f64x2.min", FloatOps::min);
        binary64("f64x2.max", FloatOps::max);
        unary64("f64x2.sqrt", a -> bits(FloatOps.sqrt(d(a))));
        unary64("f64x2.ceil", a -> bits(FloatOps.ceil(d(a))));
        unary64("f64x2.floor", a -> bits(FloatOps.floor(d(a))));
        unary64("f64x2.trunc", a -> bits(FloatOps.trunc(d(a))));
        unary64("f64x2.nearest", a -> bits(FloatOps.nearest(d(a))));
        unary64("f64x2.abs", FloatOps::f64Abs);
        unary64("f64x2.neg", FloatOps::f64Neg);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < ROUNDS; i++) {
            long[] a = vector64(random), b = vector64(random);
            assertArrayEquals(lanes(64, d(a[0]) < d(b[0]) ? b[0] : a[0], d(a[1]) < d(b[1]) ? b[1] : a[1]),
                    SimdTesting.run("f64x2.pmax", a, b));
            assertArrayEquals(lanes(64, d(a[0]) <= d(b[0]) ? -1 : 0, d(a[1]) <= d(b[1]) ? -1 : 0),
                    SimdTesting.run("f64x2.le", a, b));
            assertArrayEquals(lanes(32, Conversions.i32TruncSatF64U(d(a[0])), Conversions.i32TruncSatF64U(d(a[1])), 0, 0),
                    SimdTesting.run("i32x4.trunc_sat_f64x2_u_zero", a));
            assertArrayEquals(lanes(32, f32(Conversions.f32DemoteF64(d(a[0]))), f32(Conversions.f32DemoteF64(d(a[1]))), 0, 0),
                    SimdTesting.run("f32x4.demote_f64x2_zero", a));
            long[] v = vector32(random);
            assertArrayEquals(lanes(64, bits(Conversions.f64PromoteF32(f(lane(v, 32, 0)))), bits(Conversions.f64PromoteF32(f(lane(v, 32, 1))))),
                    SimdTesting.run("f64x2.promote_low_f32x4", v));
            assertArrayEquals(lanes(64, bits(Conversions.f64ConvertI32U((int) lane(v, 32, 0))), bits(Conversions.f64ConvertI32U((int) lane(v, 32, 1)))),
                    SimdTesting.run("f64x2.convert_low_i32x4_u", v));
        }
    }

    private static void binary32(String name, LongBinaryOperator lane) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int i = 0; i < ROUNDS; i++) {
            long[] a = vector32(random), b = vector32(random);
            long[] actual = SimdTesting.run(name, a, b);
            for (int l = 0; l < 4; l++) {
                long x = lane(a, 32, l), y = lane(b, 32, l);
                assertLane32(lane.applyAsLong(x, y), lane(actual, 32, l), name, x, y);
            }
        }
    }

    private static void unary32(String name, LongUnaryOperator lane) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int i = 0; i < ROUNDS; i++) {
            long[] a = vector32(random);
            long[] actual = SimdTesting.run(name, a);
            for (int l = 0; l < 4; l++) {
                long x = lane(a, 32, l);
                assertLane32(lane.applyAsLong(x), lane(actual, 32, l), name, x, x);
            }
        }
    }

    private static void binary64(String name, DoubleBinaryOperator lane) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int i = 0; i < ROUNDS; i++) {
            long[] a = vector64(random), b = vector64(random);
            long[] actual = SimdTesting.run(name, a, b);
            for (int l = 0; l < 2; l++) assertLane64(bits(lane.applyAsDouble(d(a[l]), d(b[l]))), actual[l], name, a[l], b[l]);
        }
    }

    private static void unary64(String name, LongUnaryOperator lane) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int i = 0; i < ROUNDS; i++) {
            long[] a = vector64(random);
            long[] actual = SimdTesting.run(name, a);
            for (int l = 0; l < 2; l++) assertLane64(lane.applyAsLong(a[l]), actual[l], name, a[l], a[l]);
        }
    }

    /** Lanes of shape i32 (masks, conversions) or non-NaN results compare exactly. */
    private static void assertLane32(long expected, long actual, String name, long x, long y) {
        int e = (int) expected, r = (int) actual;
        if (e == r) return;
        boolean nan = (e & 0x7fff_ffff) > 0x7f80_0000 && name.startsWith("f32x4");
        boolean canonicalRequired = !nonCanonical32(x) && !nonCanonical32(y);
        boolean ok = nan && (r & 0x7fc0_0000) == 0x7fc0_0000 && (!canonicalRequired || (r & 0x7fff_ffff) == 0x7fc0_0000);
        if (!ok) throw new AssertionError(String.format("%s(%08x, %08x): expected %08x, got %08x", name, x, y, e, r));
    }

    private static void assertLane64(long expected, long actual, String name, long x, long y) {
        if (expected == actual) return;
        boolean nan = (expected & Long.MAX_VALUE) > 0x7ff0_0000_0000_0000L;
        boolean canonicalRequired = !nonCanonical64(x) && !nonCanonical64(y);
        long quiet = 0x7ff8_0000_0000_0000L;
        boolean ok = nan && (actual & quiet) == quiet && (!canonicalRequired || (actual & Long.MAX_VALUE) == quiet);
        if (!ok) throw new AssertionError(String.format("%s(%016x, %016x): expected %016x, got %016x", name, x, y, expected, actual));
    }

    private static boolean nonCanonical32(long bits) {
        int b = (int) bits & 0x7fff_ffff;
        return b > 0x7f80_0000 && b != 0x7fc0_0000;
    }

    private static boolean nonCanonical64(long bits) {
        long b = bits & Long.MAX_VALUE;
        return b > 0x7ff0_0000_0000_0000L && b != 0x7ff8_0000_0000_0000L;
    }

    private static final int[] SPECIAL32 = {0, 0x8000_0000, 0x7f80_0000, 0xff80_0000, 0x7fc0_0000, 0xffc0_0000,
        0x7fa0_0001, 0xff80_0001, 0x3f80_0000, 0xbf00_0000, 0x4f00_0000, 0xcf00_0000, 0x4f80_0000, 0x0000_0001};
    private static final long[] SPECIAL64 = {0, Long.MIN_VALUE, 0x7ff0_0000_0000_0000L, 0xfff0_0000_0000_0000L,
        0x7ff8_0000_0000_0000L, 0x7ff4_0000_0000_0001L, 0xfff0_0000_0000_0001L, 0x3ff0_0000_0000_0000L,
        0xbfe0_0000_0000_0000L, 0x41e0_0000_0000_0000L, 0x41f0_0000_0000_0000L, 1L};

    private static long[] vector32(SplittableRandom random) {
        long[] l = new long[4];
        for (int i = 0; i < 4; i++) {
            l[i] = switch (random.nextInt(3)) {
                case 0 -> SPECIAL32[random.nextInt(SPECIAL32.length)];
                case 1 -> Float.floatToRawIntBits((float) random.nextDouble(-10, 10));
                default -> random.nextInt();
            };
        }
        return lanes(32, l);
    }

    private static long[] vector64(SplittableRandom random) {
        long[] l = new long[2];
        for (int i = 0; i < 2; i++) {
            l[i] = switch (random.nextInt(3)) {
                case 0 -> SPECIAL64[random.nextInt(SPECIAL64.length)];
                case 1 -> Double.doubleToRawLongBits(random.nextDouble(-10, 10));
                default -> random.nextLong();
            };
        }
        return lanes(64, l);
    }

    private static float f(long bits) { return Float.intBitsToFloat((int) bits); }

    private static double d(long bits) { return Double.longBitsToDouble(bits); }

    private static long f32(float x) { return Float.floatToRawIntBits(x); }

    private static long bits(double x) { return Double.doubleToRawLongBits(x); }
}
