package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the execution assertions of official spec scripts through the public API: every
 * assert_return, assert_trap, assert_exhaustion, assert_exception and instantiation assertion in
 * these files must pass. The suite directory comes from {@code weft.suites} (default ../shared).
 */
class SpecScriptsTest {
    static final String ONLY = System.getProperty("weft.interp.scripts");
    /** Scripts whose failures lie outside the interpreter, with the reason. */
    static final Map<String, String> SKIPPED = Map.of(
            "comments.wast", "text format: a line comment ended by a lone CR swallows the next line");

    @TestFactory
    Stream<DynamicTest> scripts() throws Exception {
        Path dir = Path.of(System.getProperty("weft.suites", "../shared"), "testsuite");
        Assumptions.assumeTrue(Files.isDirectory(dir), "spec test suite not found at " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        return files.stream()
                .filter(p -> ONLY == null || p.getFileName().toString().matches(ONLY))
                .filter(p -> !SKIPPED.containsKey(p.getFileName().toString()))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    SpecScriptRunner r = new SpecScriptRunner();
                    r.run(p);
                    if (!r.failures.isEmpty()) {
                        System.out.println("### " + p.getFileName() + ": " + r.passed + " passed, "
                                + r.failures.size() + " failed");
                        r.failures.stream().limit(8).forEach(f -> System.out.println("    " + f));
                    }
                    assertEquals(List.of(), r.failures);
                }));
    }
}
