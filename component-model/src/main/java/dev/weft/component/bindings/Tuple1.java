package dev.weft.component.bindings;

/** A WIT {@code tuple} of 1 element; elements are named {@code v0}, {@code v1}, … in order. */
public record Tuple1<A>(A v0) {}
