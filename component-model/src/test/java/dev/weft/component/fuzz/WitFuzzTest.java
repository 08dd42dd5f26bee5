package dev.weft.component.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitException;
import dev.weft.engine.Engine;

/** Arbitrary text through the WIT lexer, parser and resolver; arbitrary bytes through the WIT binary readers. */
class WitFuzzTest {
    private static final Engine ENGINE = Engine.create();

    @FuzzTest
    void parseString(@NotNull String text) {
        try {
            Wit.parseString(text, "fuzz.wit");
        } catch (WitException expected) {
            // bad WIT is reported as documented
        }
    }

    @FuzzTest
    void parseBinary(@NotNull byte[] bytes) {
        try {
            Wit.parseBinary(bytes, "fuzz.wasm");
        } catch (WitException expected) {
            // not a WIT package binary, reported as documented
        }
    }

    @FuzzTest
    void componentWorld(@NotNull byte[] bytes) {
        try {
            Wit.componentWorld(ENGINE, bytes, "fuzz.wasm");
        } catch (WitException expected) {
            // not a valid component, reported as documented
        }
    }
}
