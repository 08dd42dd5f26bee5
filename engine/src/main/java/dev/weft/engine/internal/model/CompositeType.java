package dev.weft.engine.internal.model;

import java.util.List;

/** The body of a defined type: a function, struct or array type. */
public sealed interface CompositeType {

    record Func(List<ValType> params, List<ValType> results) implements CompositeType {
        public Func {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }

        @Override
        public String toString() { return "(func " + params + " -> " + results + ")"; }
    }

    record Struct(List<FieldType> fields) implements CompositeType {
        public Struct { fields = List.copyOf(fields); }
    }

    record Array(FieldType element) implements CompositeType {}

    /** A struct or array field: a storage type (possibly packed) and its mutability. */
    record FieldType(ValType storage, boolean mutable) {}
}
