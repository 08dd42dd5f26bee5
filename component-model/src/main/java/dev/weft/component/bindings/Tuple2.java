package dev.weft.component.bindings;

/** A WIT {@code tuple} of 2 elements; elements are named {@code v0}, {@code v1}, … in order. */
public record Tuple2<A, B>(A v0, B v1) {}
