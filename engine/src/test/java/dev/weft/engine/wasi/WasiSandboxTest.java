package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * escape.wasm: every attempt to reach outside a preopen ("..", absolute paths, symlinks pointing
 * out) fails with ENOTCAPABLE (76), and every change to a read-only preopen with EROFS (69).
 */
class WasiSandboxTest {

    @Test
    void escapesAndWritesToReadOnlyPreopensAreDenied(@TempDir Path base) throws IOException {
        Path sandbox = Files.createDirectories(base.resolve("sandbox"));
        Path ro = Files.createDirectories(base.resolve("ro"));
        Files.createDirectories(sandbox.resolve("sub"));
        Files.createDirectories(base.resolve("outside"));
        Files.writeString(base.resolve("outside.txt"), "secret\n");
        Files.writeString(base.resolve("outside/secret.txt"), "s2\n");
        Files.writeString(sandbox.resolve("inside.txt"), "inside\n");
        Files.writeString(ro.resolve("readme.txt"), "read me\n");
        Files.createSymbolicLink(sandbox.resolve("evil"), Path.of("../outside.txt"));
        Files.createSymbolicLink(sandbox.resolve("abs"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(sandbox.resolve("evildir"), Path.of("../outside"));

        GuestProgram.Result r = GuestProgram.run("escape", WasiConfig.defaults().withArgs("escape")
                .withPreopen(sandbox, "/sandbox", false).withPreopen(ro, "/ro", true));
        assertEquals("""
                open 3:../outside.txt -> errno 76
                open 3:/etc/passwd -> errno 76
                open 3:sub/../../outside.txt -> errno 76
                open 3:./sub/./../inside.txt -> errno 0
                open 3:evil -> errno 76
                open 3:evil -> errno 32
                open 3:abs -> errno 76
                open 3:evildir/secret.txt -> errno 76
                open 3:../outside.txt -> errno 76
                lstat evil -> errno 0
                evil filetype 7
                stat evil (follow) -> errno 76
                readlink evil -> errno 0
                evil -> ../outside.txt
                symlink to /etc -> errno 76
                mkdir ../x -> errno 76
                rename out -> errno 76
                unlink ../outside.txt -> errno 76
                libc fopen /etc/passwd: Capabilities insufficient
                libc fopen /sandbox/../outside.txt: Capabilities insufficient
                open 4:readme.txt -> errno 0
                open 4:readme.txt -> errno 69
                open 4:new.txt -> errno 69
                open 4:readme.txt -> errno 69
                ro mkdir -> errno 69
                ro unlink -> errno 69
                ro rename -> errno 69
                ro symlink -> errno 69
                ro set_times -> errno 69
                ro rename into rw -> errno 69
                libc write to /ro: Read-only file system
                ro read: read me
                prestat 99 -> errno 8
                """, r.stdout());
        assertEquals(0, r.exitCode());
        assertEquals("secret\n", Files.readString(base.resolve("outside.txt")));
        assertEquals("read me\n", Files.readString(ro.resolve("readme.txt")));
        assertEquals("inside\n", Files.readString(sandbox.resolve("inside.txt")));
        try (Stream<Path> s = Files.list(base)) {
            assertEquals(List.of("outside", "outside.txt", "ro", "sandbox"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> s = Files.list(ro)) {
            assertEquals(List.of("readme.txt"), s.map(p -> p.getFileName().toString()).toList());
        }
        assertFalse(Files.exists(sandbox.resolve("mine")));
        assertFalse(Files.exists(sandbox.resolve("stolen.txt")));
    }
}
