package dev.weft.component.bindings;

/** A WIT {@code tuple} of 3 elements; elements are named {@code v0}, {@code v1}, … in order. */
public record Tuple3<A, B, C>(A v0, B v1, C v2) {}
