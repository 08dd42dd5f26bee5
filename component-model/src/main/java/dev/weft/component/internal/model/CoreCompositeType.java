package dev.weft.component.internal.model;

import java.util.List;

/** The composite part of a core type definition (Wasm 3.0): function, struct or array. */
public sealed interface CoreCompositeType {

    record Func(List<CoreValType> params, List<CoreValType> results) implements CoreCompositeType {
        public Func {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }
    }

    record Field(CoreValType type, boolean mutable) {}

    record Struct(List<Field> fields) implements CoreCompositeType {
        public Struct { fields = List.copyOf(fields); }
    }

    record Array(Field element) implements CoreCompositeType {}
}
