package dev.weft.component.wasi;

import dev.weft.engine.wasi.WasiConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * files.c (see src/test/wasi-programs): creates, reads, writes, seeks, renames, appends, removes and
 * lists files in a read-write preopen "/data", and fails to leave it or to change a read-only one.
 */
class FilesProgramTest {

    @Test
    void worksInsideItsPreopensAndCannotLeaveThem(@TempDir Path tmp) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        Files.writeString(tmp.resolve("secret.txt"), "top secret\n");
        Files.writeString(data.resolve("in.txt"), "input line\n");
        Files.writeString(ro.resolve("readme.txt"), "read me\n");
        Files.createSymbolicLink(data.resolve("escape"), Path.of(".."));

        WasiProgram.Run r = WasiProgram.run("files", WasiConfig.defaults()
                .withPreopen(data, "/data", false).withPreopen(ro, "/ro", true));

        assertEquals("""
                read 11 bytes: input line
                seek read: llo
                size=22
                entry escape
                entry in.txt
                entry sub
                open /data/../secret.txt: denied (Operation not permitted)
                open /data/sub/../../secret.txt: denied (Operation not permitted)
                open /data/escape/secret.txt: denied (Operation not permitted)
                open /etc/passwd: denied (Capabilities insufficient)
                ro read: ok
                ro write: Read-only file system
                """, r.stdout());
        assertEquals("", r.stderr());
        assertEquals(0, r.exitCode());
        assertEquals("hello file\nABCDE56789\nappended\n", Files.readString(data.resolve("sub/moved.txt")));
        assertFalse(Files.exists(data.resolve("out.txt")));
        assertFalse(Files.exists(data.resolve("gone.txt")));
        assertFalse(Files.exists(ro.resolve("new.txt")));
        assertEquals("top secret\n", Files.readString(tmp.resolve("secret.txt")));
    }
}
