package dev.weft.engine;

import java.util.List;

/**
 * A WebAssembly exception (from {@code throw}) left the outermost wasm frame without being caught.
 * {@link #payload()} holds its arguments as Java values.
 */
public final class UncaughtWasmException extends WasmException {
    private final transient Object tag;
    private final transient List<Object> payload;
    private final transient ExnRef exception;

    public UncaughtWasmException(Object tag, List<Object> payload) {
        super("uncaught wasm exception");
        this.tag = tag;
        this.payload = payload;
        this.exception = null;
    }

    /** An exception thrown by wasm code ({@code throw}/{@code throw_ref}) that no handler caught. */
    public UncaughtWasmException(ExnRef exception) {
        super("uncaught wasm exception");
        this.tag = exception.tag();
        this.payload = exception.payload();
        this.exception = exception;
    }

    /**
     * The wasm exception itself, or null if this exception was not raised by wasm code. When a host
     * function lets it propagate, calling wasm code can catch it again.
     */
    public ExnRef exception() { return exception; }

    /** The exception's tag (an opaque identity; compare with {@code ==}). */
    public Object tag() { return tag; }

    public List<Object> payload() { return payload; }
}
