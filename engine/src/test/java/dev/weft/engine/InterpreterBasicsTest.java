package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InterpreterBasicsTest {
    private final Engine engine = Engine.create();

    private Instance instance(String wat) {
        return Linker.create(engine).instantiate(Module.fromText(engine, wat));
    }

    @Test
    void returnsAConstant() {
        Instance i = instance("(module (func (export \"answer\") (result i32) i32.const 42))");
        assertArrayEquals(new Object[] {42}, i.func("answer").call());
    }

    @Test
    void addsParameters() {
        Instance i = instance("(module (func (export \"add\") (param i32 i32) (result i32)"
                + " local.get 0 local.get 1 i32.add))");
        assertEquals(7, i.func("add").call(3, 4)[0]);
    }

    @Test
    void recursiveFactorial() {
        Instance i = instance("""
                (module
                  (func $fac (export "fac") (param i64) (result i64)
                    (if (result i64) (i64.eqz (local.get 0))
                      (then (i64.const 1))
                      (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1))))))))
                """);
        assertEquals(3628800L, i.func("fac").call(10L)[0]);
    }

    @Test
    void loopsWithBranches() {
        Instance i = instance("""
                (module
                  (func (export "sum") (param $n i32) (result i32) (local $acc i32)
                    (block $done
                      (loop $next
                        (br_if $done (i32.eqz (local.get $n)))
                        (local.set $acc (i32.add (local.get $acc) (local.get $n)))
                        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                        (br $next)))
                    (local.get $acc)))
                """);
        assertEquals(5050, i.func("sum").call(100)[0]);
    }

    @Test
    void memoryLoadsAndStores() {
        Instance i = instance("""
                (module (memory (export "mem") 1)
                  (data (i32.const 8) "\\01\\02\\03\\04")
                  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
                  (func (export "store") (param i32 i64) (i64.store offset=4 (local.get 0) (local.get 1))))
                """);
        assertEquals(0x04030201, i.func("load").call(8)[0]);
        i.func("store").call(16, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, i.memory("mem").readLong(20));
    }
}
