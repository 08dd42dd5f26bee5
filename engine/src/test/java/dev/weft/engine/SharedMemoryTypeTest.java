package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The public memory type carries the threads proposal's {@code shared} flag. */
class SharedMemoryTypeTest {
    private static final Engine ENGINE = Engine.create();

    @Test
    void importsAndExportsSayWhetherAMemoryIsShared() {
        Module m = Module.fromText(ENGINE, """
                (module (import "env" "shared" (memory 1 2 shared)) (import "env" "plain" (memory 1))
                  (memory (export "mine") 3 4 shared))
                """);
        assertEquals(new MemoryType(1, 2, false, true), m.imports().get(0).type());
        assertEquals(new MemoryType(1, -1, false, false), m.imports().get(1).type());
        assertEquals(new MemoryType(3, 4, false, true), m.exports().get(0).type());
    }

    @Test
    void aHostSharedMemorySatisfiesOnlyASharedImport() {
        Memory shared = Memory.create(new MemoryType(1, 2, false, true));
        assertEquals(true, ((MemoryType) shared.type()).shared());
        Module wantsShared = Module.fromText(ENGINE, "(module (import \"env\" \"m\" (memory 1 2 shared)))");
        Module wantsPlain = Module.fromText(ENGINE, "(module (import \"env\" \"m\" (memory 1 2)))");
        Linker linker = Linker.create(ENGINE).define("env", "m", shared);
        linker.instantiate(wantsShared);
        assertEquals("incompatible import type",
                assertThrows(LinkException.class, () -> linker.instantiate(wantsPlain)).reason());
    }

    @Test
    void aSharedMemoryTypeNeedsAMaximum() {
        assertEquals("a shared memory must have a maximum",
                assertThrows(IllegalArgumentException.class, () -> new MemoryType(1, -1, false, true)).getMessage());
    }

    @Test
    void theThreeArgumentFormIsUnshared() {
        assertEquals(false, new MemoryType(1, 2, true).shared());
    }
}
