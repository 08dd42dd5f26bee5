package dev.weft.component.internal.runtime;

/**
 * The context slots ({@code context.get} / {@code context.set}) of the task currently running in
 * one component instance. Every call of a lifted export starts a task with zeroed slots, which
 * live until the call (including post-return) ends; the slots of the interrupted task, if the
 * instance was already running, come back afterwards.
 */
final class TaskContext {
    /** Slot 0 is the spec's; slot 1 exists for cooperative threads. */
    private static final int SLOTS = 2;

    private long[] current = new long[SLOTS];

    /** Starts a task; returns the slots to give back to {@link #end}. */
    long[] begin() {
        long[] previous = current;
        current = new long[SLOTS];
        return previous;
    }

    void end(long[] previous) { current = previous; }

    long get(int slot) { return current[slot]; }

    void set(int slot, long value) { current[slot] = value; }
}
