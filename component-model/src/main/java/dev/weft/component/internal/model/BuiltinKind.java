package dev.weft.component.internal.model;

/**
 * The canonical built-ins other than lift, lower and the resource ones, by their {@code canon} opcode.
 * Their immediates are carried by the {@link Canon} record shape named in each constant's comment.
 */
public enum BuiltinKind {
    TASK_CANCEL(0x05, "task.cancel"),                           // Simple
    SUBTASK_CANCEL(0x06, "subtask.cancel"),                     // Flagged (async)
    TASK_RETURN(0x09, "task.return"),                           // TaskReturn
    CONTEXT_GET(0x0a, "context.get"),                           // Context
    CONTEXT_SET(0x0b, "context.set"),                           // Context
    THREAD_YIELD(0x0c, "thread.yield"),                         // Flagged (cancellable)
    SUBTASK_DROP(0x0d, "subtask.drop"),                         // Simple
    STREAM_NEW(0x0e, "stream.new"),                             // Typed
    STREAM_READ(0x0f, "stream.read"),                           // Typed + options
    STREAM_WRITE(0x10, "stream.write"),                         // Typed + options
    STREAM_CANCEL_READ(0x11, "stream.cancel-read"),             // Typed + flag (async)
    STREAM_CANCEL_WRITE(0x12, "stream.cancel-write"),           // Typed + flag (async)
    STREAM_DROP_READABLE(0x13, "stream.drop-readable"),         // Typed
    STREAM_DROP_WRITABLE(0x14, "stream.drop-writable"),         // Typed
    FUTURE_NEW(0x15, "future.new"),
    FUTURE_READ(0x16, "future.read"),
    FUTURE_WRITE(0x17, "future.write"),
    FUTURE_CANCEL_READ(0x18, "future.cancel-read"),
    FUTURE_CANCEL_WRITE(0x19, "future.cancel-write"),
    FUTURE_DROP_READABLE(0x1a, "future.drop-readable"),
    FUTURE_DROP_WRITABLE(0x1b, "future.drop-writable"),
    ERROR_CONTEXT_NEW(0x1c, "error-context.new"),               // Options
    ERROR_CONTEXT_DEBUG_MESSAGE(0x1d, "error-context.debug-message"), // Options
    ERROR_CONTEXT_DROP(0x1e, "error-context.drop"),             // Simple
    WAITABLE_SET_NEW(0x1f, "waitable-set.new"),                 // Simple
    WAITABLE_SET_WAIT(0x20, "waitable-set.wait"),               // WaitableSet (cancellable, memory)
    WAITABLE_SET_POLL(0x21, "waitable-set.poll"),               // WaitableSet
    WAITABLE_SET_DROP(0x22, "waitable-set.drop"),               // Simple
    WAITABLE_JOIN(0x23, "waitable.join"),                       // Simple
    BACKPRESSURE_INC(0x24, "backpressure.inc"),                 // Simple
    BACKPRESSURE_DEC(0x25, "backpressure.dec"),                 // Simple
    THREAD_INDEX(0x26, "thread.index"),                         // Simple
    THREAD_NEW_INDIRECT(0x27, "thread.new-indirect"),           // Thread (core type, table)
    THREAD_RESUME_LATER(0x28, "thread.resume-later"),           // Simple
    THREAD_SUSPEND(0x29, "thread.suspend"),                     // Flagged (cancellable)
    THREAD_SUSPEND_THEN_RESUME(0x2a, "thread.suspend-then-resume"),
    THREAD_YIELD_THEN_RESUME(0x2b, "thread.yield-then-resume"),
    THREAD_SUSPEND_THEN_PROMOTE(0x2c, "thread.suspend-then-promote"),
    THREAD_YIELD_THEN_PROMOTE(0x2d, "thread.yield-then-promote"),
    THREAD_SPAWN_REF(0x40, "thread.spawn-ref"),                 // Thread (shared, core type)
    THREAD_SPAWN_INDIRECT(0x41, "thread.spawn-indirect"),       // Thread (shared, core type, table)
    THREAD_AVAILABLE_PARALLELISM(0x42, "thread.available-parallelism"); // Flagged (shared)

    private final int opcode;
    private final String text;

    BuiltinKind(int opcode, String text) {
        this.opcode = opcode;
        this.text = text;
    }

    public int opcode() { return opcode; }

    /** The text-format name, e.g. {@code stream.read}. */
    public String text() { return text; }

    private static final BuiltinKind[] BY_OPCODE = new BuiltinKind[0x43];

    static {
        for (BuiltinKind k : values()) BY_OPCODE[k.opcode] = k;
    }

    /** The built-in with this opcode, or null. */
    public static BuiltinKind ofOpcode(int opcode) {
        return opcode >= 0 && opcode < BY_OPCODE.length ? BY_OPCODE[opcode] : null;
    }
}
