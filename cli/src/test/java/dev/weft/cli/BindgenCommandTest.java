package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code weft bindgen} and {@code weft wit}. */
class BindgenCommandTest {
    private static final String TYPES_WIT = "../bindgen/src/test/resources/wit/types";
    private static final String NUMBERS = "../conformance/src/test/resources/guests/numbers/test.wasm";

    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err) {}

    private static Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Weft.execute(args);
            return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void bindgenWritesTheWorldClassAndCheckSeesItUpToDate() throws Exception {
        Outcome o = run("bindgen", TYPES_WIT, "--world", "types", "--package", "com.example.types", "-o", dir.toString());
        assertEquals(0, o.exit(), o.err());
        Path world = dir.resolve("com/example/types/Types.java");
        assertTrue(Files.readString(world).contains("public final class Types implements AutoCloseable"));

        assertEquals(0, run("bindgen", TYPES_WIT, "--package", "com.example.types", "-o", dir.toString(), "--check").exit());
        Files.writeString(world, "// edited\n", java.nio.file.StandardOpenOption.APPEND);
        Outcome stale = run("bindgen", TYPES_WIT, "--package", "com.example.types", "-o", dir.toString(), "--check");
        assertEquals(1, stale.exit());
        assertTrue(stale.err().contains("out of date: " + world), stale.err());
    }

    @Test
    void bindgenReadsTheWorldOfAComponentBinary() throws Exception {
        Outcome o = run("bindgen", NUMBERS, "--package", "p", "-o", dir.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(Files.readString(dir.resolve("p/Root.java")).contains("public byte roundtripU8(byte a)"));
    }

    @Test
    void bindgenReportsAnUnknownWorld() {
        Outcome o = run("bindgen", TYPES_WIT, "--world", "nope", "--package", "p", "-o", dir.toString());
        assertEquals(1, o.exit());
        assertTrue(o.err().startsWith("error: " + TYPES_WIT + ": ") && o.err().contains("no world `nope`"), o.err());
    }

    @Test
    void witPrintsTheWorldOfAComponent() {
        Outcome o = run("wit", NUMBERS);
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("export test:numbers/numbers;"), o.out());
        assertTrue(o.out().contains("roundtrip-u8: func(a: u8) -> u8;"), o.out());
    }
}
