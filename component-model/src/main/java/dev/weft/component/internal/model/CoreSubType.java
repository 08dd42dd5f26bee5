package dev.weft.component.internal.model;

import java.util.List;

/** One core sub type of a recursion group: finality, declared super types and the composite type. */
public record CoreSubType(boolean isFinal, List<Integer> supers, CoreCompositeType type) {
    public CoreSubType { supers = List.copyOf(supers); }
}
