package dev.weft.engine.internal.text.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.decode.ModuleDecoder;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.validate.ModuleValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every script of the official test suite (root, proposals/, legacy/) and converts its
 * modules: text modules must convert, except inside assert_malformed where text and quote modules
 * must be rejected as malformed.
 */
class WastSuiteConversionTest {
    private static final Path SUITE = Path.of(System.getProperty("weft.suites", "../shared"), "testsuite");

    private static List<Path> scripts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
    }

    private static List<Path> allScripts() throws IOException {
        List<Path> all = new ArrayList<>(scripts(SUITE));
        all.addAll(scripts(SUITE.resolve("legacy")));
        if (Files.isDirectory(SUITE.resolve("proposals"))) {
            try (Stream<Path> s = Files.list(SUITE.resolve("proposals"))) {
                for (Path d : s.sorted().toList()) all.addAll(scripts(d));
            }
        }
        return all;
    }

    /** Outcome counts for one group of scripts. */
    private static final class Tally {
        int files, commands, converted, rejected, decoded, validAsExpected;
        final List<String> failures = new ArrayList<>();
        final List<String> decodeFailures = new ArrayList<>();
        final List<String> messageMismatches = new ArrayList<>();
        final List<String> validationMismatches = new ArrayList<>();
    }

    private static void check(Path file, Tally t) throws IOException {
        String src = Files.readString(file);
        List<WastCommand> cmds = WastScript.parse(src, file.toString());
        t.files++;
        t.commands += cmds.size();
        for (WastCommand c : cmds) {
            ModuleSource m = switch (c) {
                case WastCommand.Module mod -> mod.source();
                case WastCommand.AssertInvalid a -> a.module();
                case WastCommand.AssertUnlinkable a -> a.module();
                case WastCommand.AssertUninstantiable a -> a.module();
                case WastCommand.AssertMalformed a -> a.module();
                default -> null;
            };
            if (m == null || m instanceof ModuleSource.Binary) continue;
            boolean mustFail = c instanceof WastCommand.AssertMalformed;
            String where = file.getFileName() + ":" + c.line();
            try {
                byte[] bin = m.toBinary();
                if (mustFail) {
                    t.failures.add(where + " converted but should be malformed: "
                            + ((WastCommand.AssertMalformed) c).message());
                } else {
                    t.converted++;
                    decodeAndValidate(c, bin, where, t);
                    dump(file, (c instanceof WastCommand.AssertInvalid ? "invalid-" : "") + c.line(), bin);
                }
            } catch (MalformedModuleException e) {
                if (mustFail) {
                    t.rejected++;
                    String expected = ((WastCommand.AssertMalformed) c).message();
                    if (!e.reason().startsWith(expected)) {
                        t.messageMismatches.add(where + " expected \"" + expected + "\" got \"" + e.reason() + "\"");
                    }
                } else {
                    t.failures.add(where + " " + e.getMessage());
                }
            } catch (RuntimeException e) {
                t.failures.add(where + " " + e);
            }
        }
    }

    /**
     * Decodes and validates the binary, tallying the outcome against the script's expectation.
     * Reported for information (a decode error usually means the encoder wrote bad bytes), not
     * asserted, since the decoder and validator are tested on their own.
     */
    private static void decodeAndValidate(WastCommand c, byte[] bin, String where, Tally t) {
        ModuleInfo info;
        try {
            info = ModuleDecoder.decode(bin);
            t.decoded++;
        } catch (MalformedModuleException e) {
            t.decodeFailures.add(where + " encoded module does not decode: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            t.validationMismatches.add(where + " decoder: " + e);
            return;
        }
        boolean expectValid = !(c instanceof WastCommand.AssertInvalid);
        String outcome;
        try {
            ModuleValidator.validate(info, null);
            outcome = null;
        } catch (InvalidModuleException e) {
            outcome = e.getMessage();
        } catch (RuntimeException e) {
            outcome = e.toString();
        }
        if (expectValid == (outcome == null)) {
            t.validAsExpected++;
        } else {
            t.validationMismatches.add(where + (expectValid ? " rejected: " + outcome
                    : " accepted, expected: " + ((WastCommand.AssertInvalid) c).message()));
        }
    }

    /** With -Dweft.dumpWasm=DIR, writes each converted module for inspection with external tools. */
    private static void dump(Path file, String line, byte[] bin) throws IOException {
        String dir = System.getProperty("weft.dumpWasm");
        if (dir == null) return;
        Path d = Path.of(dir, file.getParent().getFileName() + "-" + file.getFileName().toString().replace(".wast", ""));
        Files.createDirectories(d);
        Files.write(d.resolve(line + ".wasm"), bin);
    }

    @Test
    void everyScriptParsesAndEveryTextModuleConverts() throws IOException {
        List<Path> all = allScripts();
        Assumptions.assumeTrue(!all.isEmpty(), "test suite not found at " + SUITE);
        Tally core = new Tally();
        Tally extra = new Tally();
        for (Path f : all) {
            boolean isCore = f.getParent().equals(SUITE);
            check(f, isCore ? core : extra);
        }
        System.out.printf("WAST core: %d files, %d commands, %d modules converted, %d malformed rejected, %d failures%n",
                core.files, core.commands, core.converted, core.rejected, core.failures.size());
        System.out.printf("WAST core: %d decoded, %d decode failures, %d validated as the script expects,"
                + " %d validation mismatches%n", core.decoded, core.decodeFailures.size(), core.validAsExpected,
                core.validationMismatches.size());
        System.out.printf("WAST core: %d malformed-text messages differ from the script's%n", core.messageMismatches.size());
        core.messageMismatches.forEach(s -> System.out.println("  message: " + s));
        core.decodeFailures.forEach(s -> System.out.println("  decode: " + s));
        core.validationMismatches.stream().limit(Integer.getInteger("weft.showValidation", 0))
                .forEach(s -> System.out.println("  validation: " + s));
        System.out.printf("WAST legacy+proposals: %d files, %d commands, %d converted, %d rejected, %d failures%n",
                extra.files, extra.commands, extra.converted, extra.rejected, extra.failures.size());
        core.failures.stream().limit(200).forEach(s -> System.out.println("  core: " + s));
        extra.failures.stream().limit(Integer.getInteger("weft.showExtra", 0)).forEach(s -> System.out.println("  extra: " + s));
        assertTrue(core.files > 200, "expected the core suite");
        assertEquals(List.of(), core.failures);
    }
}
