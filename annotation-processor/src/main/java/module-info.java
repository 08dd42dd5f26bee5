/**
 * The Weft annotation processor: generates Java bindings for the WIT worlds named by
 * {@code @dev.weft.component.annotations.WitBindings} while the annotated code compiles.
 */
module dev.weft.processor {
    requires java.compiler;
    requires dev.weft.bindgen;

    provides javax.annotation.processing.Processor with dev.weft.processor.WitBindingsProcessor;
}
