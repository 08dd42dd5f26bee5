package dev.weft.engine;

/**
 * The module is well formed but does not validate. {@link #reason()} is the spec's message
 * (e.g. "type mismatch", "unknown function"); {@link #getMessage()} adds where.
 */
public final class InvalidModuleException extends WasmException {
    private final String reason;

    public InvalidModuleException(String reason, String where) {
        super(where == null || where.isEmpty() ? reason : reason + " (" + where + ")");
        this.reason = reason;
    }

    public String reason() { return reason; }
}
