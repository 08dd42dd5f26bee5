package dev.weft.engine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.engine.Engine;
import dev.weft.engine.Module;
import dev.weft.engine.WasmException;
import dev.weft.engine.internal.text.Wat;

/** Arbitrary text through the WAT parser and encoder, then (when it encodes) the whole front end. */
class WatFuzzTest {
    private static final Engine ENGINE = Engine.create();

    @FuzzTest
    void toBinary(@NotNull String text) {
        try {
            Wat.toBinary(text);
        } catch (WasmException expected) {
            Documented.rejection(expected); // bad text is a MalformedModuleException
        }
    }

    @FuzzTest
    void fromText(@NotNull String text) {
        try {
            Module.fromText(ENGINE, text);
        } catch (WasmException expected) {
            Documented.rejection(expected); // malformed text or an invalid module is reported as documented
        }
    }
}
