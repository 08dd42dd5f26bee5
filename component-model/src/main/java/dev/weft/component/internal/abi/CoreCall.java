package dev.weft.component.internal.abi;

import dev.weft.engine.Func;
import dev.weft.engine.TrapException;
import dev.weft.engine.UncaughtWasmException;

/** Calls into core wasm from the ABI: a core exception may not cross a component boundary, it traps. */
final class CoreCall {
    private CoreCall() {}

    static Object[] trapOnThrow(Func f, Object... args) {
        try {
            return f.call(args);
        } catch (UncaughtWasmException e) {
            throw new TrapException(TrapException.Kind.TRAP, "uncaught exception at a component boundary", e);
        }
    }
}
