package dev.weft.engine;

/** How an {@link Engine} runs wasm code. Only {@link #INTERPRETER} is available in this version. */
public enum ExecutionMode {
    /** Every function runs in the interpreter. */
    INTERPRETER,
    /** Every function is compiled to JVM bytecode before it first runs (not yet available). */
    JIT,
    /** Functions start interpreted and hot ones are compiled in the background (not yet available). */
    TIERED
}
