package dev.weft.component;

import dev.weft.engine.Engine;
import dev.weft.engine.LinkException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Host functions, a versioned host interface and a host resource imported by host.wat. */
class HostImportsTest {
    private static final ComponentFuncType WRITE = ComponentFuncType.of(
            List.of(new ComponentFuncType.Param("line", Type.Primitive.STRING)), null);
    private static final ComponentFuncType TWICE = ComponentFuncType.of(
            List.of(new ComponentFuncType.Param("x", Type.Primitive.U32)), Type.Primitive.U32);

    private final Engine engine = Engine.create();
    private final Component component = TestComponents.load(engine, "host");
    private final List<String> log = new ArrayList<>();
    private final ResourceType file = ResourceType.host("file");

    private ComponentLinker linker(String logVersion) {
        ComponentLinker linker = ComponentLinker.create(engine)
                .func("twice", TWICE, args -> new Val.U32(((Val.U32) args.get(0)).value() * 2));
        linker.instance("test:host/log@" + logVersion)
                .func("write", WRITE, args -> {
                    log.add(logVersion + ": " + ((Val.Str) args.get(0)).value());
                    return null;
                });
        linker.instance("test:host/files")
                .resource("file", file, null)
                .func("[method]file.size", ComponentFuncType.of(
                        List.of(new ComponentFuncType.Param("self", new Type.Borrow(file))), Type.Primitive.U64),
                        args -> new Val.U64(((String) ((Resource) ((Val.ResourceVal) args.get(0)).handle()).rep()).length()));
        return linker;
    }

    @Test
    void callsHostFunctionsThroughLoweredImports() {
        ComponentInstance instance = linker("0.2.1").instantiate(component);
        assertEquals(new Val.U32(20), instance.func("quadruple").call(new Val.U32(5)));
        assertEquals(List.of("0.2.1: quadrupled"), log);
    }

    @Test
    void importIsSatisfiedByTheLargestCompatibleVersion() {
        ComponentLinker linker = linker("0.2.5");
        linker.instance("test:host/log@0.2.9").func("write", WRITE, args -> {
            log.add("0.2.9 wins");
            return null;
        });
        linker.instance("test:host/log@0.3.0").func("write", WRITE, args -> {
            log.add("0.3.0 is not compatible with 0.2.1");
            return null;
        });
        linker.instantiate(component).func("quadruple").call(new Val.U32(1));
        assertEquals(List.of("0.2.9 wins"), log);
    }

    @Test
    void incompatibleVersionIsAnUnknownImport() {
        LinkException e = assertThrows(LinkException.class, () -> linker("0.3.0").instantiate(component));
        assertEquals("unknown import", e.reason());
        assertTrue(e.getMessage().contains("test:host/log@0.2.1"), e.getMessage());
    }

    @Test
    void wrongFunctionTypeIsAnIncompatibleImport() {
        ComponentLinker linker = linker("0.2.1").func("twice", WRITE, args -> null);
        LinkException e = assertThrows(LinkException.class, () -> linker.instantiate(component));
        assertEquals("incompatible import type", e.reason());
    }

    @Test
    void hostInterfaceNeedNotDefineTheValueTypesItsFunctionsUse() {
        Component c = Component.fromText(engine, """
                (component
                  (import "test:host/geo" (instance $geo
                    (type $p (record (field "x" s32) (field "y" s32)))
                    (export "point" (type $point (eq $p)))
                    (export "norm1" (func (param "p" $point) (result u32)))))
                  (alias export $geo "point" (type $point))
                  (core func $norm1 (canon lower (func $geo "norm1")))
                  (core module $m
                    (import "" "norm1" (func $norm1 (param i32 i32) (result i32)))
                    (func (export "f") (param i32) (result i32) (call $norm1 (local.get 0) (i32.const -2))))
                  (core instance $i (instantiate $m (with "" (instance (export "norm1" (func $norm1))))))
                  (func (export "f") (param "x" s32) (result u32) (canon lift (core func $i "f"))))
                """);
        Type point = new Type.RecordType(List.of(new Type.Field("x", Type.Primitive.S32), new Type.Field("y", Type.Primitive.S32)));
        ComponentLinker linker = ComponentLinker.create(engine);
        linker.instance("test:host/geo").func("norm1",
                ComponentFuncType.of(List.of(new ComponentFuncType.Param("p", point)), Type.Primitive.U32), args -> {
                    Val.RecordVal p = (Val.RecordVal) args.get(0);
                    int x = ((Val.S32) p.fields().get(0).value()).value();
                    int y = ((Val.S32) p.fields().get(1).value()).value();
                    return new Val.U32(Math.abs(x) + Math.abs(y));
                });
        assertEquals(new Val.U32(7), linker.instantiate(c).func("f").call(new Val.S32(5)));
    }

    @Test
    void hostResourceIsBorrowedIntoTheComponentAndBack() {
        ComponentInstance instance = linker("0.2.1").instantiate(component);
        Val size = instance.func("size-plus-one").call(new Val.ResourceVal(Resource.borrow(file, "twelve chars")));
        assertEquals(new Val.U64(13), size);
        assertEquals(new Type.Borrow(file), instance.func("size-plus-one").type().params().get(0).type(),
                "the export's type names the host's resource type");
    }
}
