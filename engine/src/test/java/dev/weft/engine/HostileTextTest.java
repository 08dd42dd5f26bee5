package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Pathological module text is rejected with a {@link MalformedModuleException} saying why and where,
 * never a Java error. Limits are described in docs/RATIONALE.md ("Limits on hostile input").
 */
class HostileTextTest {
    private static final Engine ENGINE = Engine.create();
    private static final int DEEP = 100_000;

    private static MalformedModuleException malformed(String wat) {
        return assertThrows(MalformedModuleException.class, () -> Module.fromText(ENGINE, wat));
    }

    @Test
    void foldedBlocksNestedAHundredThousandDeepAreTooDeep() {
        MalformedModuleException e = malformed("(module (func " + "(block ".repeat(DEEP) + ")".repeat(DEEP) + "))");
        assertEquals("nesting too deep", e.reason());
        assertEquals("nesting too deep (line 1:70001)", e.getMessage());
    }

    @Test
    void foldedExpressionsNestedAHundredThousandDeepAreTooDeep() {
        MalformedModuleException e = malformed("(module (func (result i32) "
                + "(i32.add (i32.const 1) ".repeat(DEEP) + "(i32.const 1)" + ")".repeat(DEEP) + "))");
        assertEquals("nesting too deep", e.reason());
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        int depth = 5_000;
        Module.fromText(ENGINE, "(module (func " + "(block ".repeat(depth) + ")".repeat(depth) + "))");
    }

    @Test
    void unfoldedBlocksNestedAHundredThousandDeepCompileAndRunOnASmallThreadStack() throws Exception {
        // No parentheses, so no reader limit: flat blocks nest on an explicit stack in the encoder too.
        String wat = "(module (func (export \"f\") (result i32) "
                + "block ".repeat(DEEP) + "end ".repeat(DEEP) + "i32.const 7))";
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = Linker.create(ENGINE).instantiate(Module.fromText(ENGINE, wat)).func("f").call()[0];
            } catch (Throwable e) {
                result[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertEquals(7, result[0]);
    }

    @Test
    void unfoldedBlocksKeepTheirLabelsElseAndErrors() {
        Instance i = Linker.create(ENGINE).instantiate(Module.fromText(ENGINE, """
                (module (func (export "f") (param i32) (result i32)
                  block $out (result i32)
                    local.get 0
                    if $t (result i32) i32.const 1 else i32.const 2 end $t
                    br $out
                  end $out))
                """));
        assertEquals(1, i.func("f").call(5)[0]);
        assertEquals(2, i.func("f").call(0)[0]);
        assertEquals("mismatching label (line 1:32)",
                malformed("(module (func block $a nop end $b))").getMessage());
        assertEquals("unexpected token (line 1:15)", malformed("(module (func block nop))").getMessage());
        assertEquals("unexpected token (line 1:25)", malformed("(module (func block nop else end))").getMessage());
        assertEquals("unexpected token (line 1:15)", malformed("(module (func end))").getMessage());
    }

    @Test
    void anIntegerLiteralOfAHundredThousandDigitsIsOutOfRange() {
        MalformedModuleException e = malformed("(module (func (result i32) (i32.const " + "9".repeat(DEEP) + ")))");
        assertEquals("constant out of range", e.reason());
        assertEquals("constant out of range (line 1:39)", e.getMessage());
    }

    @Test
    void aFloatExponentBeyondAnyRangeIsOutOfRange() {
        assertEquals("constant out of range",
                malformed("(module (func (result f64) (f64.const 1e" + "9".repeat(1000) + ")))").reason());
    }

    @Test
    void aHugeNegativeFloatExponentRoundsToZero() {
        Instance i = Linker.create(ENGINE).instantiate(Module.fromText(ENGINE,
                "(module (func (export \"f\") (result f32) (f32.const 0x1p-" + "9".repeat(1000) + ")))"));
        assertEquals(0.0f, i.func("f").call()[0]);
    }

    @Test
    void aFloatLiteralOfAHundredThousandDigitsIsRounded() {
        Instance i = Linker.create(ENGINE).instantiate(Module.fromText(ENGINE,
                "(module (func (export \"f\") (result f64) (f64.const 0x1." + "f".repeat(DEEP) + "p1)))"));
        assertEquals(4.0, i.func("f").call()[0]);
    }

    private static double f64(String literal) {
        return (double) Linker.create(ENGINE).instantiate(Module.fromText(ENGINE,
                "(module (func (export \"f\") (result f64) (f64.const " + literal + ")))")).func("f").call()[0];
    }

    @Test
    void aMillionDigitFloatLiteralIsReadInLinearTime() {
        // Exact arithmetic on every digit was quadratic: minutes for literals of a megabyte or two.
        String digits = "7".repeat(1_000_000);
        assertEquals(Double.parseDouble("1." + digits + "e300"), f64("1." + digits + "e300"));
        assertEquals(Double.parseDouble("0x1." + "f".repeat(1_000_000) + "p-1000"), f64("0x1." + "f".repeat(1_000_000) + "p-1000"));
        assertEquals("constant out of range", malformed("(module (func (result i64) (i64.const "
                + "9".repeat(1_000_000) + ")))").reason());
        assertEquals("constant out of range", malformed("(module (func (result f32) (f32.const nan:0x"
                + "f".repeat(1_000_000) + ")))").reason());
    }

    @Test
    void digitsFarBeyondThePrecisionStillDecideRoundingAtAMidpoint() {
        // 2^53 + 1 lies halfway between two doubles: it rounds to even, any nonzero digit after it rounds up.
        String far = "0".repeat(5_000);
        assertEquals(9007199254740992.0, f64("9007199254740993." + far));
        assertEquals(9007199254740994.0, f64("9007199254740993." + far + "1"));
        // Half the smallest subnormal has 751 significant digits, so the sticky digit is past the 800 kept.
        String half = new java.math.BigDecimal(Double.MIN_VALUE).divide(java.math.BigDecimal.valueOf(2)).toPlainString();
        assertEquals(0.0, f64(half));
        assertEquals(Double.MIN_VALUE, f64(half + far + "1"));
        assertEquals(1.0, f64("0x1.00000000000008" + far + "p0"));
        assertEquals(Math.nextUp(1.0), f64("0x1.00000000000008" + far + "1p0"));
    }

    @Test
    void theLargestMemoryAndTableTypesAreValidText() {
        assertDoesNotThrow(() -> Module.fromText(ENGINE, "(module (memory 65536) (table 4294967295 funcref))"));
    }

    @Test
    void aMemoryBeyondFourGibibytesIsInvalid() {
        InvalidModuleException e = assertThrows(InvalidModuleException.class,
                () -> Module.fromText(ENGINE, "(module (memory 65537))"));
        assertEquals("memory size must be at most 65536 pages (4GiB)", e.reason());
    }

    @Test
    void unterminatedStringsCommentsAndFormsSayWhereTheyStart() {
        assertEquals("unclosed string literal (line 1:23)", malformed("(module (func (export \"abc").getMessage());
        assertEquals("unclosed comment (line 2:1)", malformed("(module\n(; abc (; nested ;)").getMessage());
        assertEquals("unclosed parenthesis (line 1:9)", malformed("(module (func ;; a line comment").getMessage());
    }
}
