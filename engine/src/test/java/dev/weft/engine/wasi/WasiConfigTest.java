package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.Engine;
import dev.weft.engine.Instance;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;
import dev.weft.engine.TrapException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java-facing API: immutable configuration, validation, and the ways to run a guest. */
class WasiConfigTest {

    @Test
    void configurationIsImmutable() {
        WasiConfig base = WasiConfig.defaults();
        WasiConfig derived = base.withArgs("a", "b").withEnv("K", "V");
        assertNotSame(base, derived);
        assertEquals(List.of(), base.args());
        assertEquals(Map.of(), base.env());
        assertEquals(List.of("a", "b"), derived.args());
        assertEquals(Map.of("K", "V"), derived.env());
        assertThrows(UnsupportedOperationException.class, () -> derived.args().add("c"));
        assertThrows(UnsupportedOperationException.class, () -> derived.env().put("X", "Y"));
    }

    @Test
    void badSettingsAreRejected(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> WasiConfig.defaults().withArgs("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> WasiConfig.defaults().withEnv("A=B", "c"));
        assertThrows(IllegalArgumentException.class, () -> WasiConfig.defaults().withEnv("", "c"));
        assertThrows(IllegalArgumentException.class,
                () -> WasiConfig.defaults().withPreopen(dir.resolve("missing"), "/m", false));
        assertThrows(NullPointerException.class, () -> WasiConfig.defaults().withStdout(null));
    }

    @Test
    void settingsOfOneHostSurviveTheOthersChanges() {
        WasiConfig c = WasiConfig.defaults().withInitialCwd("/data").withTerminals(false, true, false)
                .withArgs("a").withEnv("K", "V");
        assertEquals("/data", c.initialCwd());
        assertTrue(c.terminalStdout());
        assertEquals(List.of("a"), c.args());
        assertEquals(null, WasiConfig.defaults().initialCwd());
        assertThrows(IllegalArgumentException.class, () -> WasiConfig.defaults().withInitialCwd("/a\0b"));
    }

    @Test
    void laterEnvironmentValuesReplaceEarlierOnes() {
        assertEquals(Map.of("K", "2"), WasiConfig.defaults().withEnv("K", "1").withEnv("K", "2").env());
    }

    @Test
    void staticDefineRegistersEveryFunctionAndRunsACommand() {
        Engine engine = Engine.create();
        Linker linker = Linker.create(engine);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Wasi wasi = Wasi.define(linker, WasiConfig.defaults().withArgs("x").withStdout(out))) {
            for (String name : Wasi.functionNames()) assertTrue(linker.get(Wasi.MODULE, name) != null, name);
            Instance instance = linker.instantiate(Module.fromBinary(engine, GuestProgram.bytes("hello")));
            assertEquals(0, wasi.run(instance));
        }
        assertEquals("argc=1\nargv[0]=x\nGREETING=(unset)\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void callingAFunctionBeforeAMemoryIsBoundTraps() {
        Engine engine = Engine.create();
        Module module = Module.fromText(engine, """
                (module
                  (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
                  (memory (export "memory") 1)
                  (func (export "sizes") (result i32) (call $sizes (i32.const 0) (i32.const 4))))
                """);
        try (Wasi wasi = Wasi.create(WasiConfig.defaults().withArgs("a", "bc"))) {
            Instance instance = wasi.define(Linker.create(engine)).instantiate(module);
            assertThrows(TrapException.class, () -> instance.func("sizes").call());
            wasi.initialize(instance);
            assertEquals(0, instance.func("sizes").call()[0]);
            assertEquals(2, instance.memory("memory").readInt(0));
            assertEquals(5, instance.memory("memory").readInt(4));
        }
    }

    @Test
    void aBadPointerIsEfaultNotATrap() {
        Engine engine = Engine.create();
        Module module = Module.fromText(engine, """
                (module
                  (import "wasi_snapshot_preview1" "random_get" (func $random (param i32 i32) (result i32)))
                  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
                  (memory (export "memory") 1)
                  (func (export "random") (param i32 i32) (result i32) (call $random (local.get 0) (local.get 1)))
                  (func (export "write") (param i32 i32) (result i32)
                    (call $write (i32.const 1) (local.get 0) (local.get 1) (i32.const 0))))
                """);
        try (Wasi wasi = Wasi.create(WasiConfig.defaults())) {
            Instance instance = wasi.define(Linker.create(engine)).instantiate(module);
            wasi.initialize(instance);
            assertEquals(0, instance.func("random").call(65520, 16)[0]);
            assertEquals(21, instance.func("random").call(65520, 17)[0]);
            assertEquals(21, instance.func("random").call(-1, 2)[0]);
            // An iovec array running off the end of memory, and an iovec whose buffer does.
            assertEquals(21, instance.func("write").call(65532, 1)[0]);
            instance.memory("memory").writeInt(100, 65535);
            instance.memory("memory").writeInt(104, 2);
            assertEquals(21, instance.func("write").call(100, 1)[0]);
        }
    }
}
