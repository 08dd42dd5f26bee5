package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import java.util.ArrayList;
import java.util.List;

/** How component values map to sequences of core values (the Canonical ABI's {@code flatten_type}). */
public final class Flattening {
    /** More flat parameters than this and they travel in memory behind one pointer. */
    public static final int MAX_FLAT_PARAMS = 16;
    /** More flat results than this and they travel in memory behind a return pointer. */
    public static final int MAX_FLAT_RESULTS = 1;
    /** More flat parameters than this and an async lowered call passes them in memory. */
    public static final int MAX_FLAT_ASYNC_PARAMS = 4;

    private Flattening() {}

    public static List<FlatType> flatten(Type t, int ptrSize) {
        List<FlatType> out = new ArrayList<>();
        flatten(t, ptrSize, out);
        return out;
    }

    public static List<FlatType> flattenAll(List<Type> types, int ptrSize) {
        List<FlatType> out = new ArrayList<>();
        for (Type t : types) flatten(t, ptrSize, out);
        return out;
    }

    public static void flatten(Type t, int ptrSize, List<FlatType> out) {
        switch (t) {
            case Type.Primitive p -> {
                switch (p) {
                    case S64, U64 -> out.add(FlatType.I64);
                    case F32 -> out.add(FlatType.F32);
                    case F64 -> out.add(FlatType.F64);
                    case STRING -> {
                        out.add(FlatType.pointer(ptrSize));
                        out.add(FlatType.pointer(ptrSize));
                    }
                    default -> out.add(FlatType.I32);
                }
            }
            case Type.MapType m -> {
                out.add(FlatType.pointer(ptrSize));
                out.add(FlatType.pointer(ptrSize));
            }
            case Type.ListType l -> {
                if (l.fixedLength() >= 0) {
                    for (int i = 0; i < l.fixedLength(); i++) flatten(l.element(), ptrSize, out);
                } else {
                    out.add(FlatType.pointer(ptrSize));
                    out.add(FlatType.pointer(ptrSize));
                }
            }
            case Type.RecordType r -> {
                for (Type.Field f : r.fields()) flatten(f.type(), ptrSize, out);
            }
            case Type.TupleType tu -> {
                for (Type e : tu.types()) flatten(e, ptrSize, out);
            }
            case Type.FlagsType f -> out.add(FlatType.I32);
            case Type.Own o -> out.add(FlatType.I32);
            case Type.Borrow b -> out.add(FlatType.I32);
            case Type.StreamType s -> out.add(FlatType.I32);
            case Type.FutureType f -> out.add(FlatType.I32);
            default -> {
                out.add(FlatType.I32);
                out.addAll(variantPayload(Variants.payloadsOf(t), ptrSize));
            }
        }
    }

    /** The joined flat slots every case's payload shares (without the discriminant). */
    static List<FlatType> variantPayload(List<Type> payloads, int ptrSize) {
        List<FlatType> joined = new ArrayList<>();
        for (Type p : payloads) {
            if (p == null) continue;
            List<FlatType> flat = flatten(p, ptrSize);
            for (int i = 0; i < flat.size(); i++) {
                if (i < joined.size()) joined.set(i, FlatType.join(joined.get(i), flat.get(i)));
                else joined.add(flat.get(i));
            }
        }
        return joined;
    }
}
