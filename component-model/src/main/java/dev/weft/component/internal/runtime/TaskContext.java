package dev.weft.component.internal.runtime;

import dev.weft.component.Type;
import dev.weft.component.Val;

/**
 * The task currently running in one component instance. Every call of a lifted export starts a task
 * with zeroed context slots ({@code context.get} / {@code context.set}) that live until the call
 * (including post-return) ends; an async-lifted call also receives its result through
 * {@code task.return}. The interrupted task, if the instance was already running, comes back
 * afterwards.
 */
final class TaskContext {
    /** Slot 0 is the spec's; slot 1 exists for cooperative threads. */
    private static final int SLOTS = 2;

    /** One task: its context slots and, for an async lift, its result. */
    static final class Task {
        final long[] slots = new long[SLOTS];
        final boolean async;
        final Type resultType;
        boolean returned;
        Val result;

        Task(boolean async, Type resultType) {
            this.async = async;
            this.resultType = resultType;
        }
    }

    private Task current = new Task(false, null);

    /** Starts a task; returns the interrupted one, to give back to {@link #end}. */
    Task begin(boolean async, Type resultType) {
        Task previous = current;
        current = new Task(async, resultType);
        return previous;
    }

    void end(Task previous) { current = previous; }

    Task current() { return current; }

    long get(int slot) { return current.slots[slot]; }

    void set(int slot, long value) { current.slots[slot] = value; }
}
