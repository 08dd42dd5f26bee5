package dev.weft.engine;

/**
 * A Java implementation of a wasm function. Arguments and results use the Java representations
 * described in {@link ValueType}; return an empty array (or null) when there are no results.
 * <pre>{@code
 * Linker linker = Linker.create(engine).func("env", "twice",
 *         FuncType.of(List.of(ValueType.I32), List.of(ValueType.I32)),
 *         args -> new Object[] {(Integer) args[0] * 2});
 * }</pre>
 * Throwing a {@link TrapException} traps the calling wasm code. Throwing
 * {@code new UncaughtWasmException(tag, payload)} with a {@link Tag} raises that wasm exception in
 * the caller, where {@code try_table} can catch it. Other exceptions propagate unchanged to the host
 * that started the outermost call. Returning the wrong number of results, or a result that is not
 * a value of its declared type, is the host's mistake: the call fails with an
 * {@link IllegalStateException} naming the function type and the result.
 */
@FunctionalInterface
public interface HostFunction {
    Object[] apply(Object[] args);
}
