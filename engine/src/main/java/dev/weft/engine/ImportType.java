package dev.weft.engine;

/** One import of a {@link Module}: the two-level name and the expected type. */
public record ImportType(String module, String name, ExternType type) {}
