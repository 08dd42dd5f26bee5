package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;

/** A validated entry of a component type index space. */
public sealed interface CType {

    /** A defined value type. */
    record Value(Type type) implements CType {}

    record Func(FuncSig sig) implements CType {}

    record Component(ComponentSig sig) implements CType {}

    record Instance(InstanceSig sig) implements CType {}

    /** A resource type (locally defined, imported or abstract): a placeholder identity. */
    record Resource(ResourceType resource) implements CType {}

    /** The word used for this kind of type in messages. */
    default String kindName() {
        return switch (this) {
            case Value v -> "defined type";
            case Func f -> "func type";
            case Component c -> "component type";
            case Instance i -> "instance type";
            case Resource r -> "resource";
        };
    }
}
