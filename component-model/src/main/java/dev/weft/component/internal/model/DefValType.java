package dev.weft.component.internal.model;

import dev.weft.component.Type;
import java.util.List;

/** A defined value type ({@code defvaltype}) as written; element types are {@link ValType}s. */
public sealed interface DefValType extends DefType {

    record Primitive(Type.Primitive type) implements DefValType {}

    record Record(List<LabeledValType> fields) implements DefValType {
        public Record { fields = List.copyOf(fields); }
    }

    /** A variant case; {@code type} is null without payload. */
    record Case(String label, ValType type) {}

    record Variant(List<Case> cases) implements DefValType {
        public Variant { cases = List.copyOf(cases); }
    }

    /** {@code (list t)} or, with {@code fixedLength >= 0}, {@code (list t len)}. */
    record ListOf(ValType element, long fixedLength) implements DefValType {}

    record Tuple(List<ValType> types) implements DefValType {
        public Tuple { types = List.copyOf(types); }
    }

    record Flags(List<String> labels) implements DefValType {
        public Flags { labels = List.copyOf(labels); }
    }

    record Enum(List<String> labels) implements DefValType {
        public Enum { labels = List.copyOf(labels); }
    }

    record Option(ValType type) implements DefValType {}

    /** {@code (result ok? (error err)?)}; absent sides are null. */
    record Result(ValType ok, ValType err) implements DefValType {}

    record Own(int typeIndex) implements DefValType {}

    record Borrow(int typeIndex) implements DefValType {}

    /** {@code (stream t?)}; {@code element} null when absent. */
    record Stream(ValType element) implements DefValType {}

    /** {@code (future t?)}; {@code element} null when absent. */
    record Future(ValType element) implements DefValType {}

    /** {@code (map k v)}. */
    record MapOf(ValType key, ValType value) implements DefValType {}
}
