package dev.weft.engine;

import java.util.List;

/**
 * A WebAssembly exception (from {@code throw}) left the outermost wasm frame without being caught.
 * {@link #payload()} holds its arguments as Java values.
 */
public final class UncaughtWasmException extends WasmException {
    private final transient Object tag;
    private final transient List<Object> payload;

    public UncaughtWasmException(Object tag, List<Object> payload) {
        super("uncaught wasm exception");
        this.tag = tag;
        this.payload = payload;
    }

    /** The exception's tag (an opaque identity; compare with {@code ==}). */
    public Object tag() { return tag; }

    public List<Object> payload() { return payload; }
}
