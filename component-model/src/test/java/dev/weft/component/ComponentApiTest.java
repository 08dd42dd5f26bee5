package dev.weft.component;

import dev.weft.engine.Engine;
import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.MalformedModuleException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The public component API: loading, export lookup, types, calls and closing. */
class ComponentApiTest {
    private final Engine engine = Engine.create();

    private static final String MATH = """
            (component
              (core module $m
                (func (export "square") (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
                (func (export "nothing")))
              (core instance $i (instantiate $m))
              (func $square (param "n" s32) (result s32) (canon lift (core func $i "square")))
              (func $nothing (canon lift (core func $i "nothing")))
              (instance $ops (export "square" (func $square)))
              (export "example:math/ops@1.2.0" (instance $ops))
              (export "nothing" (func $nothing)))
            """;

    @Test
    void callsAFunctionOfAVersionedInterfaceInstance() {
        ComponentInstance instance = ComponentLinker.create(engine).instantiate(Component.fromText(engine, MATH));
        ComponentFunc square = instance.instance("example:math/ops").func("square");
        assertEquals(new Val.S32(49), square.call(new Val.S32(7)));
        assertEquals(List.of(new Val.S32(9)), square.call(List.of(new Val.S32(-3))));
        assertEquals(square.type(), instance.instance("example:math/ops@1.2.0").func("square").type());
        assertEquals("func(n: S32) -> S32", square.type().toString());
    }

    @Test
    void componentListsItsImportsAndExports() {
        Component component = Component.fromText(engine, MATH);
        assertEquals(List.of(), List.copyOf(component.importNames()));
        assertEquals(List.of("example:math/ops@1.2.0", "nothing"), List.copyOf(component.exportNames()));
    }

    @Test
    void functionWithoutResultReturnsNullOrNoValues() {
        ComponentFunc nothing = ComponentLinker.create(engine).instantiate(Component.fromText(engine, MATH)).func("nothing");
        assertNull(nothing.call());
        assertEquals(List.of(), nothing.call(List.of()));
        assertNull(nothing.type().result());
    }

    @Test
    void missingExportsAndWrongArgumentCountsAreHostErrors() {
        ComponentInstance instance = ComponentLinker.create(engine).instantiate(Component.fromText(engine, MATH));
        assertThrows(IllegalArgumentException.class, () -> instance.func("absent"));
        assertThrows(IllegalArgumentException.class, () -> instance.instance("nothing"));
        assertThrows(IllegalArgumentException.class, () -> instance.func("nothing").call(new Val.S32(1)));
        assertEquals(List.of("example:math/ops@1.2.0", "nothing"), List.copyOf(instance.exportNames()));
    }

    @Test
    void closedInstanceRefusesCalls() {
        ComponentInstance instance = ComponentLinker.create(engine).instantiate(Component.fromText(engine, MATH));
        ComponentFunc nothing = instance.func("nothing");
        instance.close();
        assertThrows(IllegalStateException.class, nothing::call);
        assertThrows(IllegalStateException.class, () -> instance.func("nothing"));
    }

    @Test
    void badTextAndInvalidComponentsAreWeftExceptions() {
        assertThrows(MalformedModuleException.class, () -> Component.fromText(engine, "(component (bogus))"));
        assertThrows(InvalidModuleException.class, () -> Component.fromText(engine, "(component (export \"f\" (func 0)))"));
        assertThrows(MalformedModuleException.class, () -> Component.fromBinary(engine, new byte[] {0, 'a', 's', 'm'}));
    }

    @Test
    void componentFromAnotherEngineIsRejected() {
        Component component = Component.fromText(Engine.create(), MATH);
        assertThrows(IllegalArgumentException.class, () -> ComponentLinker.create(engine).instantiate(component));
    }
}
