package dev.weft.component;

import dev.weft.engine.Engine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** context.get / context.set slots of the task a call runs in (context.wat). */
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
}
