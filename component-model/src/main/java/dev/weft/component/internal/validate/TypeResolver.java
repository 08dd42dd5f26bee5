package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.internal.model.DefType;
import dev.weft.component.internal.model.DefValType;
import dev.weft.component.internal.model.LabeledValType;
import dev.weft.component.internal.model.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns written value and function types into validated ones ({@link Type}, {@link FuncSig}),
 * enforcing the value-type rules (non-empty records/variants/tuples/flags/enums, kebab-case unique
 * labels, at most 32 flags, handles only of resources, no {@code borrow} in results) and collecting
 * the nominal identities each type needs named (see {@link Scope}).
 */
final class TypeResolver {
    /** Largest canonical ABI element size a value type may have. */
    private static final long MAX_TYPE_SIZE = 1L << 28;
    /** Most nodes a value type may have when written out as a tree (shared parts counted each time). */
    static final long MAX_EFFECTIVE_SIZE = 1_000_000;
    /** Deepest nesting of value types; keeps every recursive walk over types shallow. */
    static final int MAX_DEPTH = 100;

    private TypeResolver() {}

    /** A resolved value type with the nominal identities it needs named. */
    record Resolved(Type type, Set<Object> needs) {}

    static Resolved valType(Scope s, ValType v) {
        return switch (v) {
            case ValType.Primitive p -> new Resolved(p.type(), ResourceSubstitution.identitySetOfObjects());
            case ValType.Indexed i -> {
                CType t = type(s, i.typeIndex());
                if (!(t instanceof CType.Value val)) {
                    throw new ValidationError("type index " + i.typeIndex() + " is not a defined type");
                }
                Set<Object> needs = ResourceSubstitution.identitySetOfObjects();
                needs.addAll(s.typeNeeds.get(i.typeIndex()));
                yield new Resolved(val.type(), needs);
            }
        };
    }

    static CType type(Scope s, int index) {
        if (index < 0 || index >= s.types.size()) {
            throw new ValidationError("unknown type " + index + ": type index out of bounds");
        }
        return s.types.get(index);
    }

    private static ResourceType resource(Scope s, int index, Set<Object> needs) {
        CType t = type(s, index);
        if (!(t instanceof CType.Resource r)) throw new ValidationError("type index " + index + " is not a resource type");
        needs.addAll(s.typeNeeds.get(index));
        return r.resource();
    }

    /**
     * A defined value type; {@code identity} is the nominal identity to give it when it is a record,
     * variant, enum or flags type.
     */
    static Resolved defValType(Scope s, DefValType d, Object identity) {
        Set<Object> needs = ResourceSubstitution.identitySetOfObjects();
        Type t = switch (d) {
            case DefValType.Primitive p -> p.type();
            case DefValType.Record r -> {
                if (r.fields().isEmpty()) throw new ValidationError("record type must have at least one field");
                List<Type.Field> fields = new ArrayList<>();
                Map<String, String> seen = new HashMap<>();
                for (LabeledValType f : r.fields()) {
                    unique(seen, f.label(), "record field name", "field name");
                    fields.add(new Type.Field(f.label(), sub(s, f.type(), needs)));
                }
                needs.add(identity);
                yield new Type.RecordType(fields);
            }
            case DefValType.Variant v -> {
                if (v.cases().isEmpty()) throw new ValidationError("variant type must have at least one case");
                List<Type.Case> cases = new ArrayList<>();
                Map<String, String> seen = new HashMap<>();
                for (DefValType.Case c : v.cases()) {
                    unique(seen, c.label(), "variant case name", "case name");
                    cases.add(new Type.Case(c.label(), c.type() == null ? null : sub(s, c.type(), needs)));
                }
                needs.add(identity);
                yield new Type.VariantType(cases);
            }
            case DefValType.ListOf l -> {
                if (l.fixedLength() == 0) throw new ValidationError("Fixed size lists must have more than zero elements");
                if (l.fixedLength() > Integer.MAX_VALUE) throw new ValidationError("fixed size list length too large");
                yield new Type.ListType(sub(s, l.element(), needs), (int) l.fixedLength());
            }
            case DefValType.Tuple u -> {
                if (u.types().isEmpty()) throw new ValidationError("tuple type must have at least one type");
                List<Type> ts = new ArrayList<>();
                for (ValType x : u.types()) ts.add(sub(s, x, needs));
                yield new Type.TupleType(ts);
            }
            case DefValType.Flags f -> {
                if (f.labels().isEmpty()) throw new ValidationError("flags must have at least one entry");
                if (f.labels().size() > 32) throw new ValidationError("cannot have more than 32 flags");
                Map<String, String> seen = new HashMap<>();
                for (String l : f.labels()) unique(seen, l, "flag name", "flag name");
                needs.add(identity);
                yield new Type.FlagsType(f.labels());
            }
            case DefValType.Enum e -> {
                if (e.labels().isEmpty()) throw new ValidationError("enum type must have at least one variant");
                Map<String, String> seen = new HashMap<>();
                for (String l : e.labels()) unique(seen, l, "enum tag name", "tag name");
                needs.add(identity);
                yield new Type.EnumType(e.labels());
            }
            case DefValType.Option o -> new Type.OptionType(sub(s, o.type(), needs));
            case DefValType.Result r -> new Type.ResultType(r.ok() == null ? null : sub(s, r.ok(), needs),
                    r.err() == null ? null : sub(s, r.err(), needs));
            case DefValType.Own o -> new Type.Own(resource(s, o.typeIndex(), needs));
            case DefValType.Borrow b -> new Type.Borrow(resource(s, b.typeIndex(), needs));
            case DefValType.Stream st -> {
                Type e = st.element() == null ? null : sub(s, st.element(), needs);
                if (e == Type.Primitive.CHAR) throw new ValidationError("`stream<char>` is not valid at this time");
                if (e != null && containsBorrow(e)) throw new ValidationError("stream element type cannot contain a `borrow` type");
                yield new Type.StreamType(e);
            }
            case DefValType.Future fu -> {
                Type e = fu.element() == null ? null : sub(s, fu.element(), needs);
                if (e != null && containsBorrow(e)) throw new ValidationError("future element type cannot contain a `borrow` type");
                yield new Type.FutureType(e);
            }
            case DefValType.MapOf m -> {
                Type k = sub(s, m.key(), needs);
                if (!(k instanceof Type.Primitive p) || p == Type.Primitive.F32 || p == Type.Primitive.F64
                        || p == Type.Primitive.ERROR_CONTEXT) {
                    throw new ValidationError("map key type must be a primitive integer, bool, char or string");
                }
                yield new Type.MapType(k, sub(s, m.value(), needs));
            }
        };
        long[] m = metrics(s, t);
        if (m[0] > MAX_EFFECTIVE_SIZE) {
            throw new ValidationError("effective type size exceeds the limit of " + MAX_EFFECTIVE_SIZE);
        }
        if (m[1] > MAX_DEPTH) throw new ValidationError("type nesting is too deep (more than " + MAX_DEPTH + " levels)");
        // the bound must hold for 64-bit memories too, where pointers and lengths are twice as wide
        if (dev.weft.component.internal.abi.Layout.size(t, 8) >= MAX_TYPE_SIZE) {
            throw new ValidationError("value type exceeds maximum byte size (" + MAX_TYPE_SIZE + ")");
        }
        return new Resolved(t, needs);
    }

