package dev.weft.component.wasi;

import dev.weft.engine.wasi.WasiConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * direct.c (see src/test/wasi-programs): a program that calls every function of wasi:cli, wasi:io,
 * wasi:clocks, wasi:random and wasi:filesystem 0.2.12 itself, through hand-written canonical-ABI
 * imports, including those jco's preview1 adapter never reaches (set-times-at, link-at, rename-at,
 * advise, sync, splices, write-zeroes, poll on several pollables, insecure-seed, metadata hashes, …).
 */
class DirectProgramTest {

    private static WasiConfig config(FakeClock clock, String... args) {
        return WasiConfig.defaults().withArgs(args).withClock(clock)
                .withRandom(new SplittableRandom(7)).withInsecureRandom(new SplittableRandom(9))
                .withStdin(new ByteArrayInputStream("abcdefghij".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void callsEveryFunctionOfTheFivePackages(@TempDir Path tmp) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        Files.writeString(data.resolve("hello.txt"), "hello world\n");
        FakeClock clock = new FakeClock();

        WasiProgram.Run r = WasiProgram.run("direct", config(clock, "direct").withEnv("WEFT_X", "1")
                .withPreopen(data, "/data", false).withPreopen(ro, "/ro", true));

        // the host draws from the generators in this order: the insecure seed when it is created, then
        // as the program asks
        SplittableRandom secure = new SplittableRandom(7), insecure = new SplittableRandom(9);
        long seed0 = insecure.nextLong(), seed1 = insecure.nextLong();
        byte[] secureBytes = new byte[8], insecureBytes = new byte[8];
        secure.nextBytes(secureBytes);
        long secureU64 = secure.nextLong();
        insecure.nextBytes(insecureBytes);
        long insecureU64 = insecure.nextLong();
        HexFormat hex = HexFormat.of();

        assertEquals("""
                arg 0: direct
                env WEFT_X=1
                initial cwd: none
                terminal stdin: no
                terminal stdout: no
                terminal stderr: no
                stdin ready: yes
                read 3: "abc"
                skip 2: 2
                blocking-read 2: "fg"
                blocking-skip 10: 3
                blocking-read at end: closed
                monotonic resolution > 0: yes
                wall clock: 1700000001.123456789
                wall resolution > 0: yes
                stdout pollable ready: yes
                poll [later, soon]: 1 ready
                slept at least 10ms: yes
                later ready: no
                blocked until 1s: yes
                poll [soon, stdout, later]: 3 ready
                blocking-flush: ok
                random bytes: %s
                random u64: %016x
                insecure bytes: %s
                insecure u64: %016x
                insecure seed: %016x %016x, same twice: yes
                preopen /data
                preopen /ro
                /data type: directory
                /data flags: read|mutate-directory
                hello.txt flags: read
                stat hello.txt: regular-file, 1 link(s), 12 bytes
                read 5 at 0: "hello" end=0
                read 100 at 6: "world" end=1
                advise hello.txt: ok
                advise /data: bad-descriptor
                write to read-only descriptor: bad-descriptor
                same object: 1, directory is same: 0
                metadata-hash equals metadata-hash-at: yes, differs from /data: yes
                create new.bin again: exist
                new.bin flags: read|write
                write 10: 10
                set-size 4: ok
                set-size 6: ok
                sync-data: ok
                sync: ok
                write-via-stream: ok
                file input ready: yes
                splice 3: 3
                blocking-splice 100: 3
                splice at end: closed
                spliced to stdout: hello
                set-times: ok
                stat new.bin: accessed 1000000000.000000005, modified 2000000000.000000007
                stat new.bin: regular-file, 1 link(s), 19 bytes
                set-times no-change/now: ok, atime kept: yes, mtime now: yes
                set-times-at: ok
                stat-at hello.txt: accessed 5.000000000, modified 6.000000000
                create-directory-at dir: ok
                create-directory-at dir again: exist
                link-at dir/link.bin: ok
                stat-at new.bin: regular-file, 2 link(s), 19 bytes
                link-at missing: no-entry
                symlink-at sym: ok
                readlink-at sym: new.bin
                readlink-at new.bin: invalid
                stat-at sym: symbolic-link, 1 link(s), 7 bytes
                stat-at sym (followed): regular-file, 2 link(s), 19 bytes
                open through symlink out of /data: not-permitted
                rename-at dir/link.bin -> renamed.bin: ok
                rename-at into /ro: read-only
                remove-directory-at hello.txt: not-directory
                unlink-file-at dir: is-directory
                remove-directory-at non-empty dir: not-empty
                remove-directory-at dir/inner: ok
                remove-directory-at dir: ok
                unlink-file-at sym: ok
                open missing: no-entry
                create ../escape: not-permitted
                open /etc/passwd: not-permitted
                create in /ro: read-only
                create-directory-at in /ro: read-only
                entry hello.txt (regular-file)
                entry new.bin (regular-file)
                entry renamed.bin (regular-file)
                check-write after the descriptor was dropped: last-operation-failed
                write after the descriptor was dropped: last-operation-failed, error code bad-descriptor: \
                the stream's descriptor was dropped
                """.formatted(hex.formatHex(secureBytes), secureU64, hex.formatHex(insecureBytes), insecureU64,
                seed0, seed1), r.stdout());
        assertEquals("to stderr\n", r.stderr());
        assertEquals(0, r.exitCode());
        assertEquals(1_000_000_000L, clock.slept, "slept until the 1s instant, waking at the 10ms timer on the way");

        byte[] expected = "0123\0\0AB\0\0\0C|world\n".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(expected, Files.readAllBytes(data.resolve("new.bin")));
        assertArrayEquals(expected, Files.readAllBytes(data.resolve("renamed.bin")));
        assertEquals("hello world\n", Files.readString(data.resolve("hello.txt")));
        assertEquals(FileTime.fromMillis(6_000), Files.getLastModifiedTime(data.resolve("hello.txt")));
        try (Stream<Path> left = Files.list(data); Stream<Path> inRo = Files.list(ro)) {
            assertEquals(List.of("hello.txt", "new.bin", "renamed.bin"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
            assertEquals(0, inRo.count());
        }
    }

    @Test
    void reportsTerminalsAndTheInitialDirectoryWhenGranted() {
        WasiProgram.Run r = WasiProgram.run("direct", config(new FakeClock(), "direct")
                .withInitialCwd("/work").withTerminals(true, false, true));
        assertEquals("""
                arg 0: direct
                initial cwd: /work
                terminal stdin: yes
                terminal stdout: no
                terminal stderr: yes
                """, r.stdout().substring(0, r.stdout().indexOf("stdin ready")));
        // without preopens the file part stops at once
        assertEquals("missing preopens\n", r.stdout().substring(r.stdout().lastIndexOf('\n', r.stdout().length() - 2) + 1));
    }

    @Test
    void exitWithCodeReachesTheCaller() {
        WasiProgram.Run r = WasiProgram.run("direct", config(new FakeClock(), "direct", "exit-code", "42"));
        assertEquals(42, r.exitCode());
        assertEquals("", r.stdout());
        assertEquals(0, WasiProgram.run("direct", config(new FakeClock(), "direct", "exit-code", "0")).exitCode());
        assertEquals(255, WasiProgram.run("direct", config(new FakeClock(), "direct", "exit-code", "255")).exitCode());
    }

    @Test
    void exitWithAResultIsZeroOrOne() {
        assertEquals(0, WasiProgram.run("direct", config(new FakeClock(), "direct", "exit-ok")).exitCode());
        assertEquals(1, WasiProgram.run("direct", config(new FakeClock(), "direct", "exit-err")).exitCode());
    }
}
