package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated sources match the golden files (re-bless with {@code WEFT_BLESS=1}), are deterministic,
 * and compile with {@code -Xlint:all -Werror}.
 */
class GoldenTest {
    private static final boolean BLESS = "1".equals(System.getenv("WEFT_BLESS"));

    @TestFactory
    Stream<DynamicTest> generatedSourcesMatchGoldenFiles() {
        return Fixtures.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Bindgen b = Fixtures.generate(name);
            Path golden = Fixtures.GOLDEN.resolve(name);
            if (BLESS) {
                if (Files.exists(golden)) {
                    try (Stream<Path> old = Files.walk(golden)) {
                        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                    }
                }
                b.writeTo(golden);
            }
            assertEquals(List.of(), b.differences(golden), "stale golden files (re-bless with WEFT_BLESS=1)");
            try (Stream<Path> files = Files.walk(golden)) {
                assertEquals(b.sources().size(), files.filter(Files::isRegularFile).count(), "extra golden files");
            }
        }));
    }

    @Test
    void generationIsDeterministic() throws IOException {
        for (String name : Fixtures.names()) {
            assertEquals(Fixtures.generate(name).sources(), Fixtures.generate(name).sources(), name);
        }
    }

    @Test
    void goldenSourcesCompileWithoutWarnings(@TempDir Path tmp) throws IOException {
        Map<String, String> all = new TreeMap<>();
        for (String name : Fixtures.names()) all.putAll(Fixtures.generate(name).sources());
        InMemoryCompiler.compile(all, tmp);
    }
}