    /**
     * {tree size, depth} of {@code t}, memoized by identity so that types sharing parts are measured in
     * time linear in their definitions. Parts are types already checked, so the recursion is shallow.
     */
    static long[] metrics(Scope s, Type t) {
        if (t == null) return new long[] {0, 0};
        long[] known = s.typeMetrics.get(t);
        if (known != null) return known;
        long size = 1;
        long depth = 0;
        List<Type> parts = switch (t) {
            case Type.ListType l -> List.of(l.element());
            case Type.MapType mt -> List.of(mt.key(), mt.value());
            case Type.RecordType r -> r.fields().stream().map(Type.Field::type).toList();
            case Type.TupleType u -> u.types();
            case Type.VariantType v -> v.cases().stream().map(Type.Case::type).filter(x -> x != null).toList();
            case Type.OptionType o -> List.of(o.type());
            case Type.ResultType r -> java.util.stream.Stream.of(r.ok(), r.err()).filter(x -> x != null).toList();
            case Type.StreamType st -> st.element() == null ? List.of() : List.of(st.element());
            case Type.FutureType f -> f.element() == null ? List.of() : List.of(f.element());
            default -> List.of();
        };
        for (Type p : parts) {
            long[] m = metrics(s, p);
            size = Math.min(Long.MAX_VALUE / 2, size + m[0]);
            depth = Math.max(depth, m[1]);
        }
        long[] out = {size, depth + 1};
        s.typeMetrics.put(t, out);
        return out;
    }

    private static Type sub(Scope s, ValType v, Set<Object> needs) {
        Resolved r = valType(s, v);
        needs.addAll(r.needs());
        return r.type();
    }

    private static void unique(Map<String, String> seen, String label, String what, String previousWhat) {
        ExternNames.checkLabel(label, what);
        String prev = seen.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
        if (prev != null) {
            throw new ValidationError(what + " `" + label + "` conflicts with previous " + previousWhat + " `" + prev + "`");
        }
    }

    /** A function type, with its needs added to {@code needs}. */
    static FuncSig funcType(Scope s, DefType.Func f, Set<Object> needs) {
        List<FuncSig.Param> params = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (LabeledValType p : f.params()) {
            unique(seen, p.label(), "function parameter name", "parameter name");
            params.add(new FuncSig.Param(p.label(), sub(s, p.type(), needs)));
        }
        Type result = f.result() == null ? null : sub(s, f.result(), needs);
        if (result != null && containsBorrow(result)) {
            throw new ValidationError("function result cannot contain a `borrow` type");
        }
        return new FuncSig(f.async(), params, result);
    }

    static boolean containsBorrow(Type t) {
        if (t == null) return false;
        return switch (t) {
            case Type.Borrow b -> true;
            case Type.ListType l -> containsBorrow(l.element());
            case Type.MapType m -> containsBorrow(m.key()) || containsBorrow(m.value());
            case Type.RecordType r -> r.fields().stream().anyMatch(f -> containsBorrow(f.type()));
            case Type.TupleType u -> u.types().stream().anyMatch(TypeResolver::containsBorrow);
            case Type.VariantType v -> v.cases().stream().anyMatch(c -> containsBorrow(c.type()));
            case Type.OptionType o -> containsBorrow(o.type());
            case Type.ResultType r -> containsBorrow(r.ok()) || containsBorrow(r.err());
            // streams and futures carry their own element checks and are handles themselves
            default -> false;
        };
    }
}
