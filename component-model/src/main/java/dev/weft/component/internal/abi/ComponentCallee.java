package dev.weft.component.internal.abi;

import dev.weft.component.Val;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Something a lowered import calls: a lifted function of another component instance, or a host
 * function. It takes its arguments from {@code onStart} (which lifts them out of the caller, so it
 * runs only once the callee has been entered, as the spec orders it) and hands its results to
 * {@code onResolve} (which lowers them into the caller) before it finishes, so that the callee's
 * post-return runs after the caller has its results.
 */
@FunctionalInterface
public interface ComponentCallee {
    void call(InstanceState caller, Supplier<List<Val>> onStart, StringOrigins origins, Consumer<List<Val>> onResolve);

    /** A host function from argument values to result values. */
    static ComponentCallee host(UnaryOperator<List<Val>> function) {
        return (caller, onStart, origins, onResolve) -> onResolve.accept(function.apply(onStart.get()));
    }
}
