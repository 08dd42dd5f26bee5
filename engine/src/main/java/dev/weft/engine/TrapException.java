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
    private final String where;

    public TrapException(String reason) { this(Kind.TRAP, reason, null); }

    public TrapException(Kind kind, String reason, Throwable cause) { this(kind, reason, null, cause); }

    /**
     * @param where where execution stopped, e.g. "in function 7, called from function 2", or null
     */
    public TrapException(Kind kind, String reason, String where, Throwable cause) {
        super(where == null ? reason : reason + " (" + where + ")", cause);
        this.reason = reason;
        this.kind = kind;
        this.where = where;
    }

    public String reason() { return reason; }

    public Kind kind() { return kind; }

    /** The wasm functions that were running (innermost first), or null if unknown. */
    public String where() { return where; }
}
