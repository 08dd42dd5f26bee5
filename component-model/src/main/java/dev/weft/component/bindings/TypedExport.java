package dev.weft.component.bindings;

import dev.weft.component.ComponentFunc;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ResourceType;
import dev.weft.component.internal.abi.AbiContext;
import dev.weft.component.internal.abi.CanonCursor;
import dev.weft.component.internal.runtime.TypedCalls;
import dev.weft.engine.TrapException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A typed handle to an exported function for generated bindings: the generated code lowers the
 * arguments and lifts the result itself with {@link Canon}, moving values straight between Java
 * objects and the callee's core values and linear memory, with no {@code Val} trees. Functions that
 * are not lifted core functions (e.g. a re-exported host function) are not {@link #isFast fast}: the
 * generated code calls them through the dynamic {@code ComponentFunc} API instead.
 */
public final class TypedExport {
    private static final ResourceType[] NO_TYPES = {};

    private final ComponentFunc function;
    private final String name;
    private final ComponentInstance root;
    private final ResourceType[] exported;

    /** Export {@code name} of {@code instance}, for values without handles of exported resources. */
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
        this.name = name;
        this.root = Objects.requireNonNull(root, "root");
        this.exported = exported.clone();
    }

    /** True if calls take the fast path (the export is a lifted core function). */
    public boolean isFast() { return TypedCalls.isLifted(function.runtimeFunction()); }

    /**
     * Calls the function on the fast path ({@link #isFast} must be true) with generated Canonical ABI
     * code: {@code lower} pushes the arguments (or spills them, see {@link Canon#spillParams}),
     * {@code lift} reads the result from the core results (or {@link Canon#spilledArea}) before
     * post-return runs.
     */
    public <R> R invoke(Consumer<Canon> lower, Function<Canon, R> lift) {
        Object runtime = function.runtimeFunction();
        if (!TypedCalls.isLifted(runtime)) throw new IllegalStateException("not a lifted core function: use the dynamic path");
        return TypedCalls.call(runtime, new TypedCalls.Body<R>() {
            private CanonCursor canon;

            @Override
            public Object[] lower(AbiContext cx) {
                canon = new CanonCursor(cx, root, exported);
                lower.accept(canon);
                return canon.pushed();
            }

            @Override
            public R lift(AbiContext cx, Object[] coreResults) {
                canon.pullFrom(coreResults);
                try {
                    return lift.apply(canon);
                } catch (OutOfMemoryError e) {
                    // what the generated code built so far is garbage once this unwinds
                    throw new TrapException("out of memory lifting the result of " + name);
                }
            }
        });
    }
}
