package dev.weft.engine;

/**
 * The bytes (or text) are not a well-formed module. {@link #reason()} is the spec's message
 * (e.g. "unexpected end", "magic header not detected"); {@link #getMessage()} adds where.
 */
public final class MalformedModuleException extends WasmException {
    private final String reason;
    private final long offset;

    /**
     * @param reason the spec's short message
     * @param where a description of the location, e.g. "code section, function 3" or "line 4:17"
     * @param offset byte offset in the binary, or -1 for text input
     */
    public MalformedModuleException(String reason, String where, long offset) {
        super(reason + (where == null || where.isEmpty() ? "" : " (" + where
                + (offset >= 0 ? ", at byte offset " + offset : "") + ")")
                + (where == null || where.isEmpty() ? (offset >= 0 ? " (at byte offset " + offset + ")" : "") : ""));
        this.reason = reason;
        this.offset = offset;
    }

    public String reason() { return reason; }

    /** Byte offset of the problem, or -1 when the input was text. */
    public long offset() { return offset; }
}
