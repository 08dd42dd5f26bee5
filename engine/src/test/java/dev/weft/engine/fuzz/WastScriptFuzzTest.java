package dev.weft.engine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.engine.WasmException;
import dev.weft.engine.internal.text.wast.WastCommand;
import dev.weft.engine.internal.text.wast.WastScript;

/**
 * Arbitrary text through the WAST script reader, then each module it holds through its
 * conversion to binary. The reader documents {@link IllegalArgumentException} for scripts that
 * break the script grammar; conversion reports bad module text as a {@link WasmException}.
 */
class WastScriptFuzzTest {

    @FuzzTest
    void parse(@NotNull String text) {
        java.util.List<WastCommand> commands;
        try {
            commands = WastScript.parse(text, "fuzz.wast");
        } catch (IllegalArgumentException expected) {
            return;
        }
        for (WastCommand c : commands) {
            if (c instanceof WastCommand.Module m) {
                try {
                    m.source().toBinary();
                } catch (WasmException expected) {
                    Documented.rejection(expected); // bad module text, as assert_malformed expects
                }
            }
        }
    }
}
