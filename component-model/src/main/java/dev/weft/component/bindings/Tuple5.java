package dev.weft.component.bindings;

/** A WIT {@code tuple} of 5 elements; elements are named {@code v0}, {@code v1}, … in order. */
public record Tuple5<A, B, C, D, E>(A v0, B v1, C v2, D v3, E v4) {}
