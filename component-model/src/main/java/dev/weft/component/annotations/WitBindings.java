package dev.weft.component.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the Weft annotation processor ({@code weft-annotation-processor} on the annotation processor
 * path) to generate Java bindings for a WIT world while this code is compiled. The world comes from
 * exactly one of {@link #wit()} (WIT sources) or {@link #component()} (the WIT a component binary
 * embeds). Put it on a package ({@code package-info.java}) or a type; repeat it for several worlds.
 * <pre>{@code
 * @WitBindings(wit = "src/main/wit", world = "calculator")
 * package com.example.calc;
 * }</pre>
 * Problems (missing WIT folder, WIT syntax or resolution errors with file:line:column, an unknown
 * world, WIT the generator cannot map) are reported as compile errors on this annotation.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Repeatable(WitBindings.List.class)
public @interface WitBindings {
    /**
     * A WIT directory (its {@code *.wit} files form the main package; {@code deps/} holds
     * dependencies) or a single {@code .wit} file. A relative path is resolved against the processor
     * option {@code weft.baseDir} when given, otherwise against the project directory (the nearest
     * directory above the generated-sources folder that holds the path).
     */
    String wit() default "";

    /**
     * A classpath resource (for example {@code "guests/demo.wasm"}, no leading slash) holding a
     * component binary; its WIT packages, or else the world its imports and exports form, are used.
     */
    String component() default "";

    /**
     * The world to generate: a world of the main package by name, or {@code ns:pkg/world}; empty
     * selects the main package's only world.
     */
    String world() default "";

    /** The Java package of the generated sources; empty means the annotated element's package. */
    String packageName() default "";

    /** WIT {@code @unstable} features to enable while reading {@link #wit()}. */
    String[] features() default {};

    /** Holds repeated {@link WitBindings} annotations. */
    @Documented
    @Retention(RetentionPolicy.SOURCE)
    @Target({ElementType.PACKAGE, ElementType.TYPE})
    @interface List {
        WitBindings[] value();
    }
}
