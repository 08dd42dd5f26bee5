package dev.weft.engine.internal.interp;

import dev.weft.engine.internal.runtime.ExceptionObject;

/**
 * Internal carrier of a wasm exception while the interpreter unwinds frames looking for a handler.
 * Never seen by users: at the host boundary it becomes an UncaughtWasmException. No stack trace, as
 * it is control flow.
 */
final class WasmThrow extends RuntimeException {
    final transient ExceptionObject exn;

    WasmThrow(ExceptionObject exn) {
        super("wasm exception", null, false, false);
        this.exn = exn;
    }
}
