package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The compiler folds local.get / constants into operands and local.set into the instruction that
 * computed the value; these cases check that a pending read of a local still sees the old value
 * when the local is overwritten before the read is used.
 */
class OperandFoldingTest {
    private final Engine engine = Engine.create();

    private Func func(String wat) {
        return Linker.create(engine).instantiate(Module.fromText(engine, "(module " + wat + ")")).func("f");
    }

    @Test
    void pendingLocalReadSurvivesOverwriteBySet() {
        Func f = func("(func (export \"f\") (param i32 i32) (result i32)"
                + " local.get 0 local.get 1 local.set 0 local.get 0 i32.sub)");
        assertEquals(10 - 3, f.call(10, 3)[0]);
    }

    @Test
    void pendingLocalReadSurvivesOverwriteByFoldedResult() {
        Func f = func("(func (export \"f\") (param i32) (result i32)"
                + " local.get 0 local.get 0 i32.const 5 i32.add local.set 0 local.get 0 i32.mul)");
        assertEquals(7 * 12, f.call(7)[0]);
    }

    @Test
    void teeKeepsTheValueAndWritesTheLocal() {
        Func f = func("(func (export \"f\") (param i32) (result i32 i32)"
                + " local.get 0 i32.const 1 i32.add local.tee 0 local.get 0 i32.const 10 i32.mul)");
        assertArrayEquals(new Object[] {5, 50}, f.call(4));
    }

    @Test
    void droppedResultIsNotRedirectedIntoALaterSet() {
        Func f = func("(func (export \"f\") (param i32) (result i32) (local i32)"
                + " local.get 0 i32.const 2 i32.mul local.get 0 i32.const 9 i32.add drop local.set 1 local.get 1)");
        assertEquals(6, f.call(3)[0]);
    }

    @Test
    void swapThroughTheStack() {
        Func f = func("(func (export \"f\") (param i32 i32) (result i32 i32)"
                + " local.get 0 local.get 1 local.set 0 local.set 1 local.get 0 local.get 1)");
        assertArrayEquals(new Object[] {2, 1}, f.call(1, 2));
    }

    @Test
    void pendingReadsAreMaterializedBeforeBlocksThatWriteTheLocal() {
        Func f = func("(func (export \"f\") (param i32) (result i32)"
                + " local.get 0 (block (local.set 0 (i32.const 100))) local.get 0 i32.add)");
        assertEquals(1 + 100, f.call(1)[0]);
    }

    @Test
    void compareAndBranchKeepsOtherValuesOnTheStack() {
        Func f = func("(func (export \"f\") (param i32) (result i32) (local i32)"
                + " local.get 0 (block local.get 0 i32.const 5 i32.lt_s br_if 0 i32.const 100 local.set 1)"
                + " local.get 1 i32.add)");
        assertEquals(3, f.call(3)[0]);
        assertEquals(109, f.call(9)[0]);
    }

    @Test
    void compareFeedingAnIfWithAValueBelow() {
        Func f = func("(func (export \"f\") (param i32) (result i32)"
                + " i32.const 1000 local.get 0 i32.eqz (if (result i32) (then i32.const 1) (else i32.const 2)) i32.add)");
        assertEquals(1001, f.call(0)[0]);
        assertEquals(1002, f.call(5)[0]);
    }

    @Test
    void constantsOfDifferentTypesWithEqualBitsShareASlot() {
        Func f = func("(func (export \"f\") (result i64 i32 f32 i64)"
                + " i64.const -1 i32.const -1 f32.const -0 i64.const 0xffffffff)");
        Object[] r = f.call();
        assertEquals(-1L, r[0]);
        assertEquals(-1, r[1]);
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits((Float) r[2]));
        assertEquals(0xffffffffL, r[3]);
    }

    @Test
    void selectReadsPendingOperands() {
        Func f = func("(func (export \"f\") (param i32) (result i32) (local i32)"
                + " i32.const 7 local.get 0 local.get 0 select local.set 1 local.get 1)");
        assertEquals(7, f.call(3)[0]);
        assertEquals(0, f.call(0)[0]);
    }

    @Test
    void functionsWithMoreConstantsThanTheConstantAreaStillWork() {
        StringBuilder body = new StringBuilder("i64.const 0");
        long expected = 0;
        for (int i = 1; i <= 300; i++) {
            body.append(" i64.const ").append(i * 1_000_003L).append(" i64.add");
            expected += i * 1_000_003L;
        }
        Func f = func("(func (export \"f\") (result i64 funcref) " + body + " ref.null func)");
        Object[] r = f.call();
        assertEquals(expected, r[0]);
        assertEquals(null, r[1]);
    }
}
