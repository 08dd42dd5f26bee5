package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Host functions that fail or misbehave, and hosts calling wasm wrongly, get the documented exceptions. */
class HostCallErrorsTest {
    private static final FuncType I32_TO_I32 = FuncType.of(List.of(ValueType.I32), List.of(ValueType.I32));

    private static Instance callerOf(HostFunction host) {
        Engine engine = Engine.create();
        return Linker.create(engine).func("env", "h", I32_TO_I32, host).instantiate(Module.fromText(engine, """
                (module (import "env" "h" (func $h (param i32) (result i32)))
                  (func (export "f") (param i32) (result i32) (i32.add (i32.const 1) (call $h (local.get 0))))
                  (func (export "ok") (result i32) (i32.const 5)))
                """));
    }

    @Test
    void aHostExceptionPropagatesUnchangedAndTheThreadStaysUsable() {
        RuntimeException boom = new UnsupportedOperationException("boom");
        Instance i = callerOf(args -> { throw boom; });
        assertSame(boom, assertThrows(UnsupportedOperationException.class, () -> i.func("f").call(1)));
        assertEquals(5, i.func("ok").call()[0]);
    }

    @Test
    void aHostReturningTooManyResultsIsReported() {
        Instance i = callerOf(args -> new Object[] {1, 2});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> i.func("f").call(1));
        assertEquals("host function of type (func [i32] -> [i32]) returned 2 values, expected 1", e.getMessage());
        assertEquals(5, i.func("ok").call()[0]);
    }

    @Test
    void aHostReturningNoResultsWhenOneIsDeclaredIsReported() {
        Instance i = callerOf(args -> null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> i.func("f").call(1));
        assertEquals("host function of type (func [i32] -> [i32]) returned 0 values, expected 1", e.getMessage());
    }

    @Test
    void aHostReturningAValueOfTheWrongTypeIsReported() {
        Instance i = callerOf(args -> new Object[] {"seven"});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> i.func("f").call(1));
        assertEquals("host function of type (func [i32] -> [i32]) returned a bad result 0: "
                + "expected a value of type i32, got String seven", e.getMessage());
    }

    @Test
    void aHostFunctionCalledDirectlyChecksItsResultsToo() {
        Func f = Func.of(I32_TO_I32, args -> new Object[] {1L});
        assertThrows(IllegalStateException.class, () -> f.call(1));
    }

    @Test
    void callingWasmWithTheWrongArgumentsIsAnIllegalArgument() {
        Instance i = callerOf(args -> args);
        assertEquals("expected 1 arguments, got 0",
                assertThrows(IllegalArgumentException.class, () -> i.func("f").call()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> i.func("f").call("x"));
        assertThrows(IllegalArgumentException.class, () -> i.func("f").call((Object) null));
        assertEquals(3, i.func("f").call(2)[0]);
    }

    @Test
    void hostMemoryAccessesOutsideTheMemoryTrapAndOutsideTheArrayAreIndexErrors() {
        Engine engine = Engine.create();
        Memory m = Linker.create(engine).instantiate(Module.fromText(engine, "(module (memory (export \"m\") 1))"))
                .memory("m");
        assertEquals("out of bounds memory access", assertThrows(TrapException.class, () -> m.readInt(-1)).reason());
        assertThrows(TrapException.class, () -> m.readLong(Long.MAX_VALUE));
        assertThrows(TrapException.class, () -> m.write(65530, new byte[100], 0, 100));
        assertThrows(IndexOutOfBoundsException.class, () -> m.read(0, new byte[4], 0, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> m.read(0, new byte[4], 3, 4));
        assertEquals(-1L, m.grow(-5));
        assertEquals(-1L, m.grow(Long.MAX_VALUE));
    }
}
