package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import java.util.Locale;

/** Short WIT-like names of component types, for error messages. */
final class TypeNames {
    private TypeNames() {}

    static String of(Type t) {
        return switch (t) {
            case null -> "_";
            case Type.Primitive p -> p.name().toLowerCase(Locale.ROOT).replace('_', '-');
            case Type.ListType l -> l.fixedLength() >= 0
                    ? "list<" + of(l.element()) + ", " + l.fixedLength() + ">"
                    : "list<" + of(l.element()) + ">";
            case Type.MapType m -> "map<" + of(m.key()) + ", " + of(m.value()) + ">";
            case Type.RecordType r -> "record";
            case Type.TupleType tu -> "tuple<" + String.join(", ", tu.types().stream().map(TypeNames::of).toList()) + ">";
            case Type.VariantType v -> "variant";
            case Type.EnumType e -> "enum";
            case Type.OptionType o -> "option<" + of(o.type()) + ">";
            case Type.ResultType r -> r.ok() == null && r.err() == null ? "result" : "result<" + of(r.ok()) + ", " + of(r.err()) + ">";
            case Type.FlagsType f -> "flags";
            case Type.Own o -> "own<" + o.resource().name() + ">";
            case Type.Borrow b -> "borrow<" + b.resource().name() + ">";
            case Type.StreamType s -> "stream<" + of(s.element()) + ">";
            case Type.FutureType f -> "future<" + of(f.element()) + ">";
        };
    }
}
