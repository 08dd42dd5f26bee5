package dev.weft.component.bindings;

import dev.weft.component.Val;
import dev.weft.component.internal.abi.AbiContext;
import dev.weft.component.internal.abi.FastAbi;

/**
 * The result of a {@link TypedExport} call, read with the method of its WIT type. On the fast path
 * it is lifted straight from the core result (strings and lists from the callee's memory, before
 * post-return runs); otherwise from the dynamic {@link Val}.
 */
public final class TypedResult {
    private final AbiContext cx;
    private final Object[] core;
    private final Val val;

    private TypedResult(AbiContext cx, Object[] core, Val val) {
        this.cx = cx;
        this.core = core;
        this.val = val;
    }

    static TypedResult fast(AbiContext cx, Object[] core) { return new TypedResult(cx, core, null); }

    static TypedResult dynamic(Val val) { return new TypedResult(null, null, val); }

    public boolean bool() { return cx == null ? ((Val.Bool) val).value() : FastAbi.liftBool(i32()); }

    public byte s8() { return cx == null ? ((Val.S8) val).value() : (byte) i32(); }

    public byte u8() { return cx == null ? ((Val.U8) val).value() : (byte) i32(); }

    public short s16() { return cx == null ? ((Val.S16) val).value() : (short) i32(); }

    public short u16() { return cx == null ? ((Val.U16) val).value() : (short) i32(); }

    public int s32() { return cx == null ? ((Val.S32) val).value() : i32(); }

    public int u32() { return cx == null ? ((Val.U32) val).value() : i32(); }

    public long s64() { return cx == null ? ((Val.S64) val).value() : (Long) core[0]; }

    public long u64() { return cx == null ? ((Val.U64) val).value() : (Long) core[0]; }

    public float f32() { return cx == null ? ((Val.F32) val).value() : FastAbi.liftF32((Float) core[0]); }

    public double f64() { return cx == null ? ((Val.F64) val).value() : FastAbi.liftF64((Double) core[0]); }

    /** A {@code char} as a code point (the callee traps the call if it is not a scalar value). */
    public int codePoint() { return cx == null ? ((Val.Char) val).codePoint() : FastAbi.liftChar(i32()); }

    public String string() {
        if (cx == null) return ((Val.Str) val).value();
        return FastAbi.loadString(cx, pair());
    }

    public byte[] u8s() {
        if (cx == null) return Vals.bytes(val);
        long at = pair();
        return FastAbi.readU8List(cx, FastAbi.loadPtr(cx, at), FastAbi.loadPtr(cx, at + cx.ptrSize()));
    }

    public byte[] s8s() { return u8s(); }

    public short[] u16s() {
        if (cx == null) return Vals.shorts(val);
        long at = pair();
        return FastAbi.readI16List(cx, FastAbi.loadPtr(cx, at), FastAbi.loadPtr(cx, at + cx.ptrSize()));
    }

    public short[] s16s() { return u16s(); }

    public int[] u32s() {
        if (cx == null) return Vals.ints(val);
        long at = pair();
        return FastAbi.readI32List(cx, FastAbi.loadPtr(cx, at), FastAbi.loadPtr(cx, at + cx.ptrSize()));
    }

    public int[] s32s() { return u32s(); }

    public long[] u64s() {
        if (cx == null) return Vals.longs(val);
        long at = pair();
        return FastAbi.readI64List(cx, FastAbi.loadPtr(cx, at), FastAbi.loadPtr(cx, at + cx.ptrSize()));
    }

    public long[] s64s() { return u64s(); }

    public float[] f32s() {
        if (cx == null) return Vals.floats(val);
        long at = pair();
        return FastAbi.readF32List(cx, FastAbi.loadPtr(cx, at), FastAbi.loadPtr(cx, at + cx.ptrSize()));
    }

    public double[] f64s() {
        if (cx == null) return Vals.doubles(val);
        long at = pair();
        return FastAbi.readF64List(cx, FastAbi.loadPtr(cx, at), FastAbi.loadPtr(cx, at + cx.ptrSize()));
    }

    private int i32() { return (Integer) core[0]; }

    /** A (pointer, length) result is spilled: the core result points at the pair, which is checked. */
    private long pair() {
        long ptr = cx.ptrSize() == 8 ? (Long) core[0] : Integer.toUnsignedLong((Integer) core[0]);
        return FastAbi.checkValues(cx, ptr, 2L * cx.ptrSize(), cx.ptrSize());
    }
}
