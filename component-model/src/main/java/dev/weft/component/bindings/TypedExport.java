package dev.weft.component.bindings;

import dev.weft.component.ComponentFunc;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ResourceType;
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
    private static final ResourceType[] NO_TYPES = {};

    private final ComponentFunc function;
    private final ComponentInstance root;
    private final ResourceType[] exported;

    public TypedExport(ComponentInstance instance, String name) {
        this(instance, name, instance, NO_TYPES);
    }

    /**
     * Export {@code name} of {@code instance}, whose values are lifted for {@code root} (the instance
     * the world was built from); {@code exported} are the resource types of the world's exported
     * resources, in the generator's numbering ({@link Canon#exported}).
     */
    public TypedExport(ComponentInstance instance, String name, ComponentInstance root, ResourceType... exported) {
        this.function = Objects.requireNonNull(instance, "instance").func(name);
        this.root = Objects.requireNonNull(root, "root");
        this.exported = exported.clone();
    }

    /** True if calls take the fast path (the export is a lifted core function). */
    public boolean isFast() { return TypedCalls.isLifted(function.runtimeFunction()); }

    /**
     * Calls the function on the fast path ({@link #isFast} must be true) with generated Canonical ABI
     * code: {@code lower} pushes the arguments (or spills them, see {@link Canon#spillParams}),
     * {@code lift} reads the result from the core results (or {@link Canon#resultArea}) before
     * post-return runs.
     */
    public <R> R invoke(Consumer<Canon> lower, Function<Canon, R> lift) {
        Object runtime = function.runtimeFunction();
        if (!TypedCalls.isLifted(runtime)) throw new IllegalStateException("not a lifted core function: use the dynamic path");
        return TypedCalls.call(runtime, new TypedCalls.Body<R>() {
            private Canon canon;

            @Override
            public Object[] lower(AbiContext cx) {
                canon = new Canon(cx, root, exported);
                lower.accept(canon);
                return canon.arguments();
            }

            @Override
            public R lift(AbiContext cx, Object[] coreResults) {
                canon.results(coreResults);
                return lift.apply(canon);
            }
        });
    }

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
