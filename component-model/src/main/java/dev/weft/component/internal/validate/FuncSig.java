package dev.weft.component.internal.validate;

import dev.weft.component.Type;
import java.util.List;

/**
 * A validated component function type: named parameters and an optional result ({@code null} when
 * none). Resource handles name {@link dev.weft.component.ResourceType} placeholders (see
 * {@link ResourceSubstitution}).
 */
public record FuncSig(boolean async, List<Param> params, Type result) {
    public FuncSig { params = List.copyOf(params); }

    public record Param(String name, Type type) {}
}
