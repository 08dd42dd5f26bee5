package dev.weft.component.wasi;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Val;
import dev.weft.engine.wasi.WasiConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.weft.component.wasi.HostApi.borrow;
import static dev.weft.component.wasi.HostApi.bytes;
import static dev.weft.component.wasi.HostApi.elements;
import static dev.weft.component.wasi.HostApi.err;
import static dev.weft.component.wasi.HostApi.ok;
import static dev.weft.component.wasi.HostApi.text;
import static dev.weft.component.wasi.HostApi.u64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** wasi:filesystem descriptor methods called directly, imported at 0.2.0. */
class FilesystemApiTest {
    private static final String IMPORTS = """
            (import "wasi:filesystem/types@0.2.0" (instance $fs
              (export "descriptor" (type (sub resource)))
              (type (enum "access" "would-block" "already" "bad-descriptor" "busy" "deadlock" "quota" "exist"
                "file-too-large" "illegal-byte-sequence" "in-progress" "interrupted" "invalid" "io" "is-directory"
                "loop" "too-many-links" "message-size" "name-too-long" "no-device" "no-entry" "no-lock"
                "insufficient-memory" "insufficient-space" "not-directory" "not-empty" "not-recoverable"
                "unsupported" "no-tty" "no-such-device" "overflow" "not-permitted" "pipe" "read-only"
                "invalid-seek" "text-file-busy" "cross-device"))
              (export "error-code" (type (eq 1)))
              (type (flags "symlink-follow"))
              (export "path-flags" (type (eq 3)))
              (type (flags "create" "directory" "exclusive" "truncate"))
              (export "open-flags" (type (eq 5)))
              (type (flags "read" "write" "file-integrity-sync" "data-integrity-sync" "requested-write-sync"
                "mutate-directory"))
              (export "descriptor-flags" (type (eq 7)))
              (type (borrow 0))
              (type (own 0))
              (type (result 10 (error 2)))
              (type (func (param "self" 9) (param "path-flags" 4) (param "path" string) (param "open-flags" 6)
                (param "flags" 8) (result 11)))
              (export "[method]descriptor.open-at" (func (type 12)))
              (type (list u8))
              (type (result u64 (error 2)))
              (type (func (param "self" 9) (param "buffer" 13) (param "offset" u64) (result 14)))
              (export "[method]descriptor.write" (func (type 15)))
              (type (tuple 13 bool))
              (type (result 16 (error 2)))
              (type (func (param "self" 9) (param "length" u64) (param "offset" u64) (result 17)))
              (export "[method]descriptor.read" (func (type 18)))
              (type (result string (error 2)))
              (type (func (param "self" 9) (param "path" string) (result 19)))
              (export "[method]descriptor.readlink-at" (func (type 20)))
              (type (result (error 2)))
              (type (func (param "self" 9) (param "old-path" string) (param "new-path" string) (result 21)))
              (export "[method]descriptor.symlink-at" (func (type 22)))
              (type (func (param "self" 9) (param "other" 9) (result bool)))
              (export "[method]descriptor.is-same-object" (func (type 23)))
              (type (func (param "self" 9) (param "size" u64) (result 21)))
              (export "[method]descriptor.set-size" (func (type 24)))
              (type (func (param "self" 9) (param "path" string) (result 21)))
              (export "[method]descriptor.remove-directory-at" (func (type 25)))
              (export "[method]descriptor.create-directory-at" (func (type 25)))
              (type (result 8 (error 2)))
              (type (func (param "self" 9) (result 26)))
              (export "[method]descriptor.get-flags" (func (type 27)))
              (export "directory-entry-stream" (type (sub resource)))
              (type (own 28))
              (type (result 29 (error 2)))
              (type (func (param "self" 9) (result 30)))
              (export "[method]descriptor.read-directory" (func (type 31)))
              (type (enum "unknown" "block-device" "character-device" "directory" "fifo" "symbolic-link"
                "regular-file" "socket"))
              (export "descriptor-type" (type (eq 32)))
              (type (record (field "type" 33) (field "name" string)))
              (export "directory-entry" (type (eq 34)))
              (type (option 35))
              (type (result 36 (error 2)))
              (type (borrow 28))
              (type (func (param "self" 38) (result 37)))
              (export "[method]directory-entry-stream.read-directory-entry" (func (type 39)))
              (type (record (field "lower" u64) (field "upper" u64)))
              (export "metadata-hash-value" (type (eq 40)))
              (type (result 41 (error 2)))
              (type (func (param "self" 9) (param "path-flags" 4) (param "path" string) (result 42)))
              (export "[method]descriptor.metadata-hash-at" (func (type 43)))))
            (import "wasi:filesystem/preopens@0.2.0" (instance $pre
              (export "descriptor" (type (sub resource)))
              (type (own 0))
              (type (tuple 1 string))
              (type (list 2))
              (type (func (result 3)))
              (export "get-directories" (func (type 4)))))
            (export "get-directories" (func $pre "get-directories"))
            (export "open-at" (func $fs "[method]descriptor.open-at"))
            (export "write" (func $fs "[method]descriptor.write"))
            (export "read" (func $fs "[method]descriptor.read"))
            (export "readlink-at" (func $fs "[method]descriptor.readlink-at"))
            (export "symlink-at" (func $fs "[method]descriptor.symlink-at"))
            (export "is-same-object" (func $fs "[method]descriptor.is-same-object"))
            (export "set-size" (func $fs "[method]descriptor.set-size"))
            (export "remove-directory-at" (func $fs "[method]descriptor.remove-directory-at"))
            (export "create-directory-at" (func $fs "[method]descriptor.create-directory-at"))
            (export "get-flags" (func $fs "[method]descriptor.get-flags"))
            (export "read-directory" (func $fs "[method]descriptor.read-directory"))
            (export "read-directory-entry" (func $fs "[method]directory-entry-stream.read-directory-entry"))
            (export "metadata-hash-at" (func $fs "[method]descriptor.metadata-hash-at"))
            """;

