package dev.weft.component;

import dev.weft.engine.Engine;
import dev.weft.engine.TrapException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** context.get / context.set slots of the task a call runs in, and backpressure counting (context.wat). */
class TaskContextTest {
    private final Engine engine = Engine.create();
    private final ComponentInstance instance = ComponentLinker.create(engine).instantiate(TestComponents.load(engine, "context"));

    @Test
    void everyCallStartsWithAZeroSlotThatPostReturnStillSees() {
        assertEquals(new Val.U32(0), instance.func("stash").call(new Val.U32(42)));
        assertEquals(new Val.U32(42), instance.func("seen").call());
        assertEquals(new Val.U32(0), instance.func("stash").call(new Val.U32(7)), "a new call is a new task");
        assertEquals(new Val.U32(7), instance.func("seen").call());
    }

    @Test
    void backpressureCannotGoBelowZero() {
        TrapException e = assertThrows(TrapException.class, () -> instance.func("inc-dec-dec").call());
        assertEquals("backpressure counter underflow", e.reason());
    }
}
