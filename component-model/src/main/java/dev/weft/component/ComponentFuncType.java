package dev.weft.component;

import java.util.List;
import java.util.Objects;

/**
 * The type of a component function: named parameters and an optional result ({@code null} for
 * none), as WIT writes {@code func(a: u32, b: string) -> list<u8>}.
 * <pre>{@code
 * ComponentFuncType t = ComponentFuncType.of(
 *         List.of(new ComponentFuncType.Param("a", Type.Primitive.U32)), Type.Primitive.STRING);
 * }</pre>
 */
public record ComponentFuncType(List<Param> params, Type result) {

    /** A named parameter. */
    public record Param(String name, Type type) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public ComponentFuncType {
        params = List.copyOf(params);
    }

    /** A function type; {@code result} may be null. */
    public static ComponentFuncType of(List<Param> params, Type result) { return new ComponentFuncType(params, result); }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("func(");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(params.get(i).name()).append(": ").append(params.get(i).type());
        }
        b.append(')');
        if (result != null) b.append(" -> ").append(result);
        return b.toString();
    }
}
