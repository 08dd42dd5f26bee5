package dev.weft.engine.internal.runtime;

import dev.weft.engine.ExnRef;
import dev.weft.engine.Func;
import dev.weft.engine.GcObject;
import dev.weft.engine.I31;
import dev.weft.engine.V128;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.ValType;
import dev.weft.engine.internal.validate.CanonicalType;
import dev.weft.engine.internal.validate.TypeContext;

/**
 * Converts values between the interpreter's slot form (a long per number, two longs per v128, an
 * Object per reference) and the Java objects of the public API, checking what the host passes in.
 */
public final class Values {
    private Values() {}

    /** Boxes a number (one slot) of type {@code t}. */
    public static Object boxNumber(ValType t, long bits) {
        return switch (t.kind()) {
            case I32 -> (int) bits;
            case I64 -> bits;
            case F32 -> Float.intBitsToFloat((int) bits);
            case F64 -> Double.longBitsToDouble(bits);
            default -> throw new IllegalStateException("not a number type: " + t);
        };
    }

    /** Unboxes a host-provided number into its slot bits; throws IllegalArgumentException if it does not fit. */
    public static long unboxNumber(ValType t, Object v) {
        return switch (t.kind()) {
            case I32 -> v instanceof Integer i ? i : bad(t, v);
            case I64 -> v instanceof Long l ? l : bad(t, v);
            case F32 -> v instanceof Float f ? Float.floatToRawIntBits(f) : bad(t, v);
            case F64 -> v instanceof Double d ? Double.doubleToRawLongBits(d) : bad(t, v);
            default -> throw new IllegalStateException("not a number type: " + t);
        };
    }

    public static V128 unboxV128(Object v) {
        if (v instanceof V128 x) return x;
        throw new IllegalArgumentException("expected a V128 for v128, got " + describe(v));
    }

    private static long bad(ValType t, Object v) {
        throw new IllegalArgumentException("expected a value of type " + t + ", got " + describe(v));
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }

    /**
     * Checks a host-provided reference against a reference type whose concrete heap types are
     * indices of {@code types}: the value must be of the kind the heap type names and, for a
     * concrete type, of a subtype of it (wasm code relies on that without checking again).
     */
    public static Object checkRef(ValType t, TypeContext types, Object v) {
        checkRef(t, v);
        if (v != null && t.heap() >= 0) {
            CanonicalType expected = types.canonical(t.heap());
            CanonicalType actual = switch (v) {
                case FunctionInstance f -> f.type;
                case StructObject o -> o.type;
                case ArrayObject a -> a.type;
                default -> null;
            };
            if (actual == null || !actual.isSubtypeOf(expected)) {
                throw new IllegalArgumentException("expected a value of type " + t + ", got " + describe(v));
            }
        }
        return v;
    }

    /**
     * Checks a host-provided reference against a reference type of abstract heap type (values of
     * concrete types are only checked for their kind) and returns it.
     */
    public static Object checkRef(ValType t, Object v) {
        if (v == null) {
            if (!t.nullable()) throw new IllegalArgumentException("null is not a value of type " + t);
            return null;
        }
        int h = t.heap();
        boolean ok = switch (h) {
            case HeapType.FUNC -> v instanceof Func;
            case HeapType.EXN -> v instanceof ExnRef;
            case HeapType.EXTERN -> true;
            case HeapType.ANY -> !(v instanceof Func) && !(v instanceof ExnRef);
            case HeapType.EQ -> v instanceof I31 || v instanceof GcObject;
            case HeapType.I31 -> v instanceof I31;
            case HeapType.STRUCT -> v instanceof StructObject;
            case HeapType.ARRAY -> v instanceof ArrayObject;
            case HeapType.NONE, HeapType.NOFUNC, HeapType.NOEXTERN, HeapType.NOEXN -> false;
            default -> h >= 0 && (v instanceof Func || v instanceof GcObject);
        };
        if (!ok) throw new IllegalArgumentException("expected a value of type " + t + ", got " + describe(v));
        return v;
    }
}
