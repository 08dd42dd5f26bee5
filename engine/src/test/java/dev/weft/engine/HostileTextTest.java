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
