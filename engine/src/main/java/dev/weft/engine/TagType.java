package dev.weft.engine;

/** An exception tag's type: the payload's value types. */
public record TagType(FuncType type) implements ExternType {}
