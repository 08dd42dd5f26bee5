package dev.weft.engine.internal.model;

/** A table defined by the module; {@code init} is null unless the table has an explicit initializer. */
public record Table(TableType type, ConstExpr init) {}
