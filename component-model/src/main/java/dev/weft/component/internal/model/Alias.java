package dev.weft.component.internal.model;

/** An alias definition or declarator; each adds one index to {@link #sort()}'s space. */
public sealed interface Alias {

    Sort sort();

    /** {@code (alias export i "n" (sort))} of a component instance. */
    record InstanceExport(Sort sort, int instance, String name) implements Alias {}

    /** {@code (alias core export i "n" (core sort))} of a core instance. */
    record CoreInstanceExport(Sort sort, int instance, String name) implements Alias {}

    /** {@code (alias outer count index (sort))}: {@code count} scopes outward. */
    record Outer(Sort sort, int count, int index) implements Alias {}
}
