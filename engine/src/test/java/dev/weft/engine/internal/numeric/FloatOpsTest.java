package dev.weft.engine.internal.numeric;

import static dev.weft.engine.internal.numeric.IntOpsTest.hex32;
import static dev.weft.engine.internal.numeric.IntOpsTest.hex64;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Float semantics on raw bit patterns (hex), so NaN payloads and zero signs are checked exactly. */
class FloatOpsTest {

    @ParameterizedTest(name = "min/max({0}, {1})")
    @CsvSource({
        // a, b, min, max
        "0x00000000, 0x80000000, 0x80000000, 0x00000000",   // +0 vs -0
        "0x80000000, 0x00000000, 0x80000000, 0x00000000",
        "0x3f800000, 0xbf800000, 0xbf800000, 0x3f800000",   // 1, -1
        "0x7f800000, 0xff800000, 0xff800000, 0x7f800000",   // inf, -inf
        "0x7fc00000, 0x3f800000, 0x7fc00000, 0x7fc00000",   // canonical NaN stays canonical
        "0x3f800000, 0xffc00000, 0xffc00000, 0xffc00000",
        "0x7fa00001, 0x3f800000, 0x7fe00001, 0x7fe00001",   // signalling NaN comes back quiet, payload kept
        "0x3f800000, 0x7f800001, 0x7fc00001, 0x7fc00001",
    })
    void f32MinMaxOrderZerosAndPropagateQuietedNans(String a, String b, String min, String max) {
        float x = f(a), y = f(b);
        assertEquals(hex32(min), bits(FloatOps.min(x, y)));
        assertEquals(hex32(max), bits(FloatOps.max(x, y)));
    }

    @ParameterizedTest(name = "min/max({0}, {1})")
    @CsvSource({
        "0x0000000000000000, 0x8000000000000000, 0x8000000000000000, 0x0000000000000000",
        "0x7ff8000000000000, 0x3ff0000000000000, 0x7ff8000000000000, 0x7ff8000000000000",
        "0x3ff0000000000000, 0x7ff0000000000001, 0x7ff8000000000001, 0x7ff8000000000001",
        "0xfff4000000000000, 0x0000000000000000, 0xfffc000000000000, 0xfffc000000000000",
        "0x0000000000000001, 0x8000000000000001, 0x8000000000000001, 0x0000000000000001",
    })
    void f64MinMax(String a, String b, String min, String max) {
        double x = d(a), y = d(b);
        assertEquals(hex64(min), bits(FloatOps.min(x, y)));
        assertEquals(hex64(max), bits(FloatOps.max(x, y)));
    }

    @ParameterizedTest(name = "rounding {0}")
    @CsvSource({
        // x, ceil, floor, trunc, nearest (f32 bits)
        "0x3f000000, 0x3f800000, 0x00000000, 0x00000000, 0x00000000",   // 0.5: nearest ties to even 0
        "0xbf000000, 0x80000000, 0xbf800000, 0x80000000, 0x80000000",   // -0.5: zeros keep the sign
        "0x3fc00000, 0x40000000, 0x3f800000, 0x3f800000, 0x40000000",   // 1.5 -> 2
        "0x40200000, 0x40400000, 0x40000000, 0x40000000, 0x40000000",   // 2.5 -> 2
        "0xbfc00000, 0xbf800000, 0xc0000000, 0xbf800000, 0xc0000000",   // -1.5
        "0x80000000, 0x80000000, 0x80000000, 0x80000000, 0x80000000",
        "0x00000001, 0x3f800000, 0x00000000, 0x00000000, 0x00000000",   // smallest subnormal
        "0x4b000001, 0x4b000001, 0x4b000001, 0x4b000001, 0x4b000001",   // 2^23 + 1 is integral
        "0x4affffff, 0x4b000000, 0x4afffffe, 0x4afffffe, 0x4b000000",   // 2^23 - 0.5
        "0xff800000, 0xff800000, 0xff800000, 0xff800000, 0xff800000",
        "0x7fa00000, 0x7fe00000, 0x7fe00000, 0x7fe00000, 0x7fe00000",   // signalling NaN quieted
        "0xffc00000, 0xffc00000, 0xffc00000, 0xffc00000, 0xffc00000",
    })
    void f32Rounding(String x, String ceil, String floor, String trunc, String nearest) {
        float v = f(x);
        assertEquals(hex32(ceil), bits(FloatOps.ceil(v)), "ceil");
        assertEquals(hex32(floor), bits(FloatOps.floor(v)), "floor");
        assertEquals(hex32(trunc), bits(FloatOps.trunc(v)), "trunc");
        assertEquals(hex32(nearest), bits(FloatOps.nearest(v)), "nearest");
    }

