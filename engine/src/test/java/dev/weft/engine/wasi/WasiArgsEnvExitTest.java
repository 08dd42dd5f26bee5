package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.Engine;
import dev.weft.engine.Instance;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;
import dev.weft.engine.TrapException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** hello.wasm: arguments, environment, stdio and exit codes. */
class WasiArgsEnvExitTest {

    @Test
    void argumentsAndEnvironmentReachTheGuestExactly() {
        GuestProgram.Result r = GuestProgram.run("hello", WasiConfig.defaults()
                .withArgs("hello", "ünï", "two words").withEnv("GREETING", "hi there").withEnv("EMPTY", ""));
        assertEquals(0, r.exitCode());
        assertEquals("""
                argc=3
                argv[0]=hello
                argv[1]=ünï
                argv[2]=two words
                env GREETING=hi there
                env EMPTY=
                GREETING=hi there
                """, r.stdout());
        assertEquals("to stderr\n", r.stderr());
    }

    @Test
    void nothingIsInheritedUnlessGranted() {
        GuestProgram.Result r = GuestProgram.run("hello", WasiConfig.defaults());
        assertEquals("argc=0\nGREETING=(unset)\n", r.stdout());
    }

    @Test
    void inheritedEnvironmentCopiesOnlyNamedVariables() {
        String path = System.getenv("PATH");
        GuestProgram.Result r = GuestProgram.run("hello",
                WasiConfig.defaults().withArgs("hello").withInheritedEnv("PATH", "WEFT_SURELY_UNSET_VARIABLE"));
        assertEquals("argc=1\nargv[0]=hello\n" + (path == null ? "" : "env PATH=" + path + "\n")
                + "GREETING=(unset)\n", r.stdout());
    }

    @Test
    void procExitGivesTheExitCode() {
        GuestProgram.Result r = GuestProgram.run("hello", WasiConfig.defaults().withArgs("hello", "exit", "7"));
        assertEquals(7, r.exitCode());
        assertEquals("argc=3\nargv[0]=hello\nargv[1]=exit\nargv[2]=7\nGREETING=(unset)\n", r.stdout());
        assertEquals("to stderr\n", r.stderr());
    }

    @Test
    void returningFromMainGivesTheExitCode() {
        assertEquals(3, GuestProgram.run("hello", WasiConfig.defaults().withArgs("hello", "return", "3")).exitCode());
        assertEquals(0, GuestProgram.run("hello", WasiConfig.defaults().withArgs("hello", "return", "0")).exitCode());
    }

    @Test
    void callingStartDirectlySurfacesTheExitAsAnException() {
        Engine engine = Engine.create();
        Module module = Module.fromBinary(engine, GuestProgram.bytes("hello"));
        try (Wasi wasi = Wasi.create(WasiConfig.defaults().withArgs("hello", "exit", "300"))) {
            Instance instance = wasi.define(Linker.create(engine)).instantiate(module);
            wasi.initialize(instance);
            WasiExitException e = assertThrows(WasiExitException.class, () -> instance.func("_start").call());
            assertEquals(300, e.exitCode());
        }
    }

    @Test
    void aTrapInTheGuestPropagatesAfterFlushingOutput() {
        Engine engine = Engine.create();
        Module module = Module.fromBinary(engine, GuestProgram.bytes("hello"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Wasi wasi = Wasi.create(WasiConfig.defaults().withArgs("hello", "trap").withStdout(out))) {
            Instance instance = wasi.define(Linker.create(engine)).instantiate(module);
            TrapException t = assertThrows(TrapException.class, () -> wasi.run(instance));
            assertEquals("unreachable", t.reason());
        }
        assertEquals("argc=2\nargv[0]=hello\nargv[1]=trap\nGREETING=(unset)\n", out.toString(StandardCharsets.UTF_8));
    }
}
