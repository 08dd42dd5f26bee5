package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TrapsAndLimitsTest {

    private static Instance instance(Engine engine, String wat) {
        return Linker.create(engine).instantiate(Module.fromText(engine, wat));
    }

    private static TrapException trap(Func f, Object... args) {
        return assertThrows(TrapException.class, () -> f.call(args));
    }

    @Test
    void trapsCarryTheSpecMessages() {
        Instance i = instance(Engine.create(), """
                (module (memory 1) (table 2 funcref)
                  (func (export "unreachable") unreachable)
                  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
                  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
                  (func (export "indirect") (param i32) (call_indirect (local.get 0))))
                """);
        assertEquals("unreachable", trap(i.func("unreachable")).reason());
        assertEquals("integer divide by zero", trap(i.func("div"), 1, 0).reason());
        assertEquals("integer overflow", trap(i.func("div"), Integer.MIN_VALUE, -1).reason());
        assertEquals("out of bounds memory access", trap(i.func("load"), 65533).reason());
        assertEquals("uninitialized element 1", trap(i.func("indirect"), 1).reason());
        assertEquals("undefined element", trap(i.func("indirect"), 2).reason());
    }

    @Test
    void trapsSayWhichFunctionsWereRunning() {
        Instance i = instance(Engine.create(), """
                (module (func $inner unreachable) (func $outer (export "f") (call $inner)))
                """);
        TrapException e = trap(i.func("f"));
        assertEquals("in function 0 ($inner), called from function 1 ($outer)", e.where());
        assertEquals("unreachable (in function 0 ($inner), called from function 1 ($outer))", e.getMessage());
    }

    @Test
    void infiniteRecursionExhaustsTheCallStack() {
        Instance i = instance(Engine.create(EngineConfig.defaults().withMaxCallDepth(500)),
                "(module (func $f (export \"f\") (call $f)))");
        TrapException e = trap(i.func("f"));
        assertEquals(TrapException.Kind.CALL_STACK_EXHAUSTED, e.kind());
        assertEquals("call stack exhausted", e.reason());
    }

    @Test
    void tailCallsRunInConstantStack() {
        Instance i = instance(Engine.create(EngineConfig.defaults().withMaxCallDepth(100)), """
                (module (func $count (export "count") (param i32) (result i32)
                  (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 7))
                    (else (return_call $count (i32.sub (local.get 0) (i32.const 1)))))))
                """);
        assertEquals(7, i.func("count").call(1_000_000)[0]);
    }

    @Test
    void deepRecursionThroughHostFunctionsTrapsInsteadOfOverflowing() {
        Engine engine = Engine.create(EngineConfig.defaults().withMaxCallDepth(1_000_000));
        AtomicReference<Func> self = new AtomicReference<>();
        Linker linker = Linker.create(engine).func("env", "again", FuncType.of(java.util.List.of(), java.util.List.of()),
                args -> self.get().call());
        Instance i = linker.instantiate(Module.fromText(engine,
                "(module (import \"env\" \"again\" (func $again)) (func (export \"f\") (call $again)))"));
        self.set(i.func("f"));
        assertEquals(TrapException.Kind.CALL_STACK_EXHAUSTED, trap(i.func("f")).kind());
    }

    @Test
    void fuelStopsAnEndlessLoop() {
        Instance i = instance(Engine.create(EngineConfig.defaults().withFuel(10_000)),
                "(module (func (export \"spin\") (loop (br 0))))");
        assertEquals(TrapException.Kind.OUT_OF_FUEL, trap(i.func("spin")).kind());
    }

    @Test
    void deadlineStopsAnEndlessLoop() {
        Instance i = instance(Engine.create(EngineConfig.defaults().withDeadline(java.time.Duration.ofMillis(50))),
                "(module (func (export \"spin\") (loop (br 0))))");
        assertEquals(TrapException.Kind.INTERRUPTED, trap(i.func("spin")).kind());
    }

    @Test
    void threadInterruptStopsARunningCall() throws Exception {
        Instance i = instance(Engine.create(), "(module (func (export \"spin\") (loop (br 0))))");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                i.func("spin").call();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        t.interrupt();
        t.join();
        TrapException e = (TrapException) thrown.get();
        assertEquals(TrapException.Kind.INTERRUPTED, e.kind());
    }

    @Test
    void memoryGrowthRespectsTheEngineLimit() {
        Instance i = instance(Engine.create(EngineConfig.defaults().withMaxMemoryPages(4)), """
                (module (memory (export "mem") 1)
                  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
                """);
        assertEquals(1, i.func("grow").call(3)[0]);
        assertEquals(-1, i.func("grow").call(1)[0]);
        assertEquals(4L, i.memory("mem").size());
        assertEquals(-1L, i.memory("mem").grow(1));
    }

    @Test
    void grownMemoryIsZeroedAndKeepsItsContents() {
        Instance i = instance(Engine.create(), "(module (memory (export \"mem\") 1))");
        Memory m = i.memory("mem");
        m.writeInt(65532, 0x12345678);
        for (int k = 0; k < 20; k++) m.grow(1);
        assertEquals(0x12345678, m.readInt(65532));
        assertEquals(0, m.readLong(21L * 65536 - 8));
        assertThrows(TrapException.class, () -> m.readInt(21L * 65536 - 2));
    }

    @Test
    void tableGrowthRespectsTheEngineLimit() {
        Instance i = instance(Engine.create(EngineConfig.defaults().withMaxTableElements(10)), """
                (module (table (export "t") 2 funcref)
                  (func (export "grow") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))
                """);
        assertEquals(2, i.func("grow").call(8)[0]);
        assertEquals(-1, i.func("grow").call(1)[0]);
    }

    @Test
    void aTrapLeavesTheThreadReadyForTheNextCall() {
        Instance i = instance(Engine.create(), """
                (module (func $deep (param i32) (result i32)
                    (if (result i32) (local.get 0)
                      (then (i32.add (i32.const 1) (call $deep (i32.sub (local.get 0) (i32.const 1)))))
                      (else unreachable)))
                  (func (export "deep") (param i32) (result i32) (call $deep (local.get 0)))
                  (func (export "ok") (result i32) (i32.const 5)))
                """);
        trap(i.func("deep"), 1000);
        assertEquals(5, i.func("ok").call()[0]);
    }
}
