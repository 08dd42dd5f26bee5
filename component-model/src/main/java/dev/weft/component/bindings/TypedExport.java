package dev.weft.component.bindings;

import dev.weft.component.ComponentFunc;
import dev.weft.component.ComponentInstance;
import dev.weft.component.Val;
import dev.weft.component.internal.abi.AbiContext;
import dev.weft.component.internal.runtime.TypedCalls;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A typed handle to an exported function whose parameters and result are scalars, strings or lists
 * of numbers (and flatten to at most 16 core parameters): generated bindings pass the arguments and
 * read the result with typed methods, and the values move straight between Java and the callee's
 * core arguments and linear memory through the Canonical ABI fast path ({@code FastAbi}), with no
 * {@link Val} trees. Functions that are not lifted core functions (e.g. a re-exported host function)
 * take the dynamic path with the same code.
 */
public final class TypedExport {
    private final ComponentFunc function;

    public TypedExport(ComponentInstance instance, String name) {
        this.function = Objects.requireNonNull(instance, "instance").func(name);
    }

    /** True if calls take the fast path (the export is a lifted core function). */
    public boolean isFast() { return TypedCalls.isLifted(function.runtimeFunction()); }

    /**
     * Calls the function: {@code args} gives the arguments in order, {@code result} reads the result
     * (null when the function has none, then the call returns null).
     */
    public <R> R call(Consumer<TypedArgs> args, Function<TypedResult, R> result) {
        Object runtime = function.runtimeFunction();
        if (TypedCalls.isLifted(runtime)) {
            return TypedCalls.call(runtime, new TypedCalls.Body<R>() {
                @Override
                public Object[] lower(AbiContext cx) {
                    TypedArgs a = TypedArgs.fast(cx);
                    args.accept(a);
                    return a.core();
                }

                @Override
                public R lift(AbiContext cx, Object[] coreResults) {
                    return result == null ? null : result.apply(TypedResult.fast(cx, coreResults));
                }
            });
        }
        TypedArgs a = TypedArgs.dynamic();
        args.accept(a);
        Val v = function.call(a.vals().toArray(Val[]::new));
        return result == null ? null : result.apply(TypedResult.dynamic(v));
    }
}
