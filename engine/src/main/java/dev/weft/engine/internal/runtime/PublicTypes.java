package dev.weft.engine.internal.runtime;

import dev.weft.engine.FuncType;
import dev.weft.engine.ValueType;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.SubType;
import dev.weft.engine.internal.model.ValType;
import dev.weft.engine.internal.validate.CanonicalType;
import dev.weft.engine.internal.validate.TypeContext;
import java.util.ArrayList;
import java.util.List;

/** Converts between the internal, module-relative types and the public type descriptors. */
public final class PublicTypes {
    private PublicTypes() {}

    public static ValueType toPublic(ValType t, TypeContext types) {
        return switch (t.kind()) {
            case I32 -> ValueType.I32;
            case I64 -> ValueType.I64;
            case F32 -> ValueType.F32;
            case F64 -> ValueType.F64;
            case V128 -> ValueType.V128;
            case REF -> t.heap() >= 0
                    ? ValueType.refTo(t.nullable(), types.canonical(t.heap()))
                    : ValueType.ref(t.nullable(), heap(t.heap()));
            default -> throw new IllegalArgumentException("not a value type: " + t);
        };
    }

    private static ValueType.Heap heap(int h) {
        return switch (h) {
            case HeapType.FUNC -> ValueType.Heap.FUNC;
            case HeapType.EXTERN -> ValueType.Heap.EXTERN;
            case HeapType.ANY -> ValueType.Heap.ANY;
            case HeapType.EQ -> ValueType.Heap.EQ;
            case HeapType.I31 -> ValueType.Heap.I31;
            case HeapType.STRUCT -> ValueType.Heap.STRUCT;
            case HeapType.ARRAY -> ValueType.Heap.ARRAY;
            case HeapType.EXN -> ValueType.Heap.EXN;
            case HeapType.NONE -> ValueType.Heap.NONE;
            case HeapType.NOFUNC -> ValueType.Heap.NOFUNC;
            case HeapType.NOEXTERN -> ValueType.Heap.NOEXTERN;
            case HeapType.NOEXN -> ValueType.Heap.NOEXN;
            default -> throw new IllegalArgumentException("heap type " + h);
        };
    }

    /**
     * The internal form of a public type whose heap types are abstract; host-created entities are
     * typed in {@link TypeContext#EMPTY}, so concrete types cannot be expressed there.
     */
    public static ValType toInternal(ValueType t) {
        return switch (t.kind()) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F32 -> ValType.F32;
            case F64 -> ValType.F64;
            case V128 -> ValType.V128;
            case REF -> ValType.ref(t.nullable(), switch (t.heap()) {
                case FUNC -> HeapType.FUNC;
                case EXTERN -> HeapType.EXTERN;
                case ANY -> HeapType.ANY;
                case EQ -> HeapType.EQ;
                case I31 -> HeapType.I31;
                case STRUCT -> HeapType.STRUCT;
                case ARRAY -> HeapType.ARRAY;
                case EXN -> HeapType.EXN;
                case NONE -> HeapType.NONE;
                case NOFUNC -> HeapType.NOFUNC;
                case NOEXTERN -> HeapType.NOEXTERN;
                case NOEXN -> HeapType.NOEXN;
                case CONCRETE -> throw new IllegalArgumentException(
                        "host-defined types cannot refer to module-defined types: " + t);
            });
        };
    }

    public static FuncType toPublic(CompositeType.Func f, TypeContext types) {
        List<ValueType> p = new ArrayList<>();
        for (ValType t : f.params()) p.add(toPublic(t, types));
        List<ValueType> r = new ArrayList<>();
        for (ValType t : f.results()) r.add(toPublic(t, types));
        return new FuncType(p, r);
    }

    public static CompositeType.Func toInternal(FuncType f) {
        List<ValType> p = new ArrayList<>();
        for (ValueType t : f.params()) p.add(toInternal(t));
        List<ValType> r = new ArrayList<>();
        for (ValueType t : f.results()) r.add(toInternal(t));
        return new CompositeType.Func(p, r);
    }

    /** The canonical identity of a host function type (a final type in a rec group of its own). */
    public static CanonicalType canonical(CompositeType.Func f) {
        return TypeContext.of(List.of(new SubType(true, new int[0], f, 0, 1))).canonical(0);
    }
}
