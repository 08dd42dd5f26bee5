package dev.weft.engine;

/** One export of a {@link Module}: its name and type. */
public record ExportType(String name, ExternType type) {}
