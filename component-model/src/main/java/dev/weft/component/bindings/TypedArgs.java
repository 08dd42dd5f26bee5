package dev.weft.component.bindings;

import dev.weft.component.Val;
import dev.weft.component.internal.abi.AbiContext;
import dev.weft.component.internal.abi.FastAbi;
import dev.weft.component.internal.abi.PtrLen;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a {@link TypedExport} call, given in parameter order, one method per WIT type.
 * On the fast path each value is lowered at once to core values (strings and lists written into the
 * callee's memory through its realloc); otherwise it becomes a dynamic {@link Val}.
 */
public final class TypedArgs {
    private final AbiContext cx;
    private final List<Object> core = new ArrayList<>();
    private final List<Val> vals = new ArrayList<>();

    private TypedArgs(AbiContext cx) { this.cx = cx; }

    static TypedArgs fast(AbiContext cx) { return new TypedArgs(cx); }

    static TypedArgs dynamic() { return new TypedArgs(null); }

    Object[] core() { return core.toArray(); }

    List<Val> vals() { return vals; }

    public void bool(boolean v) { push(v ? 1 : 0, new Val.Bool(v)); }

    public void s8(byte v) { push((int) v, new Val.S8(v)); }

    public void u8(byte v) { push(Byte.toUnsignedInt(v), new Val.U8(v)); }

    public void s16(short v) { push((int) v, new Val.S16(v)); }

    public void u16(short v) { push(Short.toUnsignedInt(v), new Val.U16(v)); }

    public void s32(int v) { push(v, new Val.S32(v)); }

    public void u32(int v) { push(v, new Val.U32(v)); }

    public void s64(long v) { push(v, new Val.S64(v)); }

    public void u64(long v) { push(v, new Val.U64(v)); }

    public void f32(float v) { push(Float.isNaN(v) ? Float.NaN : v, new Val.F32(v)); }

    public void f64(double v) { push(Double.isNaN(v) ? Double.NaN : v, new Val.F64(v)); }

    /** A {@code char}: IllegalArgumentException unless {@code codePoint} is a Unicode scalar value. */
    public void codePoint(int codePoint) {
        if (codePoint < 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            throw new IllegalArgumentException("not a Unicode scalar value: " + codePoint);
        }
        push(codePoint, new Val.Char(codePoint));
    }

    public void string(String v) {
        if (cx == null) vals.add(new Val.Str(v));
        else pair(FastAbi.writeString(cx, v));
    }

    public void u8s(byte[] v) { list(v, true); }

    public void s8s(byte[] v) { list(v, false); }

    private void list(byte[] v, boolean unsigned) {
        if (cx == null) vals.add(Vals.list(v, unsigned));
        else pair(FastAbi.storeU8List(cx, v));
    }

    public void u16s(short[] v) { list(v, true); }

    public void s16s(short[] v) { list(v, false); }

    private void list(short[] v, boolean unsigned) {
        if (cx == null) vals.add(Vals.list(v, unsigned));
        else pair(FastAbi.storeI16List(cx, v));
    }

    public void u32s(int[] v) { list(v, true); }

    public void s32s(int[] v) { list(v, false); }

    private void list(int[] v, boolean unsigned) {
        if (cx == null) vals.add(Vals.list(v, unsigned));
        else pair(FastAbi.storeI32List(cx, v));
    }

    public void u64s(long[] v) { list(v, true); }

    public void s64s(long[] v) { list(v, false); }

    private void list(long[] v, boolean unsigned) {
        if (cx == null) vals.add(Vals.list(v, unsigned));
        else pair(FastAbi.storeI64List(cx, v));
    }

    public void f32s(float[] v) {
        if (cx == null) vals.add(Vals.list(v));
        else pair(FastAbi.storeF32List(cx, v));
    }

    public void f64s(double[] v) {
        if (cx == null) vals.add(Vals.list(v));
        else pair(FastAbi.storeF64List(cx, v));
    }

    private void push(Object coreValue, Val val) {
        if (cx == null) vals.add(val);
        else core.add(coreValue);
    }

    private void pair(PtrLen p) {
        core.add(pointer(p.ptr()));
        core.add(pointer(p.length()));
    }

    private Object pointer(long value) { return cx.ptrSize() == 8 ? (Object) value : (Object) (int) value; }
}
