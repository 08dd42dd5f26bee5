package dev.weft.component.wasi;

import dev.weft.engine.wasi.WasiConfig;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** misc.c (see src/test/wasi-programs): sleeping through a monotonic-clock pollable, the wall clock, random bytes. */
class MiscProgramTest {

    private static WasiProgram.Run run(FakeClock clock, long seed) {
        return WasiProgram.run("misc", WasiConfig.defaults().withClock(clock).withRandom(new SplittableRandom(seed)));
    }

    @Test
    void sleepsOnTheConfiguredClockAndReadsItsTime() {
        FakeClock clock = new FakeClock();
        WasiProgram.Run r = run(clock, 1);
        String[] lines = r.stdout().split("\n");
        assertEquals("slept at least 20ms: yes", lines[0]);
        assertEquals("realtime after 2020: yes", lines[1]);
        assertTrue(lines[2].matches("[0-9a-f]{32}"), lines[2]);
        assertEquals(3, lines.length);
        assertEquals(0, r.exitCode());
        assertTrue(clock.slept >= 20_000_000L, "slept " + clock.slept);
    }

    @Test
    void randomBytesComeFromTheConfiguredGenerator() {
        String a = run(new FakeClock(), 1).stdout(), b = run(new FakeClock(), 1).stdout();
        assertEquals(a, b);
        assertNotEquals(a, run(new FakeClock(), 2).stdout());
    }
}
