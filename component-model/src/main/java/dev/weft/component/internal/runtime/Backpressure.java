package dev.weft.component.internal.runtime;

import dev.weft.engine.TrapException;

/**
 * A component instance's backpressure counter ({@code backpressure.inc} / {@code .dec}). While it is
 * non-zero, new async tasks would wait to start; synchronous calls do not consult it, so for now it
 * is only counted, with the spec's range checks.
 */
final class Backpressure {
    private static final int LIMIT = 1 << 16;

    private int count;

    void increment() {
        if (++count == LIMIT) {
            count--;
            throw new TrapException("backpressure counter overflow");
        }
    }

    void decrement() {
        if (count == 0) throw new TrapException("backpressure counter underflow");
        count--;
    }
}
