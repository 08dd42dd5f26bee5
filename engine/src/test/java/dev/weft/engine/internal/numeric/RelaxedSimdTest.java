package dev.weft.engine.internal.numeric;

import static dev.weft.engine.internal.numeric.SimdTesting.f32;
import static dev.weft.engine.internal.numeric.SimdTesting.f64;
import static dev.weft.engine.internal.numeric.SimdTesting.i16;
import static dev.weft.engine.internal.numeric.SimdTesting.i32;
import static dev.weft.engine.internal.numeric.SimdTesting.i64;
import static dev.weft.engine.internal.numeric.SimdTesting.i8;
import static dev.weft.engine.internal.numeric.SimdTesting.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Relaxed SIMD takes the deterministic profile's choice; these pin down which result that is. */
class RelaxedSimdTest {

    @Test
    void maddIsUnfusedSoTheProductIsRoundedFirst() {
        float a = Float.intBitsToFloat(0x3f80_0800);           // 1 + 2^-12; a*a = 1 + 2^-11 + 2^-24
        float c = -Float.intBitsToFloat(0x3f80_1000);          // -(1 + 2^-11)
        assertArrayEquals(f32(0f, 7f, 0f, 0f), run("f32x4.relaxed_madd", f32(a, 2f, a, 0f), f32(a, 3f, a, 0f), f32(c, 1f, c, 0f)));
        assertArrayEquals(f32(0f, -5f, 0f, 0f), run("f32x4.relaxed_nmadd", f32(a, 2f, a, 0f), f32(a, 3f, a, 0f), f32(-c, 1f, -c, 0f)));
        double d = 1 + 0x1p-27;                                 // d*d = 1 + 2^-26 + 2^-54
        assertArrayEquals(f64(0d, 7d), run("f64x2.relaxed_madd", f64(d, 2d), f64(d, 3d), f64(-(1 + 0x1p-26), 1d)));
        assertArrayEquals(f64(0d, -5d), run("f64x2.relaxed_nmadd", f64(d, 2d), f64(d, 3d), f64(1 + 0x1p-26, 1d)));
    }

    @Test
    void minMaxBehaveLikeMinMax() {
        long[] a = i32(0x7fa0_0000, 0x0000_0000, 0x3f80_0000, 0x8000_0000);
        long[] b = i32(0x3f80_0000, 0x8000_0000, 0x7fc0_0000, 0x0000_0000);
        assertArrayEquals(i32(0x7fe0_0000, 0x8000_0000, 0x7fc0_0000, 0x8000_0000), run("f32x4.relaxed_min", a, b));
        assertArrayEquals(i32(0x7fe0_0000, 0x0000_0000, 0x7fc0_0000, 0x0000_0000), run("f32x4.relaxed_max", a, b));
        assertArrayEquals(i64(0x8000_0000_0000_0000L, 0x7ff8_0000_0000_0000L),
                run("f64x2.relaxed_min", i64(0, 0x7ff8_0000_0000_0000L), i64(0x8000_0000_0000_0000L, 0)));
        assertArrayEquals(i64(0, 0x7ffc_0000_0000_0000L),
                run("f64x2.relaxed_max", i64(0, 0x7ff4_0000_0000_0000L), i64(0x8000_0000_0000_0000L, 0)));
    }

    @Test
    void truncSaturatesAndMapsNanToZero() {
        assertArrayEquals(i32(0, Integer.MAX_VALUE, Integer.MIN_VALUE, -1),
                run("i32x4.relaxed_trunc_f32x4_s", f32(Float.NaN, 3e9f, -3e9f, -1.5f)));
        assertArrayEquals(i32(0, -1, 0, 1), run("i32x4.relaxed_trunc_f32x4_u", f32(Float.NaN, 5e9f, -1f, 1.9f)));
        assertArrayEquals(i32(0, Integer.MAX_VALUE, 0, 0), run("i32x4.relaxed_trunc_f64x2_s_zero", f64(Double.NaN, 1e10)));
        assertArrayEquals(i32(-1, 0, 0, 0), run("i32x4.relaxed_trunc_f64x2_u_zero", f64(4294967295.5, -0.5)));
    }

    @Test
    void swizzleGivesZeroForEveryIndexFromSixteen() {
        long[] a = i8(0, 11, 22, 33, 44, 55, 66, 77, 88, 99, 110, 121, 132, 143, 154, 165);
        long[] indices = i8(15, 16, 0x7f, 0x80, 0xff, 1, 17, 31, 8, 0, 0x90, 7, 32, 2, 0x10, 9);
        long[] expected = i8(165, 0, 0, 0, 0, 11, 0, 0, 88, 0, 0, 77, 0, 22, 0, 99);
        assertArrayEquals(expected, run("i8x16.relaxed_swizzle", a, indices));
        assertArrayEquals(expected, run("i8x16.swizzle", a, indices));
    }

    @Test
    void laneselectIsBitselectEvenForMixedMasks() {
        long[] a = i64(0x1111_1111_1111_1111L, -1L);
        long[] b = i64(0x2222_2222_2222_2222L, 0L);
        long[] mask = i64(0x00ff_0f0f_8000_7fffL, 0x0123_4567_89ab_cdefL);
        long[] expected = i64(0x2211_2121_2222_1111L & 0x22ff_2f2f_a222_7fffL | 0x0011_0101_0000_1111L, 0x0123_4567_89ab_cdefL);
        for (String shape : new String[] {"i8x16", "i16x8", "i32x4", "i64x2"}) {
            long[] r = run(shape + ".relaxed_laneselect", a, b, mask);
            assertArrayEquals(run("v128.bitselect", a, b, mask), r, shape);
            assertArrayEquals(expected, r, shape);
        }
    }

    @Test
    void q15mulrSaturatesTheOverflowingProduct() {
        long[] a = i16(-32768, -32768, 32767, 16384, -1, 1, 0x4000, -0x4000);
        long[] b = i16(-32768, 32767, 32767, 16384, 1, 1, 1, 1);
        long[] expected = i16(32767, -32767, 32766, 8192, 0, 0, 1, 0);
        assertArrayEquals(expected, run("i16x8.relaxed_q15mulr_s", a, b));
        assertArrayEquals(expected, run("i16x8.q15mulr_sat_s", a, b));
    }

    @Test
    void dotTreatsTheSecondOperandAsSignedAndSaturatesPairs() {
        long[] a = i8(-128, -128, -128, -128, 127, 127, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        long[] b = i8(-128, -128, -127, -127, 127, 127, -1, -2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertArrayEquals(i16(32767, 32512, 32258, -5, 25, 61, 113, 181),
                run("i16x8.relaxed_dot_i8x16_i7x16_s", a, b));
        assertArrayEquals(i32(32767 + 32512 + 1, 32258 - 5 + 2, 25 + 61 + 3, 113 + 181 - 4),
                run("i32x4.relaxed_dot_i8x16_i7x16_add_s", a, b, i32(1, 2, 3, -4)));
    }
}
