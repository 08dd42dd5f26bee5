package dev.weft.engine.internal.model;

/**
 * A value type, or a storage type ({@link #I8}/{@link #I16} only occur as packed struct/array fields).
 *
 * <p>Reference types carry nullability and a heap type: {@code heap >= 0} is a type index into the
 * defining module's type section, {@code heap < 0} is one of the abstract {@link HeapType} codes.
 * Instances are compared with {@link #equals}; the common ones are shared constants.
 */
public record ValType(Kind kind, boolean nullable, int heap) {

    public enum Kind { I32, I64, F32, F64, V128, REF, I8, I16, BOT }

    public static final ValType I32 = new ValType(Kind.I32, false, 0);
    public static final ValType I64 = new ValType(Kind.I64, false, 0);
    public static final ValType F32 = new ValType(Kind.F32, false, 0);
    public static final ValType F64 = new ValType(Kind.F64, false, 0);
    public static final ValType V128 = new ValType(Kind.V128, false, 0);
    /** Packed storage types: only valid as struct/array field storage. */
    public static final ValType I8 = new ValType(Kind.I8, false, 0);
    public static final ValType I16 = new ValType(Kind.I16, false, 0);
    /** The bottom type used by validation for unreachable stack slots; never appears in modules. */
    public static final ValType BOT = new ValType(Kind.BOT, false, 0);

    public static final ValType FUNCREF = ref(true, HeapType.FUNC);
    public static final ValType EXTERNREF = ref(true, HeapType.EXTERN);
    public static final ValType ANYREF = ref(true, HeapType.ANY);
    public static final ValType EQREF = ref(true, HeapType.EQ);
    public static final ValType I31REF = ref(true, HeapType.I31);
    public static final ValType STRUCTREF = ref(true, HeapType.STRUCT);
    public static final ValType ARRAYREF = ref(true, HeapType.ARRAY);
    public static final ValType NULLREF = ref(true, HeapType.NONE);
    public static final ValType NULLFUNCREF = ref(true, HeapType.NOFUNC);
    public static final ValType NULLEXTERNREF = ref(true, HeapType.NOEXTERN);
    public static final ValType EXNREF = ref(true, HeapType.EXN);
    public static final ValType NULLEXNREF = ref(true, HeapType.NOEXN);

    public static ValType ref(boolean nullable, int heap) {
        return new ValType(Kind.REF, nullable, heap);
    }

    public boolean isRef() { return kind == Kind.REF; }

    public boolean isNum() {
        return kind == Kind.I32 || kind == Kind.I64 || kind == Kind.F32 || kind == Kind.F64;
    }

    public boolean isPacked() { return kind == Kind.I8 || kind == Kind.I16; }

    /** True if the heap type is a concrete type index. */
    public boolean isConcreteRef() { return kind == Kind.REF && heap >= 0; }

    /** The unpacked value type of a storage type (i8/i16 become i32). */
    public ValType unpacked() { return isPacked() ? I32 : this; }

    public ValType asNonNull() { return isRef() && nullable ? ref(false, heap) : this; }

    public ValType asNullable() { return isRef() && !nullable ? ref(true, heap) : this; }

    /** Number of 64-bit interpreter slots the value occupies (v128 takes two). */
    public int slots() { return kind == Kind.V128 ? 2 : 1; }

    @Override
    public String toString() {
        return switch (kind) {
            case I32 -> "i32";
            case I64 -> "i64";
            case F32 -> "f32";
            case F64 -> "f64";
            case V128 -> "v128";
            case I8 -> "i8";
            case I16 -> "i16";
            case BOT -> "bot";
            case REF -> "(ref " + (nullable ? "null " : "") + HeapType.toString(heap) + ")";
        };
    }
}
