package dev.weft.engine;

/**
 * An import could not be satisfied: missing, or of an incompatible kind or type.
 * {@link #reason()} is the spec's message ("unknown import", "incompatible import type").
 */
public final class LinkException extends WasmException {
    private final String reason;

    public LinkException(String reason, String detail) {
        super(detail == null || detail.isEmpty() ? reason : reason + ": " + detail);
        this.reason = reason;
    }

    public String reason() { return reason; }
}
