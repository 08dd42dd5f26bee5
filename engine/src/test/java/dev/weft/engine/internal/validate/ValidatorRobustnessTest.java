package dev.weft.engine.internal.validate;

import dev.weft.engine.WasmException;
import dev.weft.engine.internal.decode.ModuleDecoder;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.text.wast.WastCommand;
import dev.weft.engine.internal.text.wast.WastScript;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corrupts bytes of valid spec modules (fixed seed) and checks that every corrupted module that still
 * decodes is either accepted or rejected with a Weft exception: no Java runtime error may escape.
 */
class ValidatorRobustnessTest {
    private static final String[] SCRIPTS = {"struct.wast", "array.wast", "br_on_cast.wast",
        "try_table.wast", "simd_lane.wast", "memory64.wast", "table64.wast", "return_call_ref.wast",
        "type-subtyping.wast", "local_init.wast", "elem.wast", "global.wast", "call_indirect.wast",
        "ref_cast.wast", "br_table.wast", "select.wast", "bulk.wast", "func.wast", "data.wast"};

    @Test
    void corruptedModulesNeverEscapeAsJavaErrors() throws IOException {
        Path dir = Path.of(System.getProperty("weft.suites", "../shared"), "testsuite");
        Assumptions.assumeTrue(Files.isDirectory(dir), "core test suite not found at " + dir.toAbsolutePath());
        List<byte[]> modules = new ArrayList<>();
        for (String name : SCRIPTS) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) continue;
            for (WastCommand c : WastScript.parse(Files.readString(file), name)) {
                if (c instanceof WastCommand.Module m) {
                    try {
                        modules.add(m.source().toBinary());
                    } catch (WasmException e) {
                        // not convertible: not this test's concern
                    }
                }
            }
        }
        Assumptions.assumeTrue(!modules.isEmpty(), "no modules found");
        Random random = new Random(12345);
        int validated = 0;
        List<String> escapes = new ArrayList<>();
        for (int round = 0; round < 20_000; round++) {
            byte[] wasm = modules.get(random.nextInt(modules.size())).clone();
            if (wasm.length <= 8) continue;
            int flips = 1 + random.nextInt(3);
            for (int k = 0; k < flips; k++) wasm[8 + random.nextInt(wasm.length - 8)] = (byte) random.nextInt(256);
            ModuleInfo info;
            try {
                info = ModuleDecoder.decode(wasm);
            } catch (WasmException e) {
                continue;
            } catch (RuntimeException e) {
                continue; // the decoder's robustness is tested with the decoder
            }
            validated++;
            try {
                ModuleValidator.validate(info, null);
            } catch (WasmException e) {
                // a proper rejection
            } catch (RuntimeException | StackOverflowError e) {
                if (escapes.size() < 10) escapes.add(e + " at " + e.getStackTrace()[0]);
            }
        }
        assertTrue(validated > 1000, "too few corrupted modules decoded: " + validated);
        assertTrue(escapes.isEmpty(), () -> "Java errors escaped validation: " + escapes);
    }
}