    private static final Val NO_FLAGS = new Val.FlagsVal(Set.of());
    private static final Val FOLLOW = new Val.FlagsVal(Set.of("symlink-follow"));

    private static Val flags(String... names) { return new Val.FlagsVal(Set.of(names)); }

    private static Val code(String name) { return new Val.EnumVal(name); }

    /** The preopened directories as (descriptor, name) pairs. */
    private static List<Val> preopens(ComponentInstance w) { return elements(w.func("get-directories").call()); }

    private static Val root(ComponentInstance w, int i) {
        return borrow(((Val.TupleVal) preopens(w).get(i)).elements().get(0));
    }

    @Test
    void preopensAreListedWithTheirNamesAndFlags(@TempDir Path tmp) throws IOException {
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withPreopen(tmp, "/work", false)
                .withPreopen(ro, "/ro", true), IMPORTS);
        List<Val> dirs = preopens(w);
        assertEquals(new Val.Str("/work"), ((Val.TupleVal) dirs.get(0)).elements().get(1));
        assertEquals(new Val.Str("/ro"), ((Val.TupleVal) dirs.get(1)).elements().get(1));
        assertEquals(flags("read", "mutate-directory"), ok(w.func("get-flags").call(root(w, 0))));
        assertEquals(flags("read"), ok(w.func("get-flags").call(root(w, 1))));
    }

    @Test
    void positionalReadAndWriteReportTheEnd(@TempDir Path tmp) throws IOException {
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withPreopen(tmp, "/", false), IMPORTS);
        Val f = borrow(ok(w.func("open-at").call(root(w, 0), NO_FLAGS, new Val.Str("f.txt"),
                flags("create", "exclusive"), flags("read", "write"))));
        assertEquals(u64(5), ok(w.func("write").call(f, bytes("hello"), u64(0))));
        assertEquals(u64(2), ok(w.func("write").call(f, bytes("!!"), u64(5))));
        Val.TupleVal part = (Val.TupleVal) ok(w.func("read").call(f, u64(3), u64(1)));
        assertEquals("ell", text(part.elements().get(0)));
        assertEquals(new Val.Bool(false), part.elements().get(1));
        Val.TupleVal rest = (Val.TupleVal) ok(w.func("read").call(f, u64(100), u64(4)));
        assertEquals("o!!", text(rest.elements().get(0)));
        assertEquals(new Val.Bool(true), rest.elements().get(1));
        assertEquals(null, ok(w.func("set-size").call(f, u64(2))));
        assertEquals("he", Files.readString(tmp.resolve("f.txt")));
        assertEquals(code("exist"), err(w.func("open-at").call(root(w, 0), NO_FLAGS, new Val.Str("f.txt"),
                flags("create", "exclusive"), flags("write"))));
    }

    @Test
    void aReadOnlyDescriptorCanNotWrite(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a"), "abc");
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withPreopen(tmp, "/", false), IMPORTS);
        Val f = borrow(ok(w.func("open-at").call(root(w, 0), NO_FLAGS, new Val.Str("a"), NO_FLAGS, flags("read"))));
        assertEquals(code("bad-descriptor"), err(w.func("write").call(f, bytes("x"), u64(0))));
        assertEquals("abc", Files.readString(tmp.resolve("a")));
    }

    @Test
    void symlinksStayInsideThePreopen(@TempDir Path tmp) throws IOException {
        Path box = Files.createDirectories(tmp.resolve("box"));
        Files.writeString(tmp.resolve("outside.txt"), "secret");
        Files.writeString(box.resolve("inside.txt"), "fine");
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withPreopen(box, "/box", false), IMPORTS);
        Val dir = root(w, 0);
        assertEquals(null, ok(w.func("symlink-at").call(dir, new Val.Str("inside.txt"), new Val.Str("good"))));
        assertEquals(null, ok(w.func("symlink-at").call(dir, new Val.Str("../outside.txt"), new Val.Str("bad"))));
        assertEquals(code("not-permitted"),
                err(w.func("symlink-at").call(dir, new Val.Str("/etc/passwd"), new Val.Str("abs"))));
        assertEquals(new Val.Str("../outside.txt"), ok(w.func("readlink-at").call(dir, new Val.Str("bad"))));
        Val good = borrow(ok(w.func("open-at").call(dir, FOLLOW, new Val.Str("good"), NO_FLAGS, flags("read"))));
        Val inside = borrow(ok(w.func("open-at").call(dir, NO_FLAGS, new Val.Str("inside.txt"), NO_FLAGS,
                flags("read"))));
        assertEquals(new Val.Bool(true), w.func("is-same-object").call(good, inside));
        assertEquals(new Val.Bool(false), w.func("is-same-object").call(good, dir));
        assertEquals(code("not-permitted"),
                err(w.func("open-at").call(dir, FOLLOW, new Val.Str("bad"), NO_FLAGS, flags("read"))));
        assertEquals(code("loop"),
                err(w.func("open-at").call(dir, NO_FLAGS, new Val.Str("bad"), NO_FLAGS, flags("read"))));
        assertEquals(code("not-permitted"),
                err(w.func("open-at").call(dir, NO_FLAGS, new Val.Str("../outside.txt"), NO_FLAGS, flags("read"))));
        assertEquals(code("not-permitted"),
                err(w.func("open-at").call(dir, NO_FLAGS, new Val.Str("/etc/passwd"), NO_FLAGS, flags("read"))));
        assertEquals(ok(w.func("metadata-hash-at").call(dir, FOLLOW, new Val.Str("good"))),
                ok(w.func("metadata-hash-at").call(dir, NO_FLAGS, new Val.Str("inside.txt"))));
    }

    @Test
    void directoriesAreCreatedListedAndRemoved(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("file"), "");
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withPreopen(tmp, "/", false), IMPORTS);
        Val dir = root(w, 0);
        assertEquals(null, ok(w.func("create-directory-at").call(dir, new Val.Str("sub"))));
        assertEquals(code("exist"), err(w.func("create-directory-at").call(dir, new Val.Str("sub"))));
        Val entries = borrow(ok(w.func("read-directory").call(dir)));
        List<String> seen = new ArrayList<>();
        while (((Val.OptionVal) ok(w.func("read-directory-entry").call(entries))).value() instanceof Val.RecordVal r) {
            seen.add(((Val.Str) r.fields().get(1).value()).value() + ":" + ((Val.EnumVal) r.fields().get(0).value()).caseName());
        }
        seen.sort(null);
        assertEquals(List.of("file:regular-file", "sub:directory"), seen);
        assertEquals(code("not-directory"), err(w.func("remove-directory-at").call(dir, new Val.Str("file"))));
        assertEquals(null, ok(w.func("remove-directory-at").call(dir, new Val.Str("sub"))));
        assertFalse(Files.exists(tmp.resolve("sub")));
    }

    @Test
    void nothingChangesInAReadOnlyPreopen(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("keep"), "kept");
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withPreopen(tmp, "/", true), IMPORTS);
        Val dir = root(w, 0);
        assertEquals(code("read-only"), err(w.func("create-directory-at").call(dir, new Val.Str("sub"))));
        assertEquals(code("read-only"), err(w.func("open-at").call(dir, NO_FLAGS, new Val.Str("keep"),
                flags("truncate"), flags("write"))));
        assertEquals(code("read-only"), err(w.func("open-at").call(dir, NO_FLAGS, new Val.Str("new"),
                flags("create"), flags("write"))));
        assertEquals(code("read-only"), err(w.func("symlink-at").call(dir, new Val.Str("keep"), new Val.Str("l"))));
        assertEquals("kept", Files.readString(tmp.resolve("keep")));
        assertFalse(Files.exists(tmp.resolve("new")));
    }
}
