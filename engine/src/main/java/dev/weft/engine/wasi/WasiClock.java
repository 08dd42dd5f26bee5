package dev.weft.engine.wasi;

import dev.weft.engine.internal.wasi.CpuTime;
import java.time.Instant;

/**
 * The clocks a guest reads through {@code clock_time_get} and waits on in {@code poll_oneoff}.
 * All values are nanoseconds. Replace it (e.g. with a fake that advances on {@link #sleep}) to
 * make guests that read the time deterministic.
 */
public interface WasiClock {

    /** Wall-clock time since 1970-01-01T00:00Z. */
    long realtimeNanos();

    /** A clock that never goes backwards, from an arbitrary origin. */
    long monotonicNanos();

    /** CPU time used by this process. */
    default long processCpuTimeNanos() { return CpuTime.process(); }

    /** CPU time used by the calling thread. */
    default long threadCpuTimeNanos() { return CpuTime.thread(); }

    /** Resolution of the clock with the preview1 {@code clockid} {@code id} (0 realtime … 3 thread cputime). */
    default long resolutionNanos(int id) {
        return switch (id) {
            case 0 -> 1_000L;
            case 1 -> 1L;
            default -> CpuTime.resolution(id == 3);
        };
    }

    /** Blocks the calling thread for {@code nanos} nanoseconds of the monotonic clock. */
    default void sleep(long nanos) throws InterruptedException {
        if (nanos > 0) Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
    }

    /** The host's clocks. */
    static WasiClock system() {
        return new WasiClock() {
            @Override
            public long realtimeNanos() {
                Instant now = Instant.now();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public long monotonicNanos() { return System.nanoTime(); }
        };
    }
}
