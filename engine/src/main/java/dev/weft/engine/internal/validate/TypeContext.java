package dev.weft.engine.internal.validate;

import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.SubType;
import dev.weft.engine.internal.model.ValType;

import java.util.List;

/**
 * The validated type section of one module: the sub type of each index, its canonical identity and
 * the subtyping relation on value types whose concrete heap types are indices of this module.
 * Immutable and thread-safe.
 */
public final class TypeContext {
    /**
     * Heap type of the bottom reference type that validation uses for reference operands popped from
     * unreachable code; it is a subtype of every heap type. Never appears in modules.
     */
    public static final int BOT_HEAP = Integer.MIN_VALUE;

    /**
     * Longest declared supertype chain below a type (the limit of the JS API and other engines).
     * Each canonical type stores its chain for constant-time subtype checks, so an unbounded depth
     * would cost memory quadratic in the number of types.
     */
    public static final int MAX_SUBTYPE_DEPTH = 63;

    /** A context without defined types (e.g. for host-created values with abstract types). */
    public static final TypeContext EMPTY = new TypeContext(List.of(), new CanonicalType[0]);

    private final List<SubType> types;
    private final CanonicalType[] canonical;

    private TypeContext(List<SubType> types, CanonicalType[] canonical) {
        this.types = types;
        this.canonical = canonical;
    }

    /**
     * Validates a type section (references in range, supertypes declared before, not final and
     * matching) and canonicalizes it. Throws {@link InvalidModuleException} otherwise.
     */
    public static TypeContext of(List<SubType> types) {
        List<SubType> list = List.copyOf(types);
        CanonicalType[] canonical = new CanonicalType[list.size()];
        TypeContext ctx = new TypeContext(list, canonical);
        int[] depth = new int[list.size()];
        int i = 0;
        while (i < list.size()) {
            SubType first = list.get(i);
            int start = i;
            int size = Math.max(1, first.recGroupSize());
            if (first.recGroupStart() != start || start + size > list.size()) {
                throw new InvalidModuleException("malformed rec group", "type " + start);
            }
            for (int x = start; x < start + size; x++) {
                ctx.checkReferences(x, start + size);
                int[] sup = list.get(x).supertypes();
                depth[x] = sup.length == 0 ? 0 : depth[sup[0]] + 1;
                if (depth[x] > MAX_SUBTYPE_DEPTH) {
                    throw new InvalidModuleException("sub type " + x + " is deeper than the limit of "
                            + MAX_SUBTYPE_DEPTH + " supertypes", "type " + x);
                }
            }
            System.arraycopy(RecGroupInterner.intern(list, start, size, canonical), 0, canonical, start, size);
            for (int x = start; x < start + size; x++) ctx.checkSupertype(x);
            i = start + size;
        }
        return ctx;
    }

    private void checkReferences(int x, int limit) {
        SubType st = types.get(x);
        String where = "type " + x;
        if (st.supertypes().length > 1) {
            throw new InvalidModuleException("sub type " + x + " has more than one super type", where);
        }
        for (int s : st.supertypes()) {
            if (s < 0 || s >= types.size()) throw new InvalidModuleException("unknown type " + Integer.toUnsignedString(s), where);
            if (s >= x) throw new InvalidModuleException("forward use of type " + s + " in sub type definition", where);
        }
        switch (st.composite()) {
            case CompositeType.Func f -> {
                for (ValType t : f.params()) checkRef(t, limit, where);
                for (ValType t : f.results()) checkRef(t, limit, where);
            }
            case CompositeType.Struct s -> {
                for (CompositeType.FieldType ft : s.fields()) checkRef(ft.storage(), limit, where);
            }
            case CompositeType.Array a -> checkRef(a.element().storage(), limit, where);
        }
    }

    private static void checkRef(ValType t, int limit, String where) {
        if (t.isConcreteRef() && t.heap() >= limit) {
            throw new InvalidModuleException("unknown type " + t.heap(), where);
        }
    }

    private void checkSupertype(int x) {
        SubType st = types.get(x);
        for (int s : st.supertypes()) {
            SubType sup = types.get(s);
            if (sup.isFinal()) {
                throw new InvalidModuleException("sub type " + x + " has final super type " + s, "type " + x);
            }
            if (!matchesComposite(st.composite(), sup.composite())) {
                throw new InvalidModuleException("sub type " + x + " does not match super type " + s, "type " + x);
            }
        }
    }

    public int size() { return types.size(); }

    public SubType subType(int typeIndex) { return types.get(typeIndex); }

    public CompositeType composite(int typeIndex) { return types.get(typeIndex).composite(); }

    public CanonicalType canonical(int typeIndex) { return canonical[typeIndex]; }

    // ---------------------------------------------------------------- subtyping

    /** {@code a <: b}, both types of this module. */
    public boolean isSubtype(ValType a, ValType b) { return isSubtype(a, this, b, this); }

    /** {@code a <: b} where {@code a}'s type indices belong to {@code ca} and {@code b}'s to {@code cb}. */
    public static boolean isSubtype(ValType a, TypeContext ca, ValType b, TypeContext cb) {
        if (a == b || a.kind() == ValType.Kind.BOT) return true;
        if (a.kind() != b.kind()) return false;
        if (a.kind() != ValType.Kind.REF) return true;
        if (a.nullable() && !b.nullable()) return false;
        return isHeapSubtype(a.heap(), ca, b.heap(), cb);
    }

