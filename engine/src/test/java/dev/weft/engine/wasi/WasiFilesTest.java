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

/** files.wasm: file-system calls inside a writable preopen, and the files it leaves behind. */
class WasiFilesTest {

    @Test
    void fileOperationsBehaveAndLeaveTheExpectedTree(@TempDir Path dir) throws IOException {
        GuestProgram.Result r = GuestProgram.run("files",
                WasiConfig.defaults().withArgs("files").withPreopen(dir, "/sandbox", false));
        assertEquals("", r.stderr());
        assertEquals("""
                preopen 3: /sandbox
                /sandbox/dir/a.txt = "hello world
                "
                after seek: world, tell=11
                fd_tell=11
                fstat: size=12 regular=1
                truncated: size=5
                pread: hello there
                allocated: size=20
                fadvise=0
                append flag=1
                futimens: atime=1000.000000500 mtime=2000.000000700
                filetype=4 append=1
                write without right: Bad file descriptor
                regain right: errno 76
                exclusive again: File exists
                renumbered 4 -> 5 reads: hello there!
                old fd closed: errno 8
                /sandbox/dir/a.txt = "hello there!"
                old name: No such file or directory
                /sandbox/dir/b.txt = "hello there!"
                readlink: b.txt (5)
                lstat link: symlink=1
                stat link: regular=1 size=12
                /sandbox/dir/link = "hello there!"
                hard link nlink=2
                utimensat: mtime=4000
                entry . type=3
                entry .. type=3
                entry b.txt type=4
                entry hard type=4
                entry link type=7
                entry other.txt type=4
                entry sub type=3
                rmdir non-empty: Directory not empty
                unlink dir: Is a directory
                mkdir existing: File exists
                open missing: No such file or directory
                done
                """, r.stdout());
        assertEquals(0, r.exitCode());
        try (Stream<Path> s = Files.walk(dir)) {
            assertEquals(List.of("", "kept.txt", "made", "made/note.txt"),
                    s.map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
        assertEquals("hello there!", Files.readString(dir.resolve("kept.txt")));
        assertEquals("made by files.wasm\n", Files.readString(dir.resolve("made/note.txt")));
        assertFalse(Files.exists(dir.resolve("dir")));
    }
}
