package dev.weft.component.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.Engine;
import dev.weft.engine.internal.text.Wat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A component's own imports and exports read back as a WIT world (components from the runtime tests). */
class ComponentWorldTest {
    /** The runtime tests' components are kept as text; {@code name} is given as the binary's name. */
    private static byte[] resource(String name) throws IOException {
        String path = "/components/runtime/" + name.replace(".wasm", ".wat");
        try (InputStream in = ComponentWorldTest.class.getResourceAsStream(path)) {
            if (in == null) throw new IOException("missing test resource " + path);
            return Wat.componentQuoteToBinary(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void importedInterfacesFunctionsAndResourcesBecomeAWorld() throws IOException {
        Resolve r = Wit.componentWorld(Engine.create(), resource("host.wasm"), "host.wasm");
        WitWorld w = r.selectWorld("root:component/root");
        assertEquals(List.of("test:host/log@0.2.1", "twice", "test:host/files"),
                w.imports().keySet().stream().map(WorldKey::externalName).toList());
        WitInterface files = r.findPackage("test:host").interfaces().get("files");
        TypeDef file = files.types().get("file");
        assertTrue(file.isResource());
        WitFunction size = files.functions().get("[method]file.size");
        assertEquals(WitFunction.Kind.METHOD, size.kind());
        assertSame(file, size.resource());
        assertEquals(WitType.Primitive.U64, size.result());
        WitFunction sizePlusOne = ((WorldItem.FunctionItem) w.exports().get(new WorldKey.Name("size-plus-one"))).function();
        WitType.HandleType param = (WitType.HandleType) sizePlusOne.params().get(0).type();
        assertTrue(param.borrow());
        assertSame(file, param.resource().unaliased());
        WitFunction twice = ((WorldItem.FunctionItem) w.imports().get(new WorldKey.Name("twice"))).function();
        assertEquals(List.of(new WitFunction.Param("x", WitType.Primitive.U32)), twice.params());
    }

    @Test
    void exportedInstancesKeepTheirResourceFunctions() throws IOException {
        Resolve r = Wit.componentWorld(Engine.create(), resource("resources.wasm"), "resources.wasm");
        WitInterface impl = ((WorldItem.InterfaceItem) r.selectWorld(null).exports().get(new WorldKey.Name("impl"))).iface();
        TypeDef thing = impl.types().get("thing");
        assertEquals(WitFunction.Kind.CONSTRUCTOR, impl.functions().get("[constructor]thing").kind());
        assertEquals(new WitType.Ref(thing), impl.functions().get("[constructor]thing").result());
    }

    @Test
    void notAComponentIsAWitException() {
        byte[] core = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
        assertThrows(WitException.class, () -> Wit.componentWorld(Engine.create(), core, "core.wasm"));
    }
}
