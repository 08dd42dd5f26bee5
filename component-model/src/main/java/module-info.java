/**
 * WebAssembly components on Weft's engine. Public API: {@code dev.weft.component} (components,
 * linking, dynamic values and types). Implementation lives in {@code dev.weft.component.internal}.
 */
module dev.weft.component {
    requires transitive dev.weft.engine;

    exports dev.weft.component;
    exports dev.weft.component.wit;
    exports dev.weft.component.bindings;
    exports dev.weft.component.annotations;
    exports dev.weft.component.wasi;
}
