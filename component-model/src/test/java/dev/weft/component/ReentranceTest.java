package dev.weft.component;

import dev.weft.engine.Engine;
import dev.weft.engine.TrapException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The may_enter / may_leave rules and unsupported async built-ins (reentrance.wat). */
class ReentranceTest {
    private final Engine engine = Engine.create();
    private ComponentInstance instance;
    private Runnable callback = () -> { };

    ReentranceTest() {
        instance = ComponentLinker.create(engine)
                .func("callback", ComponentFuncType.of(List.of(), null), args -> {
                    callback.run();
                    return null;
                })
                .instantiate(TestComponents.load(engine, "reentrance"));
    }

    @Test
    void hostCannotReenterAnInstanceThatIsRunning() {
        callback = () -> instance.func("answer").call();
        TrapException e = assertThrows(TrapException.class, () -> instance.func("call-host").call());
        assertEquals("cannot enter component instance", e.reason());
        callback = () -> { };
        assertEquals(new Val.U32(42), instance.func("answer").call(), "the instance is usable after the trap");
    }

    @Test
    void callsBetweenParentAndChildEnterOnlyTheCalleesSide() {
        ComponentInstance tree = ComponentLinker.create(engine)
                .func("callback", ComponentFuncType.of(List.of(), null), args -> {
                    callback.run();
                    return null;
                })
                .instantiate(TestComponents.load(engine, "ancestors"));
        assertEquals(new Val.U32(8), tree.func("call-child").call());
        assertEquals(new Val.U32(7), tree.func("call-parent").call());
        callback = () -> tree.func("seven").call();
        TrapException e = assertThrows(TrapException.class, () -> tree.func("child-calls-host").call());
        assertEquals("cannot enter component instance", e.reason(), "entering the child entered its parent");
        assertEquals(new Val.U32(7), tree.func("seven").call(), "both instances are enterable again");
    }

    @Test
    void postReturnCannotLeaveTheInstance() {
        TrapException e = assertThrows(TrapException.class, () -> instance.func("answer-then-leave").call());
        assertEquals("cannot leave component instance", e.reason());
    }

    @Test
    void asyncBuiltinsInstantiateButReportThatTheyAreNotSupported() {
        TrapException e = assertThrows(TrapException.class, () -> instance.func("uses-async-builtin").call());
        assertTrue(e.reason().startsWith("waitable-set.new is not supported yet"), e.reason());
    }
}
