package dev.weft.component.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.component.Component;
import dev.weft.engine.Engine;
import dev.weft.engine.WasmException;

/** Arbitrary bytes and text through the component decoder, validator and text format. */
class ComponentFuzzTest {
    private static final Engine ENGINE = Engine.create();

    @FuzzTest
    void fromBinary(@NotNull byte[] bytes) {
        try {
            Component.fromBinary(ENGINE, bytes);
        } catch (WasmException expected) {
            // malformed or invalid components are reported as documented
        }
    }

    @FuzzTest
    void fromText(@NotNull String text) {
        try {
            Component.fromText(ENGINE, text);
        } catch (WasmException expected) {
            // bad text or an invalid component is reported as documented
        }
    }
}
