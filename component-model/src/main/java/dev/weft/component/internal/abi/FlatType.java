package dev.weft.component.internal.abi;

import dev.weft.engine.ValueType;

/** A core value type a component value flattens to. */
public enum FlatType {
    I32, I64, F32, F64;

    /**
     * The type one flat slot of a variant gets when two cases put {@code a} and {@code b} there:
     * equal types stay, i32 and f32 share an i32, anything else needs an i64.
     */
    public static FlatType join(FlatType a, FlatType b) {
        if (a == b) return a;
        if ((a == I32 && b == F32) || (a == F32 && b == I32)) return I32;
        return I64;
    }

    /** The engine's value type for this flat type. */
    public ValueType valueType() {
        return switch (this) {
            case I32 -> ValueType.I32;
            case I64 -> ValueType.I64;
            case F32 -> ValueType.F32;
            case F64 -> ValueType.F64;
        };
    }

    /** The zero value the ABI pads unused variant slots with, in the engine's Java representation. */
    public Object zero() {
        return switch (this) {
            case I32 -> 0;
            case I64 -> 0L;
            case F32 -> 0f;
            case F64 -> 0d;
        };
    }

    /** The pointer type of a memory with the given pointer size (4 or 8 bytes). */
    public static FlatType pointer(int ptrSize) { return ptrSize == 8 ? I64 : I32; }
}
