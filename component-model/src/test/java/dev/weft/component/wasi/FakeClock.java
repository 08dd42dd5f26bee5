package dev.weft.component.wasi;

import dev.weft.engine.wasi.WasiClock;

/** A clock that only moves when slept on, so waiting guests run instantly and deterministically. */
final class FakeClock implements WasiClock {
    long now = 1_000_000_000L;
    long slept;

    @Override
    public long realtimeNanos() { return 1_700_000_000_123_456_789L + now; }

    @Override
    public long monotonicNanos() { return now; }

    @Override
    public void sleep(long nanos) {
        now += nanos;
        slept += nanos;
    }
}
