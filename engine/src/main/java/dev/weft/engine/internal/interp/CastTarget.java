package dev.weft.engine.internal.interp;

import dev.weft.engine.I31;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.runtime.ArrayObject;
import dev.weft.engine.internal.runtime.FunctionInstance;
import dev.weft.engine.internal.runtime.StructObject;
import dev.weft.engine.internal.validate.CanonicalType;

/**
 * The target of a runtime type test (ref.test, ref.cast, br_on_cast): nullability plus an abstract
 * heap type code ({@link HeapType}) or, for a concrete type, its canonical type.
 */
record CastTarget(boolean nullable, int heap, CanonicalType type) {

    /** Whether {@code v} is a value of this reference type (validation guarantees the hierarchy). */
    boolean test(Object v) {
        if (v == null) return nullable;
        if (type != null) {
            CanonicalType actual = switch (v) {
                case StructObject so -> so.type;
                case ArrayObject ao -> ao.type;
                case FunctionInstance fi -> fi.type;
                default -> null;
            };
            return actual != null && actual.isSubtypeOf(type);
        }
        return switch (heap) {
            case HeapType.ANY, HeapType.FUNC, HeapType.EXTERN, HeapType.EXN -> true;
            case HeapType.EQ -> v instanceof I31 || v instanceof StructObject || v instanceof ArrayObject;
            case HeapType.I31 -> v instanceof I31;
            case HeapType.STRUCT -> v instanceof StructObject;
            case HeapType.ARRAY -> v instanceof ArrayObject;
            default -> false;
        };
    }
}
