package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weft run} on real programs prints exactly what node prints for them: the C program cli.c as a
 * preview1 module (node's WASI) and as a WASI 0.2 component (jco run), and a JavaScript component built
 * by componentize-js (StarlingMonkey, jco run). The expected outputs were recorded by
 * src/test/programs/build.sh with the same arguments and environment, and an empty stdin.
 */
class RunProgramsTest {
    private static final Path C_PROGRAMS = Path.of("../component-model/src/test/resources/wasi");
    private static final List<String> ENV = List.of("--env", "GREETING=hej", "--env", "WEFT_MODE=test");

    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err) {}

    /** Runs the CLI's entry point with captured stdout/stderr and an empty stdin. */
    private static Outcome weft(List<String> args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(new byte[0]));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Weft.execute(args.toArray(String[]::new));
            return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static Outcome run(Path program, String argv0, String... args) {
        List<String> all = new ArrayList<>(List.of("run", "--argv0", argv0));
        all.addAll(ENV);
        all.add(program.toString());
        all.add("--");
        all.addAll(List.of(args));
        return weft(all);
    }

    /** What node printed for {@code name}: stdout, stderr and exit code. */
    private static Outcome recorded(String name) throws IOException {
        return new Outcome(Integer.parseInt(resource(name + ".exit").strip()), resource(name + ".stdout"),
                resource(name + ".stderr"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RunProgramsTest.class.getResourceAsStream("/programs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCWasiCommandModulePrintsWhatNodePrints() throws IOException {
        Outcome o = run(C_PROGRAMS.resolve("cli.core.wasm"), "cli", "0", "two words");
        assertEquals(recorded("cli-core"), o);
    }

    @Test
    void theSameProgramAsAComponentPrintsWhatJcoRunPrints() throws IOException {
        Outcome o = run(C_PROGRAMS.resolve("cli.wasm"), "cli", "0", "two words");
        assertEquals(recorded("cli-component"), o);
        assertEquals(recorded("cli-core"), o, "module and component print the same");
    }

    @Test
    void aJavaScriptComponentPrintsWhatJcoRunPrints() throws IOException {
        Path wasm = dir.resolve("hello-js.wasm");
        try (InputStream gz = new GZIPInputStream(RunProgramsTest.class.getResourceAsStream("/programs/hello-js.wasm.gz"))) {
            Files.copy(gz, wasm);
        }
        Outcome o = run(wasm, "hello-js", "one", "two three");
        assertEquals(recorded("hello-js"), o);
        assertTrue(o.out().startsWith("hello from JavaScript\n"), o.out());
    }

    @Test
    void theExitCodeIsTheProgramsOwn() {
        assertEquals(3, run(C_PROGRAMS.resolve("cli.core.wasm"), "cli", "3").exit(), "proc_exit(3)");
        assertEquals(42, run(C_PROGRAMS.resolve("direct.wasm"), "direct", "exit-code", "42").exit(),
                "wasi:cli/exit.exit-with-code(42)");
        assertEquals(1, run(C_PROGRAMS.resolve("direct.wasm"), "direct", "exit-err").exit(), "exit(err)");
        // jco's preview1 adapter turns every non-zero status into exit(err), as under jco run
        assertEquals(1, run(C_PROGRAMS.resolve("cli.wasm"), "cli", "3").exit());
    }

    @Test
    void anUngrantedWasiImportIsNamedInTheError() {
        Path program = Path.of("src/test/resources/programs/imports-http.wasm");
        Outcome o = weft(List.of("run", program.toString()));
        assertEquals(1, o.exit());
        assertEquals("error: " + program + ": unknown import: wasi:http/types@0.2.10 (not granted: weft provides"
                + " wasi:cli, wasi:io, wasi:clocks, wasi:random and wasi:filesystem; --trap-unknown-imports runs"
                + " the component with calls to it trapping)\n", o.err());
        assertEquals("", o.out());
    }

    @Test
    void withTrapUnknownImportsTheComponentRunsAndACallToTheUngrantedInterfaceTraps() {
        Path program = Path.of("src/test/resources/programs/imports-http.wasm");
        Outcome o = weft(List.of("run", "--trap-unknown-imports", program.toString()));
        assertEquals(1, o.exit());
        assertTrue(o.err().startsWith("error: " + program + ": wasi:http/types@0.2.10#[constructor]fields was called,"
                + " but wasi:http/types is not granted"), o.err());
    }
}
