package dev.weft.component.internal.model;

/** A component {@code externtype}: the declared type of an import or export. */
public sealed interface ExternDesc {

    /** {@code (core module (type i))}; {@code coreTypeIndex} is in the core type space. */
    record CoreModule(int coreTypeIndex) implements ExternDesc {}

    record Func(int typeIndex) implements ExternDesc {}

    /** {@code (value (eq i))} when {@code eqValue >= 0}, else {@code (value t)}. */
    record Value(int eqValue, ValType type) implements ExternDesc {}

    /** {@code (type (eq i))}. */
    record TypeEq(int typeIndex) implements ExternDesc {}

    /** {@code (type (sub resource))}: a fresh abstract resource type. */
    record TypeSubResource() implements ExternDesc {}

    record Component(int typeIndex) implements ExternDesc {}

    record Instance(int typeIndex) implements ExternDesc {}

    /** The sort of the index this extern type introduces. */
    default Sort sort() {
        return switch (this) {
            case CoreModule m -> Sort.CORE_MODULE;
            case Func f -> Sort.FUNC;
            case Value v -> Sort.VALUE;
            case TypeEq t -> Sort.TYPE;
            case TypeSubResource t -> Sort.TYPE;
            case Component c -> Sort.COMPONENT;
            case Instance i -> Sort.INSTANCE;
        };
    }
}