    @ParameterizedTest(name = "rounding {0}")
    @CsvSource({
        "0x3fe0000000000000, 0x3ff0000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000",
        "0xbfe0000000000000, 0x8000000000000000, 0xbff0000000000000, 0x8000000000000000, 0x8000000000000000",
        "0x4004000000000000, 0x4008000000000000, 0x4000000000000000, 0x4000000000000000, 0x4000000000000000",
        "0x4330000000000001, 0x4330000000000001, 0x4330000000000001, 0x4330000000000001, 0x4330000000000001",
        "0x432fffffffffffff, 0x4330000000000000, 0x432ffffffffffffe, 0x432ffffffffffffe, 0x4330000000000000",
        "0x7ff4000000000000, 0x7ffc000000000000, 0x7ffc000000000000, 0x7ffc000000000000, 0x7ffc000000000000",
    })
    void f64Rounding(String x, String ceil, String floor, String trunc, String nearest) {
        double v = d(x);
        assertEquals(hex64(ceil), bits(FloatOps.ceil(v)), "ceil");
        assertEquals(hex64(floor), bits(FloatOps.floor(v)), "floor");
        assertEquals(hex64(trunc), bits(FloatOps.trunc(v)), "trunc");
        assertEquals(hex64(nearest), bits(FloatOps.nearest(v)), "nearest");
    }

    @Test
    void sqrtIsCorrectlyRoundedAndQuietsNans() {
        assertEquals(hex32("0x3fb504f3"), bits(FloatOps.sqrt(2f)));
        assertEquals(hex32("0x80000000"), bits(FloatOps.sqrt(-0f)));
        assertEquals(hex32("0x7fe00000"), bits(FloatOps.sqrt(f("0x7fa00000"))));
        assertEquals(0x7fc00000, bits(FloatOps.sqrt(-1f)) & 0x7fffffff);
        assertEquals(hex64("0x3ff6a09e667f3bcd"), bits(FloatOps.sqrt(2d)));
        assertEquals(hex64("0x7ffc000000000000"), bits(FloatOps.sqrt(d("0x7ff4000000000000"))));
    }

    @Test
    void signOperationsTouchOnlyTheSignBitEvenOfSignallingNans() {
        assertEquals(hex32("0x7fa00001"), FloatOps.f32Abs(hex32("0xffa00001")));
        assertEquals(hex32("0xffa00001"), FloatOps.f32Neg(hex32("0x7fa00001")));
        assertEquals(hex32("0xffa00001"), FloatOps.f32Copysign(hex32("0x7fa00001"), hex32("0x80000000")));
        assertEquals(hex32("0x3f800000"), FloatOps.f32Copysign(hex32("0xbf800000"), hex32("0x7fc00000")));
        assertEquals(hex64("0x7ff0000000000001"), FloatOps.f64Abs(hex64("0xfff0000000000001")));
        assertEquals(hex64("0x8000000000000000"), FloatOps.f64Neg(0L));
        assertEquals(hex64("0xfff4000000000000"), FloatOps.f64Copysign(hex64("0x7ff4000000000000"), -1L));
    }

    static float f(String hex) { return Float.intBitsToFloat(hex32(hex)); }

    static double d(String hex) { return Double.longBitsToDouble(hex64(hex)); }

    static int bits(float x) { return Float.floatToRawIntBits(x); }

    static long bits(double x) { return Double.doubleToRawLongBits(x); }
}
