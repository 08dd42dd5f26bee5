package dev.weft.engine.internal.numeric;

import static dev.weft.engine.internal.numeric.SimdTesting.lane;
import static dev.weft.engine.internal.numeric.SimdTesting.lanes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the SWAR/lane-loop integer SIMD operations with a naive one-lane-at-a-time reference
 * on seeded random vectors biased towards lane edge values (0, ±1, min, max).
 */
class SimdIntegerLanesTest {

    private static final int ROUNDS = 400;

    private static final String[] BINARY = {"add", "sub", "mul", "add_sat_s", "add_sat_u", "sub_sat_s", "sub_sat_u",
        "min_s", "min_u", "max_s", "max_u", "avgr_u", "eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u",
        "ge_s", "ge_u", "q15mulr_sat_s"};

    @TestFactory
    Stream<DynamicTest> binaryOperationsMatchTheLaneReference() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int bits : new int[] {8, 16, 32, 64}) {
            for (String op : BINARY) {
                String name = shape(bits) + "." + op;
                if (Op_exists(name)) tests.add(DynamicTest.dynamicTest(name, () -> checkBinary(name, op, bits)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> unaryShiftAndTestOperationsMatchTheLaneReference() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int bits : new int[] {8, 16, 32, 64}) {
            String shape = shape(bits);
            for (String op : new String[] {"abs", "neg", "popcnt"}) {
                String name = shape + "." + op;
                if (Op_exists(name)) tests.add(DynamicTest.dynamicTest(name, () -> checkUnary(name, op, bits)));
            }
            for (String op : new String[] {"shl", "shr_s", "shr_u"}) {
                tests.add(DynamicTest.dynamicTest(shape + "." + op, () -> checkShift(shape + "." + op, op, bits)));
            }
            tests.add(DynamicTest.dynamicTest(shape + ".all_true/bitmask", () -> checkTests(shape, bits)));
        }
        return tests.stream();
    }

    private static void checkBinary(String name, String op, int bits) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int round = 0; round < ROUNDS; round++) {
            long[] a = randomVector(random, bits), b = randomVector(random, bits);
            long[] expected = new long[128 / bits];
            for (int i = 0; i < expected.length; i++) expected[i] = binary(op, bits, lane(a, bits, i), lane(b, bits, i));
            assertVector(lanes(bits, expected), SimdTesting.run(name, a, b), name, a, b);
        }
    }

    private static void checkUnary(String name, String op, int bits) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int round = 0; round < ROUNDS; round++) {
            long[] a = randomVector(random, bits);
            long[] expected = new long[128 / bits];
            for (int i = 0; i < expected.length; i++) {
                long x = lane(a, bits, i);
                expected[i] = switch (op) {
                    case "abs" -> Math.abs(x);
                    case "neg" -> -x;
                    default -> Long.bitCount(x & 0xFF);
                };
            }
            assertVector(lanes(bits, expected), SimdTesting.run(name, a), name, a, a);
        }
    }

    private static void checkShift(String name, String op, int bits) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int round = 0; round < ROUNDS; round++) {
            long[] a = randomVector(random, bits);
            int count = round < 140 ? round - 70 : random.nextInt();
            int n = count & (bits - 1);
            long[] expected = new long[128 / bits];
            for (int i = 0; i < expected.length; i++) {
                long x = lane(a, bits, i);
                expected[i] = switch (op) {
                    case "shl" -> x << n;
                    case "shr_s" -> x >> n;
                    default -> unsigned(x, bits) >>> n;
                };
            }
            assertVector(lanes(bits, expected), SimdTesting.shift(name, a, count), name + " by " + count, a, a);
        }
    }

    private static void checkTests(String shape, int bits) {
        SplittableRandom random = new SplittableRandom(shape.hashCode());
        for (int round = 0; round < ROUNDS; round++) {
            long[] a = randomVector(random, bits);
            if (round % 3 == 0) { // make every lane non-zero a third of the time
                long[] ones = new long[128 / bits];
                java.util.Arrays.fill(ones, 1);
                a = SimdTesting.run("v128.or", a, lanes(bits, ones));
            }
            long allTrue = 1, bitmask = 0;
            for (int i = 0; i < 128 / bits; i++) {
                long x = lane(a, bits, i);
                if (x == 0) allTrue = 0;
                if (x < 0) bitmask |= 1L << i;
            }
            assertEquals(allTrue, SimdTesting.runToScalar(shape + ".all_true", a), shape + ".all_true");
            assertEquals(bitmask, SimdTesting.runToScalar(shape + ".bitmask", a), shape + ".bitmask");
        }
    }

    /** One lane of a binary operation; operands are sign-extended lane values. */
    private static long binary(String op, int bits, long x, long y) {
        long ux = unsigned(x, bits), uy = unsigned(y, bits);
        long min = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
        long max = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
        long umax = bits == 64 ? -1L : (1L << bits) - 1;
        return switch (op) {
            case "add" -> x + y;
            case "sub" -> x - y;
            case "mul" -> x * y;
            case "add_sat_s" -> Math.clamp(x + y, min, max);
            case "add_sat_u" -> Math.min(ux + uy, umax);
            case "sub_sat_s" -> Math.clamp(x - y, min, max);
            case "sub_sat_u" -> Math.max(ux - uy, 0);
            case "min_s" -> Math.min(x, y);
            case "min_u" -> Long.compareUnsigned(ux, uy) < 0 ? x : y;
            case "max_s" -> Math.max(x, y);
            case "max_u" -> Long.compareUnsigned(ux, uy) > 0 ? x : y;
            case "avgr_u" -> (ux + uy + 1) >>> 1;
            case "eq" -> x == y ? -1 : 0;
            case "ne" -> x != y ? -1 : 0;
            case "lt_s" -> x < y ? -1 : 0;
            case "lt_u" -> Long.compareUnsigned(ux, uy) < 0 ? -1 : 0;
            case "gt_s" -> x > y ? -1 : 0;
            case "gt_u" -> Long.compareUnsigned(ux, uy) > 0 ? -1 : 0;
            case "le_s" -> x <= y ? -1 : 0;
            case "le_u" -> Long.compareUnsigned(ux, uy) <= 0 ? -1 : 0;
            case "ge_s" -> x >= y ? -1 : 0;
            case "ge_u" -> Long.compareUnsigned(ux, uy) >= 0 ? -1 : 0;
            case "q15mulr_sat_s" -> Math.clamp((x * y + 0x4000) >> 15, min, max);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static long unsigned(long x, int bits) { return bits == 64 ? x : x & ((1L << bits) - 1); }

    private static long[] randomVector(SplittableRandom random, int bits) {
        long[] l = new long[128 / bits];
        long min = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
        long max = bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
        long[] edges = {0, 1, -1, min, max, min + 1, max - 1, 2, -2};
        for (int i = 0; i < l.length; i++) l[i] = random.nextInt(3) == 0 ? edges[random.nextInt(edges.length)] : random.nextLong();
        return lanes(bits, l);
    }

    private static void assertVector(long[] expected, long[] actual, String what, long[] a, long[] b) {
        if (expected[0] != actual[0] || expected[1] != actual[1]) {
            throw new AssertionError(String.format("%s(%016x_%016x, %016x_%016x): expected %016x_%016x, got %016x_%016x",
                    what, a[1], a[0], b[1], b[0], expected[1], expected[0], actual[1], actual[0]));
        }
    }

    private static String shape(int bits) { return "i" + bits + "x" + (128 / bits); }

    private static boolean Op_exists(String name) { return dev.weft.engine.internal.decode.Op.byName(name) >= 0; }
}
