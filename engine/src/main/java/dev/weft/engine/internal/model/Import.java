package dev.weft.engine.internal.model;

/**
 * An import. Exactly one of the descriptors matches {@link #kind}: {@code typeIndex} for functions
 * and tags, {@code table}, {@code memory} or {@code global} otherwise.
 */
public record Import(String module, String name, ExternKind kind, int typeIndex,
                     TableType table, MemoryType memory, GlobalType global) {}
