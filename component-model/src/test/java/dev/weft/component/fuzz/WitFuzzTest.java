package dev.weft.component.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitException;

/** Arbitrary text through the WIT lexer, parser and resolver. */
class WitFuzzTest {

    @FuzzTest
    void parseString(@NotNull String text) {
        try {
            Wit.parseString(text, "fuzz.wit");
        } catch (WitException expected) {
            // bad WIT is reported as documented
        }
    }
}
