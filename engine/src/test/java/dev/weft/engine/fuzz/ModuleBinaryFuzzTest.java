package dev.weft.engine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.engine.Engine;
import dev.weft.engine.Module;
import dev.weft.engine.WasmException;

/** Arbitrary bytes through the decoder, validator and compiler. */
class ModuleBinaryFuzzTest {
    private static final Engine ENGINE = Engine.create();

    @FuzzTest
    void fromBinary(@NotNull byte[] bytes) {
        try {
            Module.fromBinary(ENGINE, bytes);
        } catch (WasmException expected) {
            Documented.rejection(expected); // malformed or invalid input is reported as documented
        }
    }
}
