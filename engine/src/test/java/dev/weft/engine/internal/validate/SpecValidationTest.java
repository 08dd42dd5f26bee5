package dev.weft.engine.internal.validate;

import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.WasmException;
import dev.weft.engine.internal.decode.ModuleDecoder;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.text.wast.ModuleSource;
import dev.weft.engine.internal.text.wast.WastCommand;
import dev.weft.engine.internal.text.wast.WastScript;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the validation part of the official core test suite: every {@code assert_invalid} must be
 * rejected with (a message starting with) the expected text, and every module the scripts define
 * must validate. The suite is read in place from {@code weft.suites}/testsuite.
 */
class SpecValidationTest {

    @Test
    void assertInvalidModulesAreRejectedWithTheSpecMessageAndModulesValidate() throws IOException {
        Path dir = Path.of(System.getProperty("weft.suites", "../shared"), "testsuite");
        Assumptions.assumeTrue(Files.isDirectory(dir), "core test suite not found at " + dir.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        List<String> notDecodable = new ArrayList<>();
        int invalidChecked = 0;
        int validChecked = 0;
        for (Path file : files) {
            for (WastCommand command : WastScript.parse(Files.readString(file), file.getFileName().toString())) {
                String where = file.getFileName() + ":" + command.line();
                if (command instanceof WastCommand.AssertInvalid ai) {
                    ModuleInfo module = decode(ai.module());
                    if (module == null) {
                        notDecodable.add(where);
                        continue;
                    }
                    invalidChecked++;
                    String expected = ai.message();
                    try {
                        ModuleValidator.validate(module, null);
                        failures.add(where + ": expected invalid \"" + expected + "\" but validated");
                    } catch (InvalidModuleException e) {
                        if (!e.reason().startsWith(expected)) {
                            failures.add(where + ": expected \"" + expected + "\" but got \"" + e.reason() + "\"");
                        }
                    } catch (RuntimeException e) {
                        failures.add(where + ": expected invalid \"" + expected + "\" but got " + e);
                    }
                } else if (command instanceof WastCommand.Module m) {
                    ModuleInfo module = decode(m.source());
                    if (module == null) {
                        notDecodable.add(where);
                        continue;
                    }
                    validChecked++;
                    try {
                        ModuleValidator.validate(module, null);
                    } catch (RuntimeException e) {
                        failures.add(where + ": valid module rejected: " + e);
                    }
                }
            }
        }
        System.out.printf("spec validation: %d assert_invalid and %d modules checked, %d failures; "
                        + "%d could not be converted or decoded: %s%n",
                invalidChecked, validChecked, failures.size(), notDecodable.size(), notDecodable);
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(invalidChecked > 2000, "too few assert_invalid checked: " + invalidChecked);
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.getFirst());
    }

    /** The decoded module, or null when the text format or the decoder cannot take it (not ours to judge). */
    private static ModuleInfo decode(ModuleSource source) {
        try {
            return ModuleDecoder.decode(source.toBinary());
        } catch (WasmException e) {
            return null;
        }
    }
}
