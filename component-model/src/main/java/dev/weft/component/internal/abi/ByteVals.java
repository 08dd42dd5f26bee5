package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import dev.weft.component.Val;

/**
 * Shared instances of the one-byte values (bool, s8, u8), and the bulk moves of lists of them: a
 * {@code list<u8>} of a megabyte would otherwise cost a million allocations and a million single-byte
 * memory accesses each way on the dynamic path.
 */
final class ByteVals {
    private static final Val.U8[] U8 = new Val.U8[256];
    private static final Val.S8[] S8 = new Val.S8[256];
    private static final Val.Bool TRUE = new Val.Bool(true);
    private static final Val.Bool FALSE = new Val.Bool(false);

    static {
        for (int i = 0; i < 256; i++) {
            U8[i] = new Val.U8((byte) i);
            S8[i] = new Val.S8((byte) i);
        }
    }

    private ByteVals() {}

    static Val.U8 u8(byte b) { return U8[b & 0xFF]; }

    static Val.S8 s8(byte b) { return S8[b & 0xFF]; }

    static Val.Bool bool(boolean b) { return b ? TRUE : FALSE; }

    /** Whether lists of {@code element} are moved in bulk here. */
    static boolean isByte(Type element) {
        return element == Type.Primitive.U8 || element == Type.Primitive.S8 || element == Type.Primitive.BOOL;
    }

    /** The values of the bytes, as {@code element} (u8, s8 or bool: any non-zero byte is true). */
    static Val[] lift(byte[] bytes, Type element) {
        Val[] out = new Val[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            out[i] = element == Type.Primitive.U8 ? u8(b) : element == Type.Primitive.S8 ? s8(b) : bool(b != 0);
        }
        return out;
    }
}
