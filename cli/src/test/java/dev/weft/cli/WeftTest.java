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

class WeftTest {

    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err) {}

    private Outcome run(String... args) {
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
    void runInvokesAnExportAndPrintsItsResult() throws Exception {
        Path wat = dir.resolve("fib.wat");
        Files.copy(Path.of("../examples/fib.wat"), wat);
        Outcome o = run("run", wat.toString(), "--invoke", "fib(20)");
        assertEquals(0, o.exit(), o.err());
        assertEquals("6765", o.out().strip());
    }

    @Test
    void runPrintsEveryResultOfAMultiValueFunction() throws Exception {
        Path wat = Files.writeString(dir.resolve("pair.wat"),
                "(module (func (export \"pair\") (param i64 f64) (result f64 i64) local.get 1 local.get 0))");
        Outcome o = run("run", wat.toString(), "--invoke", "pair(-5, 2.5)");
        assertEquals(0, o.exit(), o.err());
        assertEquals("2.5\n-5", o.out().strip());
    }

    @Test
    void aTrapIsReportedWithTheFileAndExitCodeOne() throws Exception {
        Path wat = Files.writeString(dir.resolve("trap.wat"), "(module (func (export \"boom\") unreachable))");
        Outcome o = run("run", wat.toString(), "--invoke", "boom()");
        assertEquals(1, o.exit());
        assertTrue(o.err().startsWith("error: " + wat + ": unreachable"), o.err());
    }

    @Test
    void wrongArgumentCountIsAUsageError() throws Exception {
        Path wat = dir.resolve("fib.wat");
        Files.copy(Path.of("../examples/fib.wat"), wat);
        Outcome o = run("run", wat.toString(), "--invoke", "fib(1, 2)");
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("takes 1 argument"), o.err());
    }

    private static final String HELLO = "../engine/src/test/resources/wasi/hello.wasm";

    @Test
    void runStartsAWasiCommandWithOnlyTheGrantedArgsAndEnv() {
        Outcome o = run("run", "--env", "GREETING=hey", HELLO, "--", "one", "two");
        assertEquals(0, o.exit(), o.err());
        assertEquals("argc=3\nargv[0]=hello.wasm\nargv[1]=one\nargv[2]=two\nenv GREETING=hey\nGREETING=hey\n",
                o.out());
        assertEquals("to stderr\n", o.err());
    }

    @Test
    void theGuestsExitCodeBecomesTheCommandsExitCode() {
        assertEquals(7, run("run", HELLO, "--", "exit", "7").exit());
        assertEquals(3, run("run", HELLO, "--", "return", "3").exit());
    }

    @Test
    void aBadDirGrantIsAUsageError() {
        Outcome o = run("run", "--dir", dir.resolve("missing") + "::/x", HELLO);
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("is not a directory"), o.err());
    }

    @Test
    void aMissingFileIsReportedClearly() {
        Outcome o = run("run", dir.resolve("nope.wasm").toString());
        assertEquals(1, o.exit());
        assertTrue(o.err().contains("no such file"), o.err());
    }

    @Test
    void inspectListsAModulesImportsAndExports() throws Exception {
        Path wat = Files.writeString(dir.resolve("io.wat"),
                "(module (import \"env\" \"log\" (func (param i32))) (memory (export \"mem\") 1)"
                        + " (func (export \"f\") (result i64) i64.const 1))");
        Outcome o = run("inspect", wat.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("env log: (func [i32] -> [])"), o.out());
        assertTrue(o.out().contains("f: (func [] -> [i64])"), o.out());
        assertTrue(o.out().contains("mem:"), o.out());
    }

    @Test
    void inspectPrintsTheWitWorldOfAComponent() {
        Outcome o = run("inspect", "../conformance/src/test/resources/guests/numbers/test.wasm");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().startsWith("component test.wasm\nimports:\nexports:\n  test:numbers/numbers\n"), o.out());
        assertTrue(o.out().contains("roundtrip-u8: func(a: u8) -> u8;"), o.out());
    }

    @Test
    void runCallsAFunctionOfAComponentsExportedInterface() {
        Outcome o = run("run", "../conformance/src/test/resources/guests/numbers/test.wasm",
                "--invoke", "test:numbers/numbers#roundtrip-u32(4294967295)");
        assertEquals(0, o.exit(), o.err());
        assertEquals("4294967295\n", o.out());
    }

    @Test
    void validateRejectsAnInvalidModule() throws Exception {
        Path wat = Files.writeString(dir.resolve("bad.wat"), "(module (func (result i32) i64.const 1))");
        Outcome o = run("validate", wat.toString());
        assertEquals(1, o.exit());
        assertTrue(o.err().contains("type mismatch"), o.err());
    }

    @Test
    void validateChecksComponentsToo() throws Exception {
        Outcome ok = run("validate", "../component-model/src/test/resources/wasi/direct.wasm");
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("", ok.out() + ok.err());
        Path wat = Files.writeString(dir.resolve("bad-component.wat"),
                "(component (core module $m) (core instance (instantiate 1)))");
        Outcome bad = run("validate", wat.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("error: " + wat + ": "), bad.err());
    }
}
