package dev.weft.engine;

/** The type of an importable or exportable entity. */
public sealed interface ExternType permits FuncType, MemoryType, TableType, GlobalType, TagType {}
