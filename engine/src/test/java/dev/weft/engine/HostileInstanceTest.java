package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Valid modules that ask for absurd resources, at instantiation or while running, fail with the
 * spec's trap or a resource-limit trap: never an OutOfMemoryError or NegativeArraySizeException.
 */
class HostileInstanceTest {
    private static final Engine ENGINE = Engine.create();
    /** An engine whose own limits allow everything the spec does, so only the JVM's resources are left. */
    private static final Engine UNLIMITED = Engine.create(EngineConfig.defaults()
            .withMaxMemoryPages(Long.MAX_VALUE).withMaxTableElements(Long.MAX_VALUE));

    private static TrapException instantiationTrap(Engine engine, String wat) {
        Module m = Module.fromText(engine, wat);
        return assertThrows(TrapException.class, () -> Linker.create(engine).instantiate(m));
    }

    private static Object call(String wat, Object... args) {
        return Linker.create(ENGINE).instantiate(Module.fromText(ENGINE, wat)).func("f").call(args)[0];
    }

    private static TrapException trap(String wat, Object... args) {
        Func f = Linker.create(ENGINE).instantiate(Module.fromText(ENGINE, wat)).func("f");
        return assertThrows(TrapException.class, () -> f.call(args));
    }

    // ------------------------------------------------------------------ instantiation

    @Test
    void aMemoryBeyondTheEngineLimitIsAResourceLimitTrap() {
        assertEquals("memory size 1099511627776 pages exceeds the limit of 65536",
                instantiationTrap(ENGINE, "(module (memory i64 1099511627776))").reason());
        assertEquals("memory size 10 pages exceeds the limit of 4", instantiationTrap(
                Engine.create(EngineConfig.defaults().withMaxMemoryPages(4)), "(module (memory 10))").reason());
    }

    @Test
    void aMemoryTheProcessCannotAllocateIsATrapNotAnOutOfMemoryError() {
        assertEquals("out of memory allocating 72057594037927936 bytes",
                instantiationTrap(UNLIMITED, "(module (memory i64 1099511627776))").reason());
    }

    @Test
    void theLargestSpecMemory64NeverOverflowsItsByteSize() {
        // 2^48 pages of 64 KiB is 2^64 bytes: more than a long holds, so it is beyond any limit.
        assertEquals("memory size 281474976710656 pages exceeds the limit of 140737488355327",
                instantiationTrap(UNLIMITED, "(module (memory i64 281474976710656))").reason());
    }

    @Test
    void aTableOfBillionsOfElementsIsAResourceLimitTrap() {
        assertEquals("table size 4294967295 exceeds the limit of 10000000",
                instantiationTrap(ENGINE, "(module (table 4294967295 funcref))").reason());
        assertEquals("table size 1099511627776 exceeds the limit of 10000000",
                instantiationTrap(ENGINE, "(module (table i64 1099511627776 funcref))").reason());
        assertEquals("table size 20000000 exceeds the limit of 10000000",
                instantiationTrap(ENGINE, "(module (table 20000000 funcref (ref.func 0)) (func))").reason());
        assertEquals("table size 4294967295 exceeds the limit of 2147483639",
                instantiationTrap(UNLIMITED, "(module (table 4294967295 funcref))").reason());
    }

    @Test
    void aTableTheHeapCannotHoldIsATrapNotAnOutOfMemoryError() {
        long heapSlots = Runtime.getRuntime().maxMemory() / 4;
        org.junit.jupiter.api.Assumptions.assumeTrue(heapSlots < 2_147_483_000L, "heap large enough for the table");
        assertEquals("out of memory allocating a table of 2147483000 elements",
                instantiationTrap(UNLIMITED, "(module (table 2147483000 externref))").reason());
    }

    @Test
    void segmentsOutOfRangeTrapAsTheSpecSays() {
        assertEquals("out of bounds memory access",
                instantiationTrap(ENGINE, "(module (memory 1) (data (i32.const 65535) \"ab\"))").reason());
        assertEquals("out of bounds memory access",
                instantiationTrap(ENGINE, "(module (memory 1) (data (i32.const -1) \"a\"))").reason());
        assertEquals("out of bounds table access",
                instantiationTrap(ENGINE, "(module (table 1 funcref) (func) (elem (i32.const 1) 0))").reason());
        assertEquals("out of bounds table access",
                instantiationTrap(ENGINE, "(module (table 1 funcref) (func) (elem (i32.const -1) 0))").reason());
    }

