package dev.weft.component.bindings;

/**
 * The typed body of a host function a component calls, as generated bindings write it: pulls the
 * arguments from the caller's core values (or the spilled-parameters area), calls the Java
 * implementation and pushes the results (or stores them at the return pointer), all through
 * {@link Canon}.
 */
@FunctionalInterface
public interface TypedHostFunction {
    void call(Canon canon);
}
