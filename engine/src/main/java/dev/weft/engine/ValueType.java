package dev.weft.engine;

import java.util.Objects;

/**
 * A WebAssembly value type as seen from Java: a number type, {@code v128}, or a reference type
 * (nullable or not) to an abstract heap type or to a concrete type defined by some module.
 * <pre>{@code
 * FuncType t = FuncType.of(List.of(ValueType.I32, ValueType.EXTERNREF), List.of(ValueType.I64));
 * }</pre>
 * Java representations of values: i32 {@link Integer}, i64 {@link Long}, f32 {@link Float},
 * f64 {@link Double} (NaN bits preserved), v128 {@link V128}; references: see {@link Func}.
 */
public final class ValueType {

    /** What kind of value this type describes. */
    public enum Kind { I32, I64, F32, F64, V128, REF }

    /** The heap type of a reference type; {@link #CONCRETE} is a module-defined type. */
    public enum Heap { FUNC, EXTERN, ANY, EQ, I31, STRUCT, ARRAY, EXN, NONE, NOFUNC, NOEXTERN, NOEXN, CONCRETE }

    public static final ValueType I32 = new ValueType(Kind.I32, false, null, null);
    public static final ValueType I64 = new ValueType(Kind.I64, false, null, null);
    public static final ValueType F32 = new ValueType(Kind.F32, false, null, null);
    public static final ValueType F64 = new ValueType(Kind.F64, false, null, null);
    public static final ValueType V128 = new ValueType(Kind.V128, false, null, null);
    public static final ValueType FUNCREF = ref(true, Heap.FUNC);
    public static final ValueType EXTERNREF = ref(true, Heap.EXTERN);
    public static final ValueType ANYREF = ref(true, Heap.ANY);
    public static final ValueType EQREF = ref(true, Heap.EQ);
    public static final ValueType I31REF = ref(true, Heap.I31);
    public static final ValueType STRUCTREF = ref(true, Heap.STRUCT);
    public static final ValueType ARRAYREF = ref(true, Heap.ARRAY);
    public static final ValueType EXNREF = ref(true, Heap.EXN);

    private final Kind kind;
    private final boolean nullable;
    private final Heap heap;
    private final Object concrete;

    private ValueType(Kind kind, boolean nullable, Heap heap, Object concrete) {
        this.kind = kind;
        this.nullable = nullable;
        this.heap = heap;
        this.concrete = concrete;
    }

    /** A reference type to an abstract heap type. */
    public static ValueType ref(boolean nullable, Heap heap) {
        if (heap == Heap.CONCRETE) throw new IllegalArgumentException("concrete heap types come from a module");
        return new ValueType(Kind.REF, nullable, Objects.requireNonNull(heap), null);
    }

    /**
     * A reference to a module-defined type. {@code definedType} must come from
     * {@link #concreteType()} of a type obtained from a module or instance (e.g. an export's type).
     */
    public static ValueType refTo(boolean nullable, Object definedType) {
        return new ValueType(Kind.REF, nullable, Heap.CONCRETE, Objects.requireNonNull(definedType));
    }

    public Kind kind() { return kind; }

    public boolean isReference() { return kind == Kind.REF; }

    /** For reference types: whether null is a value of the type. */
    public boolean nullable() { return nullable; }

    /** For reference types: the heap type; null for number and vector types. */
    public Heap heap() { return heap; }

    /** For {@link Heap#CONCRETE} references: an opaque identity of the defined type (equal types are ==). */
    public Object concreteType() { return concrete; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueType v && v.kind == kind && v.nullable == nullable && v.heap == heap
                && v.concrete == concrete;
    }

    @Override
    public int hashCode() { return Objects.hash(kind, nullable, heap, System.identityHashCode(concrete)); }

    @Override
    public String toString() {
        if (kind != Kind.REF) return kind.name().toLowerCase(java.util.Locale.ROOT);
        String h = heap == Heap.CONCRETE ? String.valueOf(concrete) : heap.name().toLowerCase(java.util.Locale.ROOT);
        return "(ref " + (nullable ? "null " : "") + h + ")";
    }
}
