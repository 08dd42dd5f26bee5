package dev.weft.component;

import dev.weft.engine.Engine;
import dev.weft.engine.LinkException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One component's exported interface instance linked as another component's import. */
class LinkingComponentsTest {
    private final Engine engine = Engine.create();

    private static final String LIBRARY = """
            (component
              (core module $m
                (memory (export "mem") 1)
                (global $top (mut i32) (i32.const 1024))
                (func (export "realloc") (param i32 i32 i32 i32) (result i32)
                  (local $p i32)
                  (local.set $p (global.get $top))
                  (global.set $top (i32.add (global.get $top) (local.get 3)))
                  (local.get $p))
                (func (export "len") (param i32 i32) (result i32) (local.get 1)))
              (core instance $i (instantiate $m))
              (func $len (param "s" string) (result u32)
                (canon lift (core func $i "len") (memory (core memory $i "mem")) (realloc (core func $i "realloc"))))
              (instance $text (export "length" (func $len)))
              (export "test:lib/text@1.4.0" (instance $text)))
            """;

    private static final String APP = """
            (component
              (import "test:lib/text@1.1.0" (instance $text (export "length" (func (param "s" string) (result u32)))))
              (core module $Mem (memory (export "mem") 1))
              (core instance $mem (instantiate $Mem))
              (core func $length (canon lower (func $text "length") (memory (core memory $mem "mem"))))
              (core module $Main
                (import "" "mem" (memory 1))
                (import "" "length" (func $length (param i32 i32) (result i32)))
                (data (i32.const 0) "linked!")
                (func (export "run") (result i32) (i32.mul (call $length (i32.const 0) (i32.const 7)) (i32.const 10))))
              (core instance $main (instantiate $Main (with "" (instance
                (export "mem" (memory $mem "mem")) (export "length" (func $length))))))
              (func (export "run") (result u32) (canon lift (core func $main "run"))))
            """;

    @Test
    void exportedInstanceOfOneComponentSatisfiesAnotherComponentsImport() {
        ComponentLinker linker = ComponentLinker.create(engine);
        ComponentInstance library = linker.instantiate(Component.fromText(engine, LIBRARY));
        linker.instance("test:lib/text@1.4.0", library.instance("test:lib/text"));
        ComponentInstance app = linker.instantiate(Component.fromText(engine, APP));
        assertEquals(new Val.U32(70), app.func("run").call(), "1.4.0 satisfies an import of 1.1.0");
    }

    @Test
    void interfaceOfOnlyValueTypesNeedsNoProvider() {
        Component component = Component.fromText(engine, """
                (component
                  (import "test:common/types" (instance $t
                    (type $p (record (field "x" u32) (field "y" u32)))
                    (export "point" (type (eq $p)))))
                  (alias export $t "point" (type $point))
                  (core module $m (func (export "f") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
                  (core instance $i (instantiate $m))
                  (func (export "sum") (param "p" $point) (result u32) (canon lift (core func $i "f"))))
                """);
        ComponentInstance instance = ComponentLinker.create(engine).instantiate(component);
        Val point = new Val.RecordVal(List.of(new Val.NamedVal("x", new Val.U32(3)), new Val.NamedVal("y", new Val.U32(4))));
        assertEquals(new Val.U32(7), instance.func("sum").call(point));
    }

    @Test
    void instancesOfAnotherLinkerCannotBeLinked() {
        ComponentInstance library = ComponentLinker.create(engine).instantiate(Component.fromText(engine, LIBRARY));
        assertThrows(IllegalArgumentException.class,
                () -> ComponentLinker.create(engine).instance("test:lib/text@1.4.0", library.instance("test:lib/text")));
    }

    @Test
    void missingInterfaceIsAnUnknownImport() {
        LinkException e = assertThrows(LinkException.class,
                () -> ComponentLinker.create(engine).instantiate(Component.fromText(engine, APP)));
        assertEquals("unknown import", e.reason());
    }
}
