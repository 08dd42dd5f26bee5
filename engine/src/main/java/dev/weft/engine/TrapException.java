package dev.weft.engine;

/**
 * Execution trapped. {@link #reason()} is the spec's message (e.g. "integer divide by zero",
 * "out of bounds memory access", "call stack exhausted"); {@link #kind()} classifies it.
 */
public non-sealed class TrapException extends WasmException {

    /** Why execution stopped. */
    public enum Kind {
        /** An ordinary trap defined by the spec. */
        TRAP,
        /** Recursion went deeper than the configured call-stack limit. */
        CALL_STACK_EXHAUSTED,
        /** The host asked the call to stop (thread interrupt or deadline). */
        INTERRUPTED,
        /** The configured fuel ran out. */
        OUT_OF_FUEL
    }

    private final String reason;
    private final Kind kind;

    public TrapException(String reason) { this(Kind.TRAP, reason, null); }

    public TrapException(Kind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
        this.kind = kind;
    }

    public String reason() { return reason; }

    public Kind kind() { return kind; }
}
