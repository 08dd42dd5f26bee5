package dev.weft.engine.internal.runtime;

import dev.weft.engine.GcObject;
import dev.weft.engine.TrapException;
import dev.weft.engine.internal.model.ValType;
import dev.weft.engine.internal.validate.CanonicalType;

/**
 * A GC array, stored as a typed Java array chosen by element type: {@code byte[]} (i8),
 * {@code short[]} (i16), {@code int[]} (i32, f32 bits), {@code long[]} (i64, f64 bits; v128 as two
 * longs per element), {@code Object[]} (references).
 */
public final class ArrayObject implements GcObject {
    public static final int K_I8 = 0, K_I16 = 1, K_I32 = 2, K_I64 = 3, K_V128 = 4, K_REF = 5;

    public final CanonicalType type;
    public final int kind;
    public final int length;
    public final Object data;

    public ArrayObject(CanonicalType type, int kind, int length) {
        this.type = type;
        this.kind = kind;
        this.length = length;
        try {
            this.data = switch (kind) {
                case K_I8 -> new byte[length];
                case K_I16 -> new short[length];
                case K_I32 -> new int[length];
                case K_I64 -> new long[length];
                case K_V128 -> new long[Math.multiplyExact(length, 2)];
                default -> new Object[length];
            };
        } catch (OutOfMemoryError | ArithmeticException e) {
            // The spec leaves allocation failure to the engine: report it as a trap, not a JVM error.
            throw new TrapException("out of memory: array of " + length + " elements");
        }
    }

    /** The storage kind for an element storage type. */
    public static int kindOf(ValType t) {
        return switch (t.kind()) {
            case I8 -> K_I8;
            case I16 -> K_I16;
            case I32, F32 -> K_I32;
            case I64, F64 -> K_I64;
            case V128 -> K_V128;
            default -> K_REF;
        };
    }

    @Override
    public Kind kind() { return Kind.ARRAY; }

    @Override
    public String toString() { return "array[" + length + "] " + type; }
}
