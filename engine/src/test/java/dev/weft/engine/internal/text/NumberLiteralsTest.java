package dev.weft.engine.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.MalformedModuleException;
import org.junit.jupiter.api.Test;

class NumberLiteralsTest {
    private static SExpr.Atom word(String s) {
        return new SExpr.Atom(SExpr.Kind.WORD, s, null, 1, 1);
    }

    private static String reason(Runnable r) {
        return assertThrows(MalformedModuleException.class, r::run).reason();
    }

    @Test
    void integersAcceptSignedAndUnsignedRangesWithSeparators() {
        assertEquals(-1L, NumberLiterals.intBits(word("0xffff_ffff"), 32) << 32 >> 32);
        assertEquals(Integer.MIN_VALUE, (int) NumberLiterals.intBits(word("-2147483648"), 32));
        assertEquals(1_000_000L, NumberLiterals.intBits(word("+1_000_000"), 32));
        assertEquals(Long.MIN_VALUE, NumberLiterals.intBits(word("-0x8000_0000_0000_0000"), 64));
        assertEquals(-1L, NumberLiterals.intBits(word("18446744073709551615"), 64));
    }

    @Test
    void narrowLaneIntegersAreRangeChecked() {
        assertEquals(255L, NumberLiterals.intBits(word("255"), 8));
        assertEquals(-128L, NumberLiterals.intBits(word("-128"), 8));
        assertEquals("constant out of range", reason(() -> NumberLiterals.intBits(word("256"), 8)));
        assertEquals("constant out of range", reason(() -> NumberLiterals.intBits(word("-129"), 8)));
        assertEquals("constant out of range", reason(() -> NumberLiterals.intBits(word("0x1_0000"), 16)));
    }

    @Test
    void integersOutOfRangeAreRejected() {
        assertEquals("constant out of range", reason(() -> NumberLiterals.intBits(word("4294967296"), 32)));
        assertEquals("constant out of range", reason(() -> NumberLiterals.intBits(word("-2147483649"), 32)));
        assertEquals("i32 constant out of range", reason(() -> NumberLiterals.natBits(word("0x1_0000_0000"), 32)));
    }

    @Test
    void wrongKindOfTokenIsUnexpected() {
        assertEquals("unexpected token", reason(() -> NumberLiterals.natBits(word("-1"), 32)));
        assertEquals("unexpected token", reason(() -> NumberLiterals.natBits(word("1.5"), 32)));
    }

    @Test
    void decimalFloatsRoundToNearest() {
        assertEquals(0x3dcccccd, NumberLiterals.f32Bits(word("0.1")));
        assertEquals(0x3fb999999999999aL, NumberLiterals.f64Bits(word("0.1")));
        assertEquals(0x4e932c06, NumberLiterals.f32Bits(word("1_234_567_890")));
        assertEquals(0x80000000, NumberLiterals.f32Bits(word("-0.0")));
        assertEquals(0x7f7fffff, NumberLiterals.f32Bits(word("3.4028234663852886e38")));
    }

    @Test
    void hexFloatsRoundTiesToEven() {
        assertEquals(0x3f800000, NumberLiterals.f32Bits(word("0x1.000001p0")));
        assertEquals(0x3f800002, NumberLiterals.f32Bits(word("0x1.000003p0")));
        assertEquals(0x3f800001, NumberLiterals.f32Bits(word("0x1.00000100000000001p0")));
        assertEquals(0x40490fdb, NumberLiterals.f32Bits(word("0x1.921fb6p+1")));
        assertEquals(0x3ff8000000000000L, NumberLiterals.f64Bits(word("0x1.8")));
    }

    @Test
    void subnormalsAndOverflow() {
        assertEquals(1, NumberLiterals.f32Bits(word("0x1p-149")));
        assertEquals(0, NumberLiterals.f32Bits(word("0x1p-150")));
        assertEquals(2, NumberLiterals.f32Bits(word("0x1.8p-149")));
        assertEquals(0x00800000, NumberLiterals.f32Bits(word("0x1.fffffffp-127")));
        assertEquals(1L, NumberLiterals.f64Bits(word("4.9406564584124654e-324")));
        assertEquals("constant out of range", reason(() -> NumberLiterals.f32Bits(word("0x1.ffffffp127"))));
        assertEquals("constant out of range", reason(() -> NumberLiterals.f32Bits(word("1e39"))));
        assertEquals("constant out of range", reason(() -> NumberLiterals.f64Bits(word("1e309"))));
    }

    @Test
    void infinitiesAndNans() {
        assertEquals(0xff800000, NumberLiterals.f32Bits(word("-inf")));
        assertEquals(0x7fc00000, NumberLiterals.f32Bits(word("nan")));
        assertEquals(0xffc00000, NumberLiterals.f32Bits(word("-nan")));
        assertEquals(0x7fa00000, NumberLiterals.f32Bits(word("nan:0x200000")));
        assertEquals(0x7ff0000000000001L, NumberLiterals.f64Bits(word("+nan:0x1")));
        assertEquals("constant out of range", reason(() -> NumberLiterals.f32Bits(word("nan:0x0"))));
        assertEquals("constant out of range", reason(() -> NumberLiterals.f32Bits(word("nan:0x80_0000"))));
    }

    @Test
    void numberSyntax() {
        assertEquals(true, NumberLiterals.isNumberSyntax("0x1.fp-3"));
        assertEquals(true, NumberLiterals.isNumberSyntax("1_000.000_1e+1_0"));
        assertEquals(false, NumberLiterals.isNumberSyntax("1__0"));
        assertEquals(false, NumberLiterals.isNumberSyntax(".5"));
        assertEquals(false, NumberLiterals.isNumberSyntax("0x"));
        assertEquals(false, NumberLiterals.isNumberSyntax("1e"));
    }
}
