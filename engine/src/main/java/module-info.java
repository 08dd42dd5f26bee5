/**
 * Weft's core WebAssembly engine. Public API lives in {@code dev.weft.engine}; everything under
 * {@code dev.weft.engine.internal} is implementation and never exported.
 */
module dev.weft.engine {
    exports dev.weft.engine;
    exports dev.weft.engine.wasi;
    exports dev.weft.engine.internal.wasi to dev.weft.component;
    exports dev.weft.engine.internal.text to dev.weft.component;
    exports dev.weft.engine.internal.text.wast to dev.weft.component;
}
