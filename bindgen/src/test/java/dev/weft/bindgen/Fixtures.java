package dev.weft.bindgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The WIT fixtures under src/test/resources/wit and where their golden outputs live. */
final class Fixtures {
    static final Path WIT = Path.of("src/test/resources/wit");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    private Fixtures() {}

    /** Fixture names: one directory per WIT package, one world each. */
    static List<String> names() {
        try (Stream<Path> dirs = Files.list(WIT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaPackage(String fixture) { return "golden." + fixture.replace('-', '_'); }

    static Bindgen generate(String fixture) throws IOException {
        return Bindgen.generate(Bindgen.loadWorld(WIT.resolve(fixture), null), javaPackage(fixture));
    }
}
