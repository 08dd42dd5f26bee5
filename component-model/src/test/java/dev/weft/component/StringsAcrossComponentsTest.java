package dev.weft.component;

import dev.weft.engine.Engine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Nested components with outer aliases passing strings between a UTF-8 and a UTF-16 memory (strings.wat). */
class StringsAcrossComponentsTest {
    private final Engine engine = Engine.create();
    private final ComponentInstance instance = ComponentLinker.create(engine).instantiate(TestComponents.load(engine, "strings"));

    @Test
    void hostToUtf16Component() {
        assertEquals(new Val.Str("ölleh"), instance.func("reverse").call(new Val.Str("hellö")));
    }

    @Test
    void utf8ComponentToUtf16ComponentAndBack() {
        assertEquals(new Val.Str("ψα ,olleh"), instance.func("forward").call(new Val.Str("hello, αψ")));
        assertEquals(new Val.Str(""), instance.func("forward").call(new Val.Str("")));
    }

    @Test
    void exportedFunctionTypes() {
        ComponentFuncType t = instance.func("forward").type();
        assertEquals(Type.Primitive.STRING, t.result());
        assertEquals("s", t.params().get(0).name());
    }
}