    /** Whether the two types are equivalent (mutual subtypes). */
    public static boolean equivalent(ValType a, TypeContext ca, ValType b, TypeContext cb) {
        return isSubtype(a, ca, b, cb) && isSubtype(b, cb, a, ca);
    }

    public boolean isHeapSubtype(int a, int b) { return isHeapSubtype(a, this, b, this); }

    public static boolean isHeapSubtype(int a, TypeContext ca, int b, TypeContext cb) {
        if (a == BOT_HEAP) return true;
        if (b == BOT_HEAP) return false;
        if (a >= 0 && b >= 0) {
            if (ca == cb && a == b) return true;
            return ca.canonical[a].isSubtypeOf(cb.canonical[b]);
        }
        if (a >= 0) {
            CompositeType c = ca.composite(a);
            return switch (b) {
                case HeapType.FUNC -> c instanceof CompositeType.Func;
                case HeapType.ANY, HeapType.EQ -> !(c instanceof CompositeType.Func);
                case HeapType.STRUCT -> c instanceof CompositeType.Struct;
                case HeapType.ARRAY -> c instanceof CompositeType.Array;
                default -> false;
            };
        }
        if (b >= 0) {
            CompositeType c = cb.composite(b);
            return switch (a) {
                case HeapType.NOFUNC -> c instanceof CompositeType.Func;
                case HeapType.NONE -> !(c instanceof CompositeType.Func);
                default -> false;
            };
        }
        return abstractSubtype(a, b);
    }

    private static boolean abstractSubtype(int a, int b) {
        if (a == b) return true;
        return switch (a) {
            case HeapType.NONE -> b == HeapType.I31 || b == HeapType.STRUCT || b == HeapType.ARRAY
                    || b == HeapType.EQ || b == HeapType.ANY;
            case HeapType.I31, HeapType.STRUCT, HeapType.ARRAY -> b == HeapType.EQ || b == HeapType.ANY;
            case HeapType.EQ -> b == HeapType.ANY;
            case HeapType.NOFUNC -> b == HeapType.FUNC;
            case HeapType.NOEXTERN -> b == HeapType.EXTERN;
            case HeapType.NOEXN -> b == HeapType.EXN;
            default -> false;
        };
    }

    /** The top of the hierarchy a heap type belongs to (any, func, extern or exn). */
    public int topHeap(int heap) {
        if (heap == BOT_HEAP) return BOT_HEAP;
        if (heap >= 0) return composite(heap) instanceof CompositeType.Func ? HeapType.FUNC : HeapType.ANY;
        return switch (heap) {
            case HeapType.FUNC, HeapType.NOFUNC -> HeapType.FUNC;
            case HeapType.EXTERN, HeapType.NOEXTERN -> HeapType.EXTERN;
            case HeapType.EXN, HeapType.NOEXN -> HeapType.EXN;
            default -> HeapType.ANY;
        };
    }

    /** The bottom of the hierarchy a heap type belongs to (none, nofunc, noextern or noexn). */
    public int bottomHeap(int heap) {
        return switch (topHeap(heap)) {
            case HeapType.FUNC -> HeapType.NOFUNC;
            case HeapType.EXTERN -> HeapType.NOEXTERN;
            case HeapType.EXN -> HeapType.NOEXN;
            case BOT_HEAP -> BOT_HEAP;
            default -> HeapType.NONE;
        };
    }

    /** Whether composite type {@code a} may be declared a subtype of {@code b} (both of this module). */
    boolean matchesComposite(CompositeType a, CompositeType b) {
        return switch (a) {
            case CompositeType.Func fa when b instanceof CompositeType.Func fb ->
                    matchesAll(fb.params(), fa.params()) && matchesAll(fa.results(), fb.results());
            case CompositeType.Struct sa when b instanceof CompositeType.Struct sb -> {
                if (sa.fields().size() < sb.fields().size()) yield false;
                for (int i = 0; i < sb.fields().size(); i++) {
                    if (!matchesField(sa.fields().get(i), sb.fields().get(i))) yield false;
                }
                yield true;
            }
            case CompositeType.Array aa when b instanceof CompositeType.Array ab ->
                    matchesField(aa.element(), ab.element());
            default -> false;
        };
    }

    private boolean matchesAll(List<ValType> a, List<ValType> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!isSubtype(a.get(i), b.get(i))) return false;
        return true;
    }

    private boolean matchesField(CompositeType.FieldType a, CompositeType.FieldType b) {
        if (a.mutable() != b.mutable()) return false;
        if (!isSubtype(a.storage(), b.storage())) return false;
        return !a.mutable() || isSubtype(b.storage(), a.storage());
    }

    /** Whether every value of the type has a default (numeric, vector or nullable reference). */
    public static boolean isDefaultable(ValType t) {
        return t.kind() != ValType.Kind.REF || t.nullable();
    }

    /** Whether {@code a <: b} holds for each pair of two equally long lists of this module's types. */
    public boolean isSubtypeAll(List<ValType> a, List<ValType> b) { return matchesAll(a, b); }
}
