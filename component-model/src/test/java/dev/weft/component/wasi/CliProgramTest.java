package dev.weft.component.wasi;

import dev.weft.engine.wasi.WasiConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** cli.c (see src/test/wasi-programs): arguments, environment, stdin, stdout, stderr and exit codes. */
class CliProgramTest {

    private static WasiConfig config(String... args) {
        return WasiConfig.defaults().withArgs(args).withEnv("GREETING", "hej").withEnv("EMPTY", "")
                .withStdin(new ByteArrayInputStream("one\ntwo\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void printsArgumentsEnvironmentAndStdin() {
        WasiProgram.Run r = WasiProgram.run("cli", config("cli", "0", "two words"));
        assertEquals("""
                argc=3
                argv[0]=cli
                argv[1]=0
                argv[2]=two words
                env GREETING=hej
                env EMPTY=
                GREETING=hej
                stdin: one
                stdin: two
                stdin lines=2
                """, r.stdout());
        assertEquals("to stderr\n", r.stderr());
        assertEquals(0, r.exitCode());
    }

    /** The preview1 adapter maps every non-zero status to {@code exit(err)}, which is exit code 1 (as under jco). */
    @Test
    void nonZeroReturnFromMainIsFailure() {
        WasiProgram.Run r = WasiProgram.run("cli", config("cli", "3"));
        assertEquals(1, r.exitCode());
        assertEquals("to stderr\n", r.stderr());
    }

    @Test
    void exitFromInsideTheProgramStopsItThere() {
        WasiProgram.Run r = WasiProgram.run("cli", config("cli", "99"));
        assertEquals(1, r.exitCode());
        assertEquals("to stderr\n", r.stderr());
    }

    @Test
    void withNothingGrantedThereAreNoArgumentsAndStdinIsEmpty() {
        WasiProgram.Run r = WasiProgram.run("cli", WasiConfig.defaults());
        assertEquals("argc=0\nGREETING=(unset)\nstdin lines=0\n", r.stdout());
        assertEquals(0, r.exitCode());
    }

    @Test
    void stdinArgumentsAndEnvironmentComeFromTheConfig() {
        WasiConfig cfg = WasiConfig.defaults().withArgs("cli", "0")
                .withEnv("GREETING", "hi").withStdin(new ByteArrayInputStream("x\n".getBytes(StandardCharsets.UTF_8)));
        WasiProgram.Run r = WasiProgram.run("cli", cfg);
        assertEquals("argc=2\nargv[0]=cli\nargv[1]=0\nenv GREETING=hi\nGREETING=hi\nstdin: x\nstdin lines=1\n", r.stdout());
        assertEquals(0, r.exitCode());
    }
}
