package dev.weft.component.internal.wasi;

import dev.weft.engine.wasi.WasiClock;

/** A pollable ready once the monotonic clock reaches {@code deadline} (host nanoseconds). */
record TimerPollable(WasiClock clock, long deadline) implements Pollable {

    @Override
    public boolean ready() { return clock.monotonicNanos() - deadline >= 0; }

    @Override
    public void block() {
        long left;
        while ((left = deadline - clock.monotonicNanos()) > 0) {
            try {
                clock.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Vals.trap("interrupted while blocked on a pollable");
            }
        }
    }
}
