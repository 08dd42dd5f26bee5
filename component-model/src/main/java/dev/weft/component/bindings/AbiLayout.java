package dev.weft.component.bindings;

import dev.weft.component.Type;
import dev.weft.component.internal.abi.FlatType;
import dev.weft.component.internal.abi.Flattening;
import dev.weft.component.internal.abi.Layout;
import dev.weft.component.internal.abi.TypedAccess;
import java.util.ArrayList;
import java.util.List;

/**
 * The Canonical ABI layout of a component {@link Type}, for code generators: byte size, alignment,
 * flattening to core values, variant discriminants and payload slots. These are the rules the runtime
 * itself uses, so generated {@link Canon} code lays values out exactly like the dynamic path.
 * Flat core types are named {@code "i32"}, {@code "i64"}, {@code "f32"} and {@code "f64"}.
 */
public final class AbiLayout {
    /** More flat parameters than this and they are passed in memory behind one pointer. */
    public static final int MAX_FLAT_PARAMS = Flattening.MAX_FLAT_PARAMS;
    /** More flat results than this and they are returned in memory behind one pointer. */
    public static final int MAX_FLAT_RESULTS = Flattening.MAX_FLAT_RESULTS;

    private AbiLayout() {}

    /** Byte size in memory with pointers of {@code ptrSize} bytes (4 or 8). */
    public static long size(Type t, int ptrSize) { return Layout.size(t, ptrSize); }

    /** Alignment in memory. */
    public static int alignment(Type t, int ptrSize) { return Layout.alignment(t, ptrSize); }

    /** The flat core types of a value of {@code t}. */
    public static List<String> flat(Type t, int ptrSize) { return names(Flattening.flatten(t, ptrSize)); }

    /** Bytes of the discriminant of a variant or enum with {@code caseCount} cases. */
    public static int discriminantSize(int caseCount) { return Layout.discriminantSize(caseCount); }

    /** Bytes of a flags value with {@code labelCount} labels. */
    public static int flagsSize(int labelCount) { return Layout.flagsSize(labelCount); }

    /** Offset of the payload of a variant-like type (variant, option, result) from its start. */
    public static long payloadOffset(Type variantLike, int ptrSize) {
        List<Type> payloads = TypedAccess.payloads(variantLike);
        return Layout.payloadOffset(payloads.size(), payloads, ptrSize);
    }

    /** The joined flat slots all cases of a variant-like type share after the discriminant. */
    public static List<String> joinedPayload(Type variantLike, int ptrSize) {
        return names(TypedAccess.joinedPayload(variantLike, ptrSize));
    }

    /** Offsets of the elements of a tuple (or the fields of a record, or a parameter list) laid out in order. */
    public static long[] offsets(List<Type> elements, int ptrSize) {
        long[] out = new long[elements.size()];
        long at = 0;
        for (int i = 0; i < out.length; i++) {
            Type e = elements.get(i);
            at = Layout.alignTo(at, Layout.alignment(e, ptrSize));
            out[i] = at;
            at += Layout.size(e, ptrSize);
        }
        return out;
    }

    private static List<String> names(List<FlatType> flat) {
        List<String> out = new ArrayList<>(flat.size());
        for (FlatType f : flat) out.add(f.name().toLowerCase(java.util.Locale.ROOT));
        return out;
    }
}
