package dev.weft.engine.internal.model;

/** A data segment; {@code memory} and {@code offset} apply to active segments only. */
public record DataSegment(boolean active, int memory, ConstExpr offset, byte[] bytes) {}
