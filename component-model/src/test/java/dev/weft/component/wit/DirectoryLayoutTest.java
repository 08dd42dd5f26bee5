package dev.weft.component.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLayoutTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void filesOfADirectoryFormOnePackageAndDepsAreFoundInEveryLayout() throws IOException {
        write("a.wit", "package top:app;\nworld app { import lib:one/types; import lib:two/api; }\n");
        write("b.wit", "interface helper { use lib:two/api.{handle}; }\n");
        write("deps/one/types.wit", "package lib:one;\ninterface types { type id = u64; }\n");
        write("deps/two.wit", "package lib:two;\ninterface api { use lib:one/types.{id}; resource handle; }\n");
        write("deps/notes.txt", "ignored");
        Resolve r = Wit.parseDirectory(dir);
        assertEquals("top:app", r.mainPackage().name().toString());
        assertEquals(List.of("lib:one", "lib:two", "top:app"), r.packages().stream().map(p -> p.name().toString()).toList());
        assertEquals(List.of("helper"), List.copyOf(r.mainPackage().interfaces().keySet()));
        WitWorld app = r.selectWorld("app");
        assertEquals(List.of("lib:one/types", "lib:two/api"),
                app.imports().keySet().stream().map(WorldKey::externalName).toList());
    }

    @Test
    void aDependencyMayBeAPackageEncodedAsComponentText() throws IOException {
        write("a.wit", "package top:app;\nworld app { import d:d/d; }\n");
        write("deps/d.wat", "(component\n  (type $d (component (export \"d:d/d\" (instance))))\n  (export \"d\" (type $d)))\n");
        WitWorld app = Wit.parseDirectory(dir).selectWorld("app");
        assertEquals(List.of("d:d/d"), app.imports().keySet().stream().map(WorldKey::externalName).toList());
    }

    @Test
    void componentTextErrorsInADependencyNameFileAndLine() throws IOException {
        write("a.wit", "package top:app;\nworld app { import d:d/d; }\n");
        write("deps/d.wat", "(component\n  (type $d (componnt))\n)\n");
        WitException e = assertThrows(WitException.class, () -> Wit.parseDirectory(dir));
        assertTrue(e.file().endsWith("d.wat"), e.file());
        assertEquals(2, e.line());
        assertTrue(e.reason().startsWith("component text: "), e.reason());
    }

    @Test
    void topLevelUseIsScopedToItsFile() throws IOException {
        write("a.wit", "package top:app;\nuse other as renamed;\ninterface one { use renamed.{t}; }\n");
        write("b.wit", "interface other { type t = u8; }\ninterface two { use renamed.{t}; }\n");
        WitException e = assertThrows(WitException.class, () -> Wit.parseDirectory(dir));
        assertTrue(e.file().endsWith("b.wit"), e.file());
        assertEquals(2, e.line());
    }

    @Test
    void filesMustAgreeOnThePackageName() throws IOException {
        write("a.wit", "package top:a;\n");
        write("b.wit", "package top:b;\n");
        WitException e = assertThrows(WitException.class, () -> Wit.parseDirectory(dir));
        assertEquals("package identifier `top:b` does not match previous package name of `top:a`", e.reason());
        assertEquals(1, e.line());
        assertEquals(9, e.column());
    }

    @Test
    void extraDependencyLocationsAreResolvedToo() throws IOException {
        write("app/a.wit", "package top:app;\nworld w { import lib:one/types@1.0.0; }\n");
        write("lib/types.wit", "package lib:one@1.0.0;\ninterface types {}\n");
        Resolve r = Wit.parser().withDependency(dir.resolve("lib")).directory(dir.resolve("app"));
        assertEquals("lib:one/types@1.0.0", r.selectWorld(null).imports().keySet().iterator().next().externalName());
    }
}
