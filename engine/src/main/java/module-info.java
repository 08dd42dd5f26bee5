/**
 * Weft's core WebAssembly engine. Public API lives in {@code dev.weft.engine}; everything under
 * {@code dev.weft.engine.internal} is implementation and never exported.
 */
module dev.weft.engine {
    exports dev.weft.engine;
    exports dev.weft.engine.wasi;
}
