package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** clocks.wasm: clock_res_get, clock_time_get, poll_oneoff on clocks, random_get, sched_yield, proc_raise. */
class WasiClocksTest {

    /** A clock that only moves when the guest sleeps, so the program's output is exact. */
    static final class FakeClock implements WasiClock {
        long monotonic = 1_000;

        @Override
        public long realtimeNanos() { return 1_700_000_000_123_456_789L + monotonic; }

        @Override
        public long monotonicNanos() { return monotonic; }

        @Override
        public void sleep(long nanos) { monotonic += nanos; }
    }

    private static String expected(String realtime, String random) {
        return """
                res 0 -> errno 0 (positive)
                res 1 -> errno 0 (positive)
                res 2 -> errno 0 (positive)
                res 3 -> errno 0 (positive)
                res 4 -> errno 28
                realtime=%s
                cputime ok=1
                time 7 -> errno 28
                poll -> errno 0, n=1, userdata=42, error=0, type=0, waited>=5ms=1
                poll stdout -> errno 0, n=1, userdata=2, type=2
                poll bad fd -> errno 0, n=1, userdata=2, error=8
                poll none -> errno 28
                nanosleep waited>=3ms=1
                random -> errno 0:%s
                sched_yield -> errno 0
                proc_raise(TERM) -> errno 52
                """.formatted(realtime, random);
    }

    @Test
    void fakeClockAndSeededRandomGiveExactOutput() {
        FakeClock clock = new FakeClock();
        GuestProgram.Result r = GuestProgram.run("clocks",
                WasiConfig.defaults().withArgs("clocks").withClock(clock).withRandom(new Random(42)));
        byte[] rnd = new byte[16];
        new Random(42).nextBytes(rnd);
        StringBuilder hex = new StringBuilder();
        for (byte b : rnd) hex.append(' ').append(HexFormat.of().toHexDigits(b));
        assertEquals(expected("1700000000123457789", hex.toString()), r.stdout());
        assertEquals(0, r.exitCode());
        // Only the guest's sleeps moved the clock: 5 ms of poll_oneoff and 3 ms of nanosleep.
        assertEquals(1_000 + 5_000_000 + 3_000_000, clock.monotonic);
    }

    @Test
    void systemClockWaitsAtLeastTheTimeout() {
        GuestProgram.Result r = GuestProgram.run("clocks", WasiConfig.defaults().withArgs("clocks"));
        String out = r.stdout().replaceFirst("realtime=\\d+", "realtime=R").replaceFirst("random -> errno 0:[ 0-9a-f]+", "random -> errno 0:X");
        assertEquals(expected("R", "X"), out);
        long realtime = Long.parseLong(r.stdout().replaceAll("(?s).*realtime=(\\d+).*", "$1"));
        assertTrue(Math.abs(realtime / 1_000_000 - System.currentTimeMillis()) < 60_000, "realtime is now");
    }
}
