package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cat.wasm with the working directory granted as ".": relative paths work, escapes do not. */
class WasiCatTest {

    @Test
    void relativePathsResolveInTheDotPreopenAndNoFurther(@TempDir Path base) throws IOException {
        Path work = Files.createDirectories(base.resolve("work"));
        Files.createDirectories(work.resolve("sub"));
        Files.writeString(work.resolve("a.txt"), "alpha\n");
        Files.writeString(work.resolve("sub/b.txt"), "beta\n");
        Files.writeString(base.resolve("secret"), "do not show\n");
        Files.createSymbolicLink(work.resolve("up"), Path.of(".."));
        GuestProgram.Result r = GuestProgram.run("cat", WasiConfig.defaults().withPreopen(work, ".", true)
                .withArgs("cat", "a.txt", "sub/b.txt", "./sub/../a.txt", "../secret", "up/secret", "/etc/passwd",
                        "missing"));
        assertEquals("alpha\nbeta\nalpha\n", r.stdout());
        // wasi-libc finds no preopen for "/etc/passwd" and fails it with ENOENT without asking the host.
        assertEquals("""
                cat: ../secret: Capabilities insufficient
                cat: up/secret: Capabilities insufficient
                cat: /etc/passwd: No such file or directory
                cat: missing: No such file or directory
                """, r.stderr());
        assertEquals(1, r.exitCode());
    }
}
