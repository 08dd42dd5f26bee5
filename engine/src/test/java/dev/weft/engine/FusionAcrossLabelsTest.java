package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The compiler fuses an instruction into the one that consumes its result (an i32.add into a
 * load/store address, a comparison into a branch). A block end is a branch target between the two:
 * fusing across it would make the branch land inside the fused instruction and skip its effect.
 */
class FusionAcrossLabelsTest {
    private final Engine engine = Engine.create();

    private Func func(String wat) {
        return Linker.create(engine).instantiate(Module.fromText(engine, "(module (memory 1)"
                + " (data (i32.const 16) \"\\2a\\00\\00\\00\\07\\00\\00\\00\") " + wat + ")")).func("f");
    }

    @Test
    void loadAfterBlockEndDoesNotAbsorbTheAddInsideTheBlock() {
        // On the br_if path the block yields 16; otherwise 16 + 4: both must be loaded from.
        Func f = func("(func (export \"f\") (param i32) (result i32)"
                + " (block (result i32) (drop (br_if 0 (i32.const 16) (local.get 0))) (i32.add (i32.const 16) (i32.const 4)))"
                + " i32.load)");
        assertEquals(42, f.call(1)[0]);
        assertEquals(7, f.call(0)[0]);
    }

    @Test
    void storeAfterBlockEndDoesNotAbsorbTheAddInsideTheBlock() {
        String wat = "(func (export \"f\") (param i32) (result i32)"
                + " (block (result i32) (drop (br_if 0 (i32.const 16) (local.get 0))) (i32.add (i32.const 16) (i32.const 4)))"
                + " i32.const 99 i32.store"
                + " (i32.add (i32.load (i32.const 16)) (i32.load (i32.const 20))))";
        // a fresh instance (fresh memory) for each path
        assertEquals(99 + 7, func(wat).call(1)[0]);
        assertEquals(42 + 99, func(wat).call(0)[0]);
    }

    @Test
    void branchAfterBlockEndDoesNotAbsorbTheCompareInsideTheBlock() {
        Func f = func("(func (export \"f\") (param i32 i32) (result i32)"
                + " (block (block (result i32) (drop (br_if 0 (i32.const 1) (local.get 0))) (i32.lt_s (local.get 1) (i32.const 5)))"
                + " br_if 0 (return (i32.const 0))) (i32.const 1))");
        assertEquals(1, f.call(1, 9)[0]);
        assertEquals(1, f.call(0, 3)[0]);
        assertEquals(0, f.call(0, 9)[0]);
    }
}
