package dev.weft.component.internal.validate;

import dev.weft.component.Type;

/** The validated type of an import, export or instantiation argument. */
public sealed interface ExternT {

    record Module(ModuleSig sig) implements ExternT {}

    record Func(FuncSig sig) implements ExternT {}

    record Value(Type type) implements ExternT {}

    /** A type import/export: the type it equals (or the abstract resource it introduces). */
    record TypeOf(CType type) implements ExternT {}

    record Component(ComponentSig sig) implements ExternT {}

    record Instance(InstanceSig sig) implements ExternT {}

    /** The sort word used in messages ("func", "instance", "module", ...). */
    default String sortName() {
        return switch (this) {
            case Module m -> "module";
            case Func f -> "func";
            case Value v -> "value";
            case TypeOf t -> "type";
            case Component c -> "component";
            case Instance i -> "instance";
        };
    }
}