    // ------------------------------------------------------------------ execution

    @Test
    void hugeMemoryGrowRequestsFail() {
        assertEquals(-1, call("(module (memory 1) (func (export \"f\") (result i32) (memory.grow (i32.const -1))))"));
        assertEquals(-1L, call("(module (memory i64 1) (func (export \"f\") (result i64) "
                + "(memory.grow (i64.const 0x7fffffffffffffff))))"));
        assertEquals(-1L, call("(module (memory i64 1) (func (export \"f\") (result i64) "
                + "(memory.grow (i64.const -1))))"));
    }

    @Test
    void hugeTableGrowRequestsFail() {
        assertEquals(-1, call("(module (table 1 funcref) (func (export \"f\") (result i32) "
                + "(table.grow (ref.null func) (i32.const -1))))"));
        assertEquals(-1L, call("(module (table i64 1 funcref) (func (export \"f\") (result i64) "
                + "(table.grow (ref.null func) (i64.const 0x7fffffffffffffff))))"));
    }

    private static final String ARRAYS = "(module (type $a (array (mut i8))) (type $l (array (mut i64)))"
            + " (type $r (array (mut anyref))) (memory 1) (data $d \"abc\") (elem $e anyref)";

    @Test
    void arraysOfBillionsOfElementsTrapInsteadOfExhaustingTheHeap() {
        String expected = "out of memory: array too large";
        assertEquals(expected, trap(ARRAYS + "(func (export \"f\") (drop (array.new $a (i32.const 0) (i32.const -1)))))").reason());
        assertEquals(expected, trap(ARRAYS + "(func (export \"f\") (drop (array.new $l (i64.const 0) (i32.const 0x7fffffff)))))").reason());
        assertEquals(expected, trap(ARRAYS + "(func (export \"f\") (drop (array.new_default $r (i32.const 0x7ffffff0)))))").reason());
        assertEquals(expected, trap(ARRAYS + "(func (export \"f\") (drop (array.new_default $a (i32.const 0x80000000)))))").reason());
    }

    @Test
    void arrayInitializersOfBillionsOfElementsAreOutOfBounds() {
        assertEquals("out of bounds memory access", trap(ARRAYS
                + "(func (export \"f\") (drop (array.new_data $a $d (i32.const 0) (i32.const -1)))))").reason());
        assertEquals("out of bounds table access", trap(ARRAYS
                + "(func (export \"f\") (drop (array.new_elem $r $e (i32.const 0) (i32.const -1)))))").reason());
        assertEquals("out of bounds array access", trap(ARRAYS + "(func (export \"f\") (array.fill $a "
                + "(array.new_default $a (i32.const 1)) (i32.const 0) (i32.const 0) (i32.const -1))))").reason());
    }

    @Test
    void bulkOperationsOverBillionsOfBytesAreOutOfBounds() {
        assertEquals("out of bounds memory access", trap("(module (memory 1) (func (export \"f\") "
                + "(memory.fill (i32.const 0) (i32.const 0) (i32.const -1))))").reason());
        assertEquals("out of bounds memory access", trap("(module (memory 1) (func (export \"f\") "
                + "(memory.copy (i32.const -1) (i32.const 0) (i32.const -1))))").reason());
        assertEquals("out of bounds table access", trap("(module (table 1 funcref) (func (export \"f\") "
                + "(table.fill (i32.const 0) (ref.null func) (i32.const -1))))").reason());
    }

    @Test
    void deepRecursionWithLargeFramesExhaustsTheCallStack() {
        TrapException e = trap("(module (func $f (export \"f\") (local " + "i64 ".repeat(40_000) + ") (call $f)))");
        assertEquals(TrapException.Kind.CALL_STACK_EXHAUSTED, e.kind());
        assertEquals("call stack exhausted", e.reason());
    }
}
