package dev.weft.component.wasi;

import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitInterface;
import dev.weft.component.wit.WitPackage;
import dev.weft.component.wit.WitWorld;
import dev.weft.component.wit.WorldItem;
import dev.weft.component.wit.WorldKey;
import dev.weft.engine.Engine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every function of wasi:cli, wasi:io, wasi:clocks, wasi:random and wasi:filesystem 0.2.12 is called
 * by a test program: direct.c calls all of them (DirectProgramTest), and the adapter programs cli.c,
 * files.c and misc.c reach part of them again through jco's preview1 adapter. docs/WASI.md has the
 * same table for people.
 */
class WasiP2CoverageTest {
    private static final List<String> PROGRAMS = List.of("direct", "cli", "files", "misc");
    private static final Set<String> PACKAGES = Set.of("wasi:cli", "wasi:io", "wasi:clocks", "wasi:random",
            "wasi:filesystem");
    private static final Path WIT = Path.of(System.getProperty("weft.suites", "../shared"), "wasi-wit", "v0.2.12");

    @Test
    void directCallsEveryFunctionOfTheFivePackages() {
        assumeTrue(Files.isDirectory(WIT), "no WASI WIT at " + WIT);
        Set<String> declared = new TreeSet<>();
        List<String> dirs = List.of("io", "clocks", "random", "filesystem", "sockets", "cli");
        for (String pkg : dirs) {
            Wit parser = Wit.parser();
            for (String dep : dirs) if (!dep.equals(pkg)) parser = parser.withDependency(WIT.resolve(dep));
            for (WitPackage p : parser.directory(WIT.resolve(pkg)).packages()) {
                if (!PACKAGES.contains(p.name().unversioned())) continue;
                for (WitInterface i : p.interfaces().values()) {
                    if (i.stability().isUnstable()) continue; // wasi:clocks/timezone is gated
                    i.functions().keySet().forEach(f -> declared.add(i.qualifiedName() + "#" + f));
                }
            }
        }
        assertTrue(declared.size() > 70, "functions found: " + declared.size());
        Set<String> missing = new TreeSet<>(declared), extra = new TreeSet<>(functions("direct"));
        missing.removeAll(functions("direct"));
        extra.removeAll(declared);
        assertEquals(Set.of(), missing, "not called by direct.c");
        assertEquals(Set.of(), extra, "not in the WIT");
    }

    @Test
    void adapterProgramsImportOnlyFunctionsOfTheFivePackages() {
        Set<String> all = functions("direct");
        for (String program : PROGRAMS) {
            Set<String> missing = new TreeSet<>(functions(program));
            missing.removeAll(all);
            assertEquals(Set.of(), missing, program);
        }
    }

    /**
     * Every interface function a test component imports (calls) or exports (provides: wasi:cli/run), as
     * "wasi:io/streams@0.2.12#[method]output-stream.splice".
     */
    private static Set<String> functions(String program) {
        Set<String> names = new TreeSet<>();
        WitWorld world = Wit.componentWorld(Engine.create(), bytes(program), program + ".wasm")
                .mainPackage().worlds().values().iterator().next();
        for (Map<WorldKey, WorldItem> items : List.of(world.imports(), world.exports())) {
            for (WorldItem item : items.values()) {
                if (item instanceof WorldItem.InterfaceItem ii) {
                    ii.iface().functions().keySet().forEach(f -> names.add(ii.iface().qualifiedName() + "#" + f));
                }
            }
        }
        return names;
    }

    private static byte[] bytes(String program) {
        try (InputStream in = WasiP2CoverageTest.class.getResourceAsStream("/wasi/" + program + ".wasm")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
