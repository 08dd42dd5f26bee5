package dev.weft.component.internal.model;

/** A core extern type ({@code core:externtype}) as used by module-type imports and exports. */
public sealed interface CoreExternType {

    /** A function whose type is core type {@code typeIndex}. */
    record Func(int typeIndex) implements CoreExternType {}

    record Table(CoreValType element, CoreLimits limits) implements CoreExternType {}

    record Memory(CoreLimits limits) implements CoreExternType {}

    record Global(CoreValType type, boolean mutable) implements CoreExternType {}

    /** An exception tag whose (function) type is core type {@code typeIndex}. */
    record Tag(int typeIndex) implements CoreExternType {}
}
