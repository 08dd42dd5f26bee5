package dev.weft.engine.internal.numeric;

import static dev.weft.engine.internal.numeric.FloatOpsTest.bits;
import static dev.weft.engine.internal.numeric.FloatOpsTest.d;
import static dev.weft.engine.internal.numeric.FloatOpsTest.f;
import static dev.weft.engine.internal.numeric.IntOpsTest.hex32;
import static dev.weft.engine.internal.numeric.IntOpsTest.hex64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.TrapException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversionsTest {

    @Test
    void truncationAcceptsTheLastValuesInsideTheRange() {
        assertEquals(2147483520, Conversions.i32TruncF32S(f("0x4effffff")));       // largest f32 < 2^31
        assertEquals(Integer.MIN_VALUE, Conversions.i32TruncF32S(-0x1p31f));
        assertEquals(-1, Conversions.i32TruncF32U(f("0x4f7fffff")) | 0xff);         // 0xffffff00
        assertEquals(0, Conversions.i32TruncF32U(-0.99999994f));                   // truncates to -0
        assertEquals(Integer.MIN_VALUE, Conversions.i32TruncF64S(-2147483648.9));
        assertEquals(Integer.MAX_VALUE, Conversions.i32TruncF64S(2147483647.9));
        assertEquals(-1, Conversions.i32TruncF64U(4294967295.9));
        assertEquals(0, Conversions.i32TruncF64U(-0.9));
        assertEquals(Long.MIN_VALUE, Conversions.i64TruncF32S(-0x1p63f));
        assertEquals(hex64("0x7fffff8000000000"), Conversions.i64TruncF32S(f("0x5effffff")));
        assertEquals(hex64("0xffffff0000000000"), Conversions.i64TruncF32U(f("0x5f7fffff")));
        assertEquals(hex64("0x8000000000000000"), Conversions.i64TruncF32U(0x1p63f));
        assertEquals(hex64("0x7ffffffffffffc00"), Conversions.i64TruncF64S(d("0x43dfffffffffffff")));
        assertEquals(hex64("0xfffffffffffff800"), Conversions.i64TruncF64U(d("0x43efffffffffffff")));
        assertEquals(0L, Conversions.i64TruncF64U(-0.9));
    }

    @Test
    void truncationOutsideTheRangeTrapsWithIntegerOverflow() {
        for (Executable e : new Executable[] {
                () -> Conversions.i32TruncF32S(0x1p31f), () -> Conversions.i32TruncF32S(f("0xcf000001")),
                () -> Conversions.i32TruncF32U(0x1p32f), () -> Conversions.i32TruncF32U(-1f),
                () -> Conversions.i32TruncF64S(2147483648.0), () -> Conversions.i32TruncF64S(-2147483649.0),
                () -> Conversions.i32TruncF64U(4294967296.0), () -> Conversions.i32TruncF64U(-1.0),
                () -> Conversions.i64TruncF32S(0x1p63f), () -> Conversions.i64TruncF32U(0x1p64f),
                () -> Conversions.i64TruncF64S(0x1p63), () -> Conversions.i64TruncF64S(d("0xc3e0000000000001")),
                () -> Conversions.i64TruncF64U(0x1p64), () -> Conversions.i64TruncF64U(-1.0),
                () -> Conversions.i32TruncF32S(Float.NEGATIVE_INFINITY), () -> Conversions.i64TruncF64U(Double.POSITIVE_INFINITY)}) {
            assertEquals("integer overflow", assertThrows(TrapException.class, e).reason());
        }
    }

    @Test
    void truncationOfNanTrapsWithInvalidConversion() {
        float fNan = f("0x7fa00000");
        double dNan = d("0xfff8000000000000");
        for (Executable e : new Executable[] {
                () -> Conversions.i32TruncF32S(fNan), () -> Conversions.i32TruncF32U(fNan),
                () -> Conversions.i64TruncF32S(fNan), () -> Conversions.i64TruncF32U(fNan),
                () -> Conversions.i32TruncF64S(dNan), () -> Conversions.i32TruncF64U(dNan),
                () -> Conversions.i64TruncF64S(dNan), () -> Conversions.i64TruncF64U(dNan)}) {
            assertEquals("invalid conversion to integer", assertThrows(TrapException.class, e).reason());
        }
    }

    @ParameterizedTest(name = "trunc_sat {0}")
    @CsvSource({
        // f64 bits, i32 s, i32 u, i64 s, i64 u
        "0x7ff8000000000000, 0x00000000, 0x00000000, 0x0000000000000000, 0x0000000000000000",
        "0x7ff0000000000000, 0x7fffffff, 0xffffffff, 0x7fffffffffffffff, 0xffffffffffffffff",
        "0xfff0000000000000, 0x80000000, 0x00000000, 0x8000000000000000, 0x0000000000000000",
        "0xbff0000000000000, 0xffffffff, 0x00000000, 0xffffffffffffffff, 0x0000000000000000",
        "0x41f0000000000000, 0x7fffffff, 0xffffffff, 0x0000000100000000, 0x0000000100000000",  // 2^32
        "0x43e0000000000000, 0x7fffffff, 0xffffffff, 0x7fffffffffffffff, 0x8000000000000000",  // 2^63
        "0x43efffffffffffff, 0x7fffffff, 0xffffffff, 0x7fffffffffffffff, 0xfffffffffffff800",
        "0x8000000000000000, 0x00000000, 0x00000000, 0x0000000000000000, 0x0000000000000000",
    })
    void saturatingTruncationClampsAndMapsNanToZero(String x, String i32s, String i32u, String i64s, String i64u) {
        double v = d(x);
        assertEquals(hex32(i32s), Conversions.i32TruncSatF64S(v));
        assertEquals(hex32(i32u), Conversions.i32TruncSatF64U(v));
        assertEquals(hex64(i64s), Conversions.i64TruncSatF64S(v));
        assertEquals(hex64(i64u), Conversions.i64TruncSatF64U(v));
        float narrow = (float) v;
        if (narrow == v || v != v) { // the same value as an f32 must give the same results
            assertEquals(hex32(i32s), Conversions.i32TruncSatF32S(narrow));
            assertEquals(hex32(i32u), Conversions.i32TruncSatF32U(narrow));
            assertEquals(hex64(i64s), Conversions.i64TruncSatF32S(narrow));
            assertEquals(hex64(i64u), Conversions.i64TruncSatF32U(narrow));
        }
    }

    @ParameterizedTest(name = "u32 {0} -> f32")
    @CsvSource({
        "0x7fffff80, 0x4effffff",   // 2^31 - 128: exact
        "0x7fffffc0, 0x4f000000",   // tie, rounds to even (up)
        "0xffffff7f, 0x4f7fffff",
        "0xffffff80, 0x4f800000",   // tie between 0xffffff00 and 2^32, even is 2^32
        "0xffffffff, 0x4f800000",
        "0x80000081, 0x4f000001",
        "0x00000000, 0x00000000",
    })
    void unsignedI32ToF32RoundsToNearestEven(String x, String expected) {
        assertEquals(hex32(expected), bits(Conversions.f32ConvertI32U(hex32(x))));
    }

    @ParameterizedTest(name = "i64 {0} -> f32")
    @CsvSource({
        // x, f32 from signed, f32 from unsigned
        "0x0020000020000001, 0x5a000001, 0x5a000001",   // double rounding via f64 would give 0x5a000000
        "0x8000008000000001, 0xdeffffff, 0x5f000001",   // u64 just above a tie must round up
        "0x8000008000000000, 0xdeffffff, 0x5f000000",   // exact tie rounds to even
        "0xffffffffffffffff, 0xbf800000, 0x5f800000",
        "0x7fffffffffffffff, 0x5f000000, 0x5f000000",
        "0xfffffe8000000001, 0xd3c00000, 0x5f7fffff",
    })
    void i64ToF32RoundsOnce(String x, String signed, String unsigned) {
        long v = hex64(x);
        assertEquals(hex32(signed), bits(Conversions.f32ConvertI64S(v)));
        assertEquals(hex32(unsigned), bits(Conversions.f32ConvertI64U(v)));
    }

    @ParameterizedTest(name = "i64 {0} -> f64")
    @CsvSource({
        "0x0020000000000001, 0x4340000000000000, 0x4340000000000000",   // 2^53 + 1 ties to even
        "0x0020000000000003, 0x4340000000000002, 0x4340000000000002",
        "0x8000000000000401, 0xc3dfffffffffffff, 0x43e0000000000001",
        "0xfffffffffffff401, 0xc0a7fe0000000000, 0x43efffffffffffff",   // 2^64 - 3071: nearer 2^64 - 2048
        "0xffffffffffffffff, 0xbff0000000000000, 0x43f0000000000000",
    })
    void i64ToF64RoundsToNearestEven(String x, String signed, String unsigned) {
        long v = hex64(x);
        assertEquals(hex64(signed), bits(Conversions.f64ConvertI64S(v)));
        assertEquals(hex64(unsigned), bits(Conversions.f64ConvertI64U(v)));
    }

    @Test
    void unsignedI32ToF64IsExact() {
        assertEquals(4294967295.0, Conversions.f64ConvertI32U(-1));
        assertEquals(2147483648.0, Conversions.f64ConvertI32U(Integer.MIN_VALUE));
    }

    @ParameterizedTest(name = "demote {0}")
    @CsvSource({
        "0x7ff8000000000000, 0x7fc00000",   // canonical stays canonical
        "0xfff8000000000000, 0xffc00000",
        "0x7ff4000000000000, 0x7fe00000",   // signalling becomes quiet, top payload bits kept
        "0x7ff0000000000001, 0x7fc00000",   // low payload bits are lost, the result is still NaN
        "0x47efffffe0000000, 0x7f7fffff",   // largest f32 after rounding down
        "0x47effffff0000000, 0x7f800000",   // halfway to the next power overflows to inf
        "0x36a0000000000000, 0x00000001",   // 2^-149
        "0x3690000000000000, 0x00000000",   // 2^-150 ties to even zero
        "0xb690000000000001, 0x80000001",
    })
    void demoteRoundsAndKeepsNansNan(String x, String expected) {
        assertEquals(hex32(expected), bits(Conversions.f32DemoteF64(d(x))));
    }

    @ParameterizedTest(name = "promote {0}")
    @CsvSource({
        "0x7fc00000, 0x7ff8000000000000",
        "0xffc00000, 0xfff8000000000000",
        "0x7fa00000, 0x7ffc000000000000",
        "0x7f800001, 0x7ff8000020000000",
        "0x00000001, 0x36a0000000000000",
        "0x80000000, 0x8000000000000000",
    })
    void promoteIsExactAndQuietsNans(String x, String expected) {
        assertEquals(hex64(expected), bits(Conversions.f64PromoteF32(f(x))));
    }
}
