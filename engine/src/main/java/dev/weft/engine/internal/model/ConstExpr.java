package dev.weft.engine.internal.model;

/**
 * A constant expression, kept as its encoded instruction bytes (including the final {@code end}).
 * {@code offset} is its position in the module binary, for error messages.
 */
public record ConstExpr(byte[] code, int offset) {}
