package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The variant view of the specialized variant types: an option is {@code none | some(T)}, a result
 * {@code ok(T) | error(E)}, an enum a variant whose cases have no payload. Payload lists hold null
 * for a case without payload.
 */
final class Variants {
    private Variants() {}

    static List<Type> payloads(Type.VariantType v) {
        List<Type> out = new ArrayList<>(v.cases().size());
        for (Type.Case c : v.cases()) out.add(c.type());
        return out;
    }

    static List<Type> payloads(Type.OptionType o) { return Arrays.asList(null, o.type()); }

    static List<Type> payloads(Type.ResultType r) { return Arrays.asList(r.ok(), r.err()); }

    static List<Type> payloads(Type.EnumType e) { return Collections.nCopies(e.names().size(), null); }

    /** The payload types of any variant-like type, or null if {@code t} is not variant-like. */
    static List<Type> payloadsOf(Type t) {
        return switch (t) {
            case Type.VariantType v -> payloads(v);
            case Type.OptionType o -> payloads(o);
            case Type.ResultType r -> payloads(r);
            case Type.EnumType e -> payloads(e);
            default -> null;
        };
    }
}
