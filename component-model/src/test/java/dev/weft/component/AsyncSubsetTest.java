package dev.weft.component;

import dev.weft.engine.Engine;
import dev.weft.engine.TrapException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Async lifts that return through task.return (stackful or with a callback), called by async lowers (async.wat). */
class AsyncSubsetTest {
    private final Engine engine = Engine.create();
    private final ComponentInstance instance = ComponentLinker.create(engine).instantiate(TestComponents.load(engine, "async"));

    @Test
    void asyncLowerWithParamsInMemoryAndResultAtTheOutPointer() {
        assertEquals(new Val.U32(15), instance.func("sum").call());
    }

    @Test
    void stringResultDeliveredByTaskReturnIsCopiedIntoTheCallersMemory() {
        assertEquals(new Val.Str("async!"), instance.func("word").call());
    }

    @Test
    void callbackThatYieldsIsCalledAgainUntilItExits() {
        assertEquals(new Val.U32(3), instance.func("yielding").call());
    }

    @Test
    void waitingForEventsIsNotSupportedYet() {
        TrapException e = assertThrows(TrapException.class, () -> instance.func("waiting").call());
        assertTrue(e.reason().contains("not supported yet"), e.reason());
    }

    @Test
    void asyncExportMustCallTaskReturn() {
        TrapException e = assertThrows(TrapException.class, () -> instance.func("forgets").call());
        assertEquals("async-lifted export failed to produce a result", e.reason());
    }
}
