package dev.weft.component.internal.validate;

import dev.weft.component.Type;
import dev.weft.engine.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the Canonical ABI validation needs: flattening of value and function types into core
 * value types (sizes come from {@link dev.weft.component.internal.abi.Layout}). Flattening stops
 * growing past what any limit check needs, so huge fixed-length lists stay cheap to check.
 */
public final class Abi {
    /** Most flat core parameters a call passes directly; more go through memory. */
    public static final int MAX_FLAT_PARAMS = 16;
    /** Most flat core results a call returns directly. */
    public static final int MAX_FLAT_RESULTS = 1;
    /** Most flat parameters of an async lowered call. */
    public static final int MAX_FLAT_ASYNC_PARAMS = 4;

    private Abi() {}

    /** The flat core value types of {@code t}. */
    public static List<ValueType> flatten(Type t) {
        List<ValueType> out = new ArrayList<>();
        flatten(t, out);
        return out;
    }

    private static void flatten(Type t, List<ValueType> out) {
        switch (t) {
            case Type.Primitive p -> {
                switch (p) {
                    case S64, U64 -> out.add(ValueType.I64);
                    case F32 -> out.add(ValueType.F32);
                    case F64 -> out.add(ValueType.F64);
                    case STRING -> {
                        out.add(ValueType.I32);
                        out.add(ValueType.I32);
                    }
                    default -> out.add(ValueType.I32);
                }
            }
            case Type.ListType l -> {
                if (l.fixedLength() >= 0) {
                    List<ValueType> e = flatten(l.element());
                    for (int i = 0; i < l.fixedLength() && out.size() <= MAX_FLAT_PARAMS * 4; i++) out.addAll(e);
                } else {
                    out.add(ValueType.I32);
                    out.add(ValueType.I32);
                }
            }
            case Type.MapType m -> {
                out.add(ValueType.I32);
                out.add(ValueType.I32);
            }
            case Type.RecordType r -> r.fields().forEach(f -> flatten(f.type(), out));
            case Type.TupleType u -> u.types().forEach(x -> flatten(x, out));
            case Type.VariantType v -> flattenVariant(caseTypes(v), out);
            case Type.OptionType o -> flattenVariant(java.util.Arrays.asList(null, o.type()), out);
            case Type.ResultType r -> flattenVariant(java.util.Arrays.asList(r.ok(), r.err()), out);
            default -> out.add(ValueType.I32); // enum, flags (≤ 32), handles, streams, futures
        }
    }

    private static List<Type> caseTypes(Type.VariantType v) {
        List<Type> out = new ArrayList<>();
        for (Type.Case c : v.cases()) out.add(c.type());
        return out;
    }

    private static void flattenVariant(List<Type> cases, List<ValueType> out) {
        List<ValueType> joined = new ArrayList<>();
        for (Type c : cases) {
            if (c == null) continue;
            List<ValueType> f = flatten(c);
            for (int i = 0; i < f.size(); i++) {
                if (i < joined.size()) joined.set(i, join(joined.get(i), f.get(i)));
                else joined.add(f.get(i));
            }
        }
        out.add(ValueType.I32);
        out.addAll(joined);
    }

    private static ValueType join(ValueType a, ValueType b) {
        if (a.equals(b)) return a;
        if ((a.equals(ValueType.I32) && b.equals(ValueType.F32)) || (a.equals(ValueType.F32) && b.equals(ValueType.I32))) {
            return ValueType.I32;
        }
        return ValueType.I64;
    }

    /** The flat parameters of a function type's parameters. */
    static List<ValueType> flatParams(FuncSig f) {
        List<ValueType> out = new ArrayList<>();
        for (FuncSig.Param p : f.params()) flatten(p.type(), out);
        return out;
    }

    /**
     * The core function type of a lifted function: what the core callee must have. {@code asyncLift}
     * selects the async ABI ({@code callback}: results are one i32 code; stackful: none).
     */
    static dev.weft.engine.FuncType liftedCoreType(FuncSig f, boolean asyncLift, boolean callback) {
        List<ValueType> params = flatParams(f);
        if (params.size() > MAX_FLAT_PARAMS) params = List.of(ValueType.I32);
        List<ValueType> results;
        if (asyncLift) {
            results = callback ? List.of(ValueType.I32) : List.of();
        } else {
            results = f.result() == null ? List.of() : flatten(f.result());
            if (results.size() > MAX_FLAT_RESULTS) results = List.of(ValueType.I32);
        }
        return dev.weft.engine.FuncType.of(params, results);
    }

    /** The core function type of a lowered function: what core callers see. */
    static dev.weft.engine.FuncType loweredCoreType(FuncSig f, boolean asyncLower) {
        List<ValueType> params = new ArrayList<>(flatParams(f));
        if (asyncLower) {
            if (params.size() > MAX_FLAT_ASYNC_PARAMS) params = new ArrayList<>(List.of(ValueType.I32));
            if (f.result() != null) params.add(ValueType.I32);
            return dev.weft.engine.FuncType.of(params, List.of(ValueType.I32));
        }
        if (params.size() > MAX_FLAT_PARAMS) params = new ArrayList<>(List.of(ValueType.I32));
        List<ValueType> results = f.result() == null ? List.of() : flatten(f.result());
        if (results.size() > MAX_FLAT_RESULTS) {
            params.add(ValueType.I32);
            results = List.of();
        }
        return dev.weft.engine.FuncType.of(params, results);
    }

    /** Whether values of {@code t} need linear memory to cross (strings and lists, transitively). */
    static boolean needsMemory(Type t) {
        if (t == null) return false;
        return switch (t) {
            case Type.Primitive p -> p == Type.Primitive.STRING;
            case Type.ListType l -> l.fixedLength() < 0 || needsMemory(l.element());
            case Type.MapType m -> true;
            case Type.RecordType r -> r.fields().stream().anyMatch(f -> needsMemory(f.type()));
            case Type.TupleType u -> u.types().stream().anyMatch(Abi::needsMemory);
            case Type.VariantType v -> v.cases().stream().anyMatch(c -> needsMemory(c.type()));
            case Type.OptionType o -> needsMemory(o.type());
            case Type.ResultType r -> needsMemory(r.ok()) || needsMemory(r.err());
            default -> false;
        };
    }
}
