package dev.weft.component.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WIT packages read from component binaries in the spec's package format, encoded here by hand. */
class BinaryPackageTest {
    private static final int U8 = 0x7d;
    private static final int U32 = 0x79;
    private static final int STRING = 0x73;

    /** Little byte builder: LEB128 integers, names, and length-prefixed vectors. */
    private static final class Bytes {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes b(int... bytes) {
            for (int x : bytes) out.write(x);
            return this;
        }

        Bytes u32(int v) {
            do {
                int byteValue = v & 0x7f;
                v >>>= 7;
                out.write(v != 0 ? byteValue | 0x80 : byteValue);
            } while (v != 0);
            return this;
        }

        Bytes name(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            u32(utf8.length);
            out.writeBytes(utf8);
            return this;
        }

        /** {@code nameattributes} without attributes. */
        Bytes extern(String s) { return b(0x00).name(s); }

        Bytes vec(Bytes... items) {
            u32(items.length);
            for (Bytes i : items) out.writeBytes(i.out.toByteArray());
            return this;
        }

        Bytes section(int id, Bytes body) {
            byte[] content = body.out.toByteArray();
            b(id).u32(content.length);
            out.writeBytes(content);
            return this;
        }

        byte[] bytes() { return out.toByteArray(); }
    }

    private static Bytes bytes() { return new Bytes(); }

    /** An instance type exporting one fresh resource named {@code name}. */
    private static Bytes resourceInstance(String name) {
        return bytes().b(0x42).vec(bytes().b(0x04).extern(name).b(0x03, 0x01));
    }

    /**
     * <pre>
     * interface types { resource file { read: func(off: u32, n: u32) -> list&lt;u8&gt;; } }
     * interface namespace { use types.{file}; open: func(name: string) -> file; }
     * world app { import namespace; export run: func(); }
     * </pre>
     */
    private static byte[] demoPackage() {
        Bytes types = bytes().b(0x41).vec(
                bytes().b(0x01).b(0x42).vec(
                        bytes().b(0x04).extern("file").b(0x03, 0x01),                    // type 0: resource
                        bytes().b(0x01).b(0x68).u32(0),                                  // type 1: borrow<file>
                        bytes().b(0x01).b(0x70, U8),                                     // type 2: list<u8>
                        bytes().b(0x01).b(0x40).vec(bytes().name("self").u32(1),
                                bytes().name("off").b(U32), bytes().name("n").b(U32)).b(0x00).u32(2),
                        bytes().b(0x04).extern("[method]file.read").b(0x01).u32(3)),
                bytes().b(0x04).extern("local:demo/types").b(0x05).u32(0));
        Bytes namespace = bytes().b(0x41).vec(
                bytesOf(0x01, resourceInstance("file")),                                 // type 0
                bytes().b(0x03).extern("local:demo/types").b(0x05).u32(0),             // instance 0
                bytes().b(0x02).b(0x03, 0x00).u32(0).name("file"),                       // type 1 = file
                bytes().b(0x01).b(0x69).u32(1),                                          // type 2 = own<file>
                bytes().b(0x01).b(0x42).vec(
                        bytes().b(0x02).b(0x03, 0x02).u32(1).u32(2),                     // inner 0 = outer own
                        bytes().b(0x01).b(0x40).vec(bytes().name("name").b(STRING)).b(0x00).u32(0),
                        bytes().b(0x04).extern("open").b(0x01).u32(1)),
                bytes().b(0x04).extern("local:demo/namespace").b(0x05).u32(3));
        Bytes world = bytes().b(0x41).vec(
                bytes().b(0x01).b(0x41).vec(
                        bytesOf(0x01, resourceInstance("file")),                         // w0
                        bytes().b(0x03).extern("local:demo/types").b(0x05).u32(0),     // instance 0
                        bytes().b(0x02).b(0x03, 0x00).u32(0).name("file"),               // w1 = file
                        bytes().b(0x01).b(0x42).vec(
                                bytes().b(0x02).b(0x03, 0x02).u32(1).u32(1),             // inner 0 = file
                                bytes().b(0x01).b(0x69).u32(0),                          // inner 1 = own
                                bytes().b(0x01).b(0x40).vec(bytes().name("name").b(STRING)).b(0x00).u32(1),
                                bytes().b(0x04).extern("open").b(0x01).u32(2)),          // w2
                        bytes().b(0x03).extern("local:demo/namespace").b(0x05).u32(2),
                        bytes().b(0x01).b(0x40).vec().b(0x01, 0x00),                      // w3: func()
                        bytes().b(0x04).extern("run").b(0x01).u32(3)),
                bytes().b(0x04).extern("local:demo/app").b(0x04).u32(0));
        Bytes typeSection = bytes().vec(types, namespace, world);
        // Type exports add indices: types=0 → 1, namespace=2 → 3, app=4 in the order below.
        Bytes exports = bytes().vec(
                bytes().extern("types").b(0x03).u32(0).b(0x00),
                bytes().extern("namespace").b(0x03).u32(1).b(0x00),
                bytes().extern("app").b(0x03).u32(2).b(0x00));
        return bytes().b(0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00)
                .section(7, typeSection).section(11, exports).bytes();
    }

