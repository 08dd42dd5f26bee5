package dev.weft.component.internal.wasi;

/** The host side of {@code wasi:io/poll.pollable}: an event that is or will become ready. */
interface Pollable {
    /** True once the event happened; never blocks. */
    boolean ready();

    /** Waits until {@link #ready()}. */
    void block();

    /**
     * The monotonic instant (ns) at which this becomes ready by itself, or {@code Long.MAX_VALUE}
     * when it waits on something other than time.
     */
    default long deadline() { return Long.MAX_VALUE; }

    /** A pollable that is always ready (files, memory-backed streams). */
    Pollable READY = new Pollable() {
        @Override
        public boolean ready() { return true; }

        @Override
        public void block() { }
    };
}
