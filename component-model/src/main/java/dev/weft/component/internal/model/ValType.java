package dev.weft.component.internal.model;

import dev.weft.component.Type;

/** A component {@code valtype} as written: a primitive, or an index into the type index space. */
public sealed interface ValType {

    record Primitive(Type.Primitive type) implements ValType {}

    record Indexed(int typeIndex) implements ValType {}
}
