package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** stdio.wasm: stdin to stdout through poll_oneoff, fd_read and fd_write; stdio descriptor metadata. */
class WasiStdioTest {

    private static String expected(String poll, String body) {
        return poll + """
                stdin fdstat -> errno 0, filetype=2, read=1, write=0
                stdout filestat -> errno 0, filetype=2
                seek stdout -> errno 70
                pread stdin -> errno 70
                isatty(1)=1
                """ + body + "read closed stdin -> errno 8\n";
    }

    @Test
    void stdinIsPolledReadAndEchoedUpperCased() {
        String input = "hello\nwasi world\n";
        GuestProgram.Result r = GuestProgram.run("stdio", WasiConfig.defaults()
                .withStdin(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        assertEquals(expected("poll stdin -> errno 0, n=1, userdata=10, nbytes=17\n", "HELLO\nWASI WORLD\n"),
                r.stdout());
        assertEquals("2 lines\n", r.stderr());
        assertEquals(0, r.exitCode());
    }

    @Test
    void pollOnEmptyStdinEndsWithTheClockTimeout() {
        WasiClocksTest.FakeClock clock = new WasiClocksTest.FakeClock();
        GuestProgram.Result r = GuestProgram.run("stdio", WasiConfig.defaults().withClock(clock));
        assertEquals(expected("poll stdin -> errno 0, n=1, userdata=11, nbytes=0\n", ""), r.stdout());
        assertEquals("0 lines\n", r.stderr());
        assertEquals(1_000 + 1_000_000_000L, clock.monotonic);
    }
}
