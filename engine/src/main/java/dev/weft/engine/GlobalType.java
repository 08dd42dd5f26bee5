package dev.weft.engine;

/**
 * A global's value type and mutability.
 * <pre>{@code
 * Global g = Global.create(new GlobalType(ValueType.I32, true), 7);
 * }</pre>
 */
public record GlobalType(ValueType type, boolean mutable) implements ExternType {}
