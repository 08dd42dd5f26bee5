package dev.weft.engine.internal.decode;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.engine.MalformedModuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code (module binary ...)} of the official core spec tests through the decoder:
 * those in {@code assert_malformed} must be rejected with a reason starting with the expected
 * text (the spec harness's rule), all others must decode.
 */
class SpecBinaryModulesTest {

    private static Path testsuite() {
        Path dir = Path.of(System.getProperty("weft.suites", "../shared"), "testsuite");
        assumeTrue(Files.isDirectory(dir), "spec testsuite not found at " + dir.toAbsolutePath()
                + " (set -Dweft.suites); skipping the spec binary-module checks");
        return dir;
    }

    @TestFactory
    Stream<DynamicTest> binaryModulesInSpecTests() throws IOException {
        Path dir = testsuite();
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        for (Path file : files) {
            String src = Files.readString(file);
            if (!src.contains("binary")) continue;
            for (WastBinaryModules.Case c : WastBinaryModules.extract(src)) {
                String name = file.getFileName() + ":" + c.line()
                        + (c.expectedMalformed() != null ? " malformed: " + c.expectedMalformed() : " " + c.context());
                tests.add(DynamicTest.dynamicTest(name, () -> check(c)));
            }
        }
        assertTrue(tests.size() > 100, "expected many binary modules, found " + tests.size());
        return tests.stream();
    }

    /**
     * Seeded random corruptions and truncations of every well-formed spec binary: decoding must
     * either succeed or report a malformed module, never fail with any other exception.
     */
    @Test
    void corruptedSpecBinariesOnlyFailAsMalformed() throws IOException {
        Path dir = testsuite();
        Random random = new Random(20261121);
        int runs = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path file : s.filter(p -> p.toString().endsWith(".wast")).sorted().toList()) {
                String src = Files.readString(file);
                if (!src.contains("binary")) continue;
                for (WastBinaryModules.Case c : WastBinaryModules.extract(src)) {
                    if (c.expectedMalformed() != null || c.bytes().length <= 8) continue;
                    for (int k = 0; k < 40; k++) {
                        byte[] m = corrupt(c.bytes(), random);
                        runs++;
                        try {
                            ModuleDecoder.decode(m);
                        } catch (MalformedModuleException expected) {
                            assertTrue(expected.offset() >= 0 && expected.offset() <= m.length);
                        } catch (RuntimeException e) {
                            throw new AssertionError(file.getFileName() + ":" + c.line() + " corrupted to "
                                    + HexFormat.of().formatHex(m), e);
                        }
                    }
                }
            }
        }
        assertTrue(runs > 1000, "too few corruptions tried: " + runs);
    }

    private static byte[] corrupt(byte[] original, Random random) {
        byte[] m = original.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int i = 8 + random.nextInt(m.length - 8);
            m[i] = (byte) switch (random.nextInt(4)) {
                case 0 -> random.nextInt(256);
                case 1 -> 0xFF;
                case 2 -> 0x80;
                default -> m[i] ^ (1 << random.nextInt(8));
            };
        }
        return random.nextInt(5) == 0 ? Arrays.copyOf(m, 8 + random.nextInt(m.length - 8)) : m;
    }

    private static void check(WastBinaryModules.Case c) {
        if (c.expectedMalformed() == null) {
            assertDoesNotThrow(() -> ModuleDecoder.decode(c.bytes()));
        } else {
            MalformedModuleException e = assertThrows(MalformedModuleException.class,
                    () -> ModuleDecoder.decode(c.bytes()));
            assertTrue(e.reason().startsWith(c.expectedMalformed()),
                    "expected \"" + c.expectedMalformed() + "\" but got: " + e.getMessage());
        }
    }
}
