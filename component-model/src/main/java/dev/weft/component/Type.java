package dev.weft.component;

import java.util.List;
import java.util.Objects;

/**
 * A component-level value type (the types WIT writes): primitives, lists, records, tuples, variants,
 * enums, options, results, flags and resource handles. Types are structural: two records with the
 * same field names and types are the same type. Resource handle types name a {@link ResourceType},
 * which has identity.
 */
public sealed interface Type {

    /** The primitive types. */
    enum Primitive implements Type {
        BOOL, S8, U8, S16, U16, S32, U32, S64, U64, F32, F64, CHAR, STRING, ERROR_CONTEXT
    }

    /** {@code list<T>}; {@code fixedLength >= 0} for the fixed-length form {@code list<T, N>}, else -1. */
    record ListType(Type element, int fixedLength) implements Type {
        public ListType {
            Objects.requireNonNull(element, "element");
        }

        public static ListType of(Type element) { return new ListType(element, -1); }
    }

    /** {@code map<K, V>}: laid out and passed like {@code list<tuple<K, V>>}. */
    record MapType(Type key, Type value) implements Type {
        public MapType {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A named field of a record. */
    record Field(String name, Type type) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    record RecordType(List<Field> fields) implements Type {
        public RecordType { fields = List.copyOf(fields); }
    }

    record TupleType(List<Type> types) implements Type {
        public TupleType { types = List.copyOf(types); }
    }

    /** A case of a variant; {@code type} is null for a case without payload. */
    record Case(String name, Type type) {
        public Case { Objects.requireNonNull(name, "name"); }
    }

    record VariantType(List<Case> cases) implements Type {
        public VariantType { cases = List.copyOf(cases); }
    }

    record EnumType(List<String> names) implements Type {
        public EnumType { names = List.copyOf(names); }
    }

    record OptionType(Type type) implements Type {
        public OptionType { Objects.requireNonNull(type, "type"); }
    }

    /** {@code result<ok, err>}; either side may be null (no payload). */
    record ResultType(Type ok, Type err) implements Type {}

    record FlagsType(List<String> names) implements Type {
        public FlagsType { names = List.copyOf(names); }
    }

    /** An owned handle to a resource. */
    record Own(ResourceType resource) implements Type {
        public Own { Objects.requireNonNull(resource, "resource"); }
    }

    /** A borrowed handle to a resource, valid for the duration of one call. */
    record Borrow(ResourceType resource) implements Type {
        public Borrow { Objects.requireNonNull(resource, "resource"); }
    }

    /** {@code stream<T>} (async; {@code element} may be null). */
    record StreamType(Type element) implements Type {}

    /** {@code future<T>} (async; {@code element} may be null). */
    record FutureType(Type element) implements Type {}
}
