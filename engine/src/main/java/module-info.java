/**
 * Weft's core WebAssembly engine. Public API lives in {@code dev.weft.engine} (and WASI preview1 in
 * {@code dev.weft.engine.wasi}); everything under {@code dev.weft.engine.internal} is implementation,
 * exported only to Weft's own component runtime where it shares the text format and WASI sandbox.
 */
module dev.weft.engine {
    exports dev.weft.engine;
    exports dev.weft.engine.wasi;
    exports dev.weft.engine.internal.wasi to dev.weft.component;
    exports dev.weft.engine.internal.text to dev.weft.component;
    exports dev.weft.engine.internal.text.wast to dev.weft.component;
}
