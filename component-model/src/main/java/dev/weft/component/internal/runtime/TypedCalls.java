package dev.weft.component.internal.runtime;

import dev.weft.component.internal.abi.AbiContext;

/**
 * The hooks behind the typed path of generated bindings: calls a lifted export from the host with
 * the caller lowering the arguments to core values and lifting the core results itself (through
 * {@code FastAbi}), inside the same enter/task/borrow/post-return protocol as a dynamic call; and
 * host functions ({@link TypedHostFuncValue}) that lift their arguments from a calling component's
 * core values and lower their results themselves.
 */
public final class TypedCalls {
    private TypedCalls() {}

    /** Lowering and lifting for one call; both run while the callee instance is entered. */
    public interface Body<R> {
        Object[] lower(AbiContext cx);

        R lift(AbiContext cx, Object[] coreResults);
    }

    /** True if {@code function} (a {@code ComponentFunc.runtimeFunction()}) is a lifted core function. */
    public static boolean isLifted(Object function) { return function instanceof LiftedFunc; }

    /** Calls a function for which {@link #isLifted} is true. */
    public static <R> R call(Object function, Body<R> body) { return ((LiftedFunc) function).callTyped(body); }
}
