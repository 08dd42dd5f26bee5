/**
 * Java bindings generator for WebAssembly components: turns a WIT world (from WIT sources or a
 * component binary) into Java sources that call the {@code dev.weft.component.bindings} runtime.
 */
module dev.weft.bindgen {
    requires transitive dev.weft.component;
    requires com.palantir.javapoet;
    requires java.compiler;

    exports dev.weft.bindgen;
}