    private static Bytes bytesOf(int prefix, Bytes rest) {
        Bytes b = bytes().b(prefix);
        b.out.writeBytes(rest.bytes());
        return b;
    }

    @Test
    void interfacesWorldsAndUsesAreDecoded() {
        Resolve r = Wit.parseBinary(demoPackage(), "demo.wasm");
        WitPackage p = r.mainPackage();
        assertEquals("local:demo", p.name().toString());
        WitInterface types = p.interfaces().get("types");
        TypeDef file = types.types().get("file");
        assertTrue(file.isResource());
        WitFunction read = types.functions().get("[method]file.read");
        assertEquals(WitFunction.Kind.METHOD, read.kind());
        assertSame(file, read.resource());
        assertEquals(List.of(new WitFunction.Param("self", new WitType.HandleType(file, true)),
                new WitFunction.Param("off", WitType.Primitive.U32), new WitFunction.Param("n", WitType.Primitive.U32)),
                read.params());
        assertEquals(new WitType.ListType(WitType.Primitive.U8, -1), read.result());
        WitFunction open = p.interfaces().get("namespace").functions().get("open");
        assertEquals(new WitType.Ref(file), open.result());
        WitWorld app = r.selectWorld(null);
        assertEquals(List.of("local:demo/types", "local:demo/namespace"),
                app.imports().keySet().stream().map(WorldKey::externalName).toList());
        assertSame(p.interfaces().get("namespace"),
                ((WorldItem.InterfaceItem) app.imports().get(new WorldKey.Interface(p.interfaces().get("namespace")))).iface());
        WitFunction run = ((WorldItem.FunctionItem) app.exports().get(new WorldKey.Name("run"))).function();
        assertEquals(List.of(), run.params());
    }

    @Test
    void binaryDependenciesInDepsAreUsedByTextPackages(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("root.wit"), "package top:app;\ninterface user { use local:demo/types.{file}; "
                + "take: func(f: file); }\n");
        Files.createDirectories(dir.resolve("deps"));
        Files.write(dir.resolve("deps/demo.wasm"), demoPackage());
        Resolve r = Wit.parseDirectory(dir);
        TypeDef used = r.mainPackage().interfaces().get("user").types().get("file");
        assertSame(r.findPackage("local:demo").interfaces().get("types").types().get("file"), used.unaliased());
    }

    @Test
    void notAPackageIsAWitException() {
        byte[] core = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
        assertThrows(WitException.class, () -> Wit.parseBinary(core, "core.wasm"));
        byte[] truncated = {0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x07, 0x05, 0x01};
        assertThrows(WitException.class, () -> Wit.parseBinary(truncated, "bad.wasm"));
    }
}
