package dev.weft.component.bindings;

/** A WIT {@code tuple} of 4 elements; elements are named {@code v0}, {@code v1}, … in order. */
public record Tuple4<A, B, C, D>(A v0, B v1, C v2, D v3) {}
