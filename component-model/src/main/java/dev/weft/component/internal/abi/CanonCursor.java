package dev.weft.component.internal.abi;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.bindings.Canon;
import dev.weft.engine.Memory;
import java.util.ArrayList;
import java.util.List;

/**
 * The implementation of {@link Canon} for one call: collects the core values pushed, reads the ones
 * pulled through the open variant joins, and reaches the memory, realloc and handle table of the
 * callee (or, in a host function, the caller) through an {@link AbiContext}.
 */
public final class CanonCursor implements Canon {
    private static final int I32 = 'i';
    private static final int I64 = 'l';
    private static final int F32 = 'f';
    private static final int F64 = 'd';

    private final AbiContext cx;
    private final ComponentInstance root;
    private final ResourceType[] exported;
    private final List<Object> out = new ArrayList<>();
    private Object[] in;
    private int inPos;
    /** Open joins, innermost last: the slot types and how many are used. */
    private String[] joins = new String[4];
    private int[] joinPos = new int[4];
    private int depth;
    private Memory memory;

    public CanonCursor(AbiContext cx, ComponentInstance root, ResourceType[] exported) {
        // Generated layouts assume 4-byte pointers; validation only lets components use 32-bit memories.
        if (cx.ptrSize() != 4) throw new IllegalStateException("generated bindings need a 32-bit memory");
        this.cx = cx;
        this.root = root;
        this.exported = exported;
    }

    /** The values pushed so far: a call's core arguments, or a host function's core results. */
    public Object[] pushed() {
        if (depth != 0) throw new IllegalStateException("unbalanced join");
        return out.toArray();
    }

    /** Sets the core values to pull: a call's core results, or a host function's core arguments. */
    public void pullFrom(Object[] core) {
        this.in = core;
        this.inPos = 0;
    }

    @Override
    public ComponentInstance root() { return root; }

    @Override
    public ResourceType exported(int index) { return exported[index]; }

    // ---- flat values out (lowering) ----

    @Override
    public void i32(int v) { push(I32, Integer.toUnsignedLong(v)); }

    @Override
    public void i64(long v) { push(I64, v); }

    @Override
    public void f32(float v) { push(F32, Integer.toUnsignedLong(Float.floatToRawIntBits(v))); }

    @Override
    public void f64(double v) { push(F64, Double.doubleToRawLongBits(v)); }

    @Override
    public void ptr(long v) { i32((int) v); }

    @Override
    public void join(String slots) {
        open(slots);
    }

    @Override
    public void endJoin() {
        String slots = joins[depth - 1];
        while (joinPos[depth - 1] < slots.length()) push(slots.charAt(joinPos[depth - 1]), 0);
        depth--;
    }

    private void push(int kind, long bits) {
        // Each enclosing join gives the value the type of its next slot; the bits stay.
        for (int d = depth - 1; d >= 0; d--) kind = joins[d].charAt(joinPos[d]++);
        out.add(switch (kind) {
            case I32 -> (Object) (int) bits;
            case I64 -> (Object) bits;
            case F32 -> (Object) Float.intBitsToFloat((int) bits);
            default -> (Object) Double.longBitsToDouble(bits);
        });
    }

    // ---- flat values in (lifting) ----

    @Override
    public int nextI32() { return (int) pull(depth); }

    @Override
    public long nextI64() { return pull(depth); }

    @Override
    public float nextF32() { return FastAbi.liftF32(Float.intBitsToFloat((int) pull(depth))); }

    @Override
    public double nextF64() { return FastAbi.liftF64(Double.longBitsToDouble(pull(depth))); }

    @Override
    public long nextPtr() { return Integer.toUnsignedLong(nextI32()); }

    @Override
    public void unjoin(String slots) { open(slots); }

    @Override
    public void endUnjoin() {
        while (joinPos[depth - 1] < joins[depth - 1].length()) pull(depth);
        depth--;
    }

    /** The bits of the next value, read through the {@code levels} innermost joins. */
    private long pull(int levels) {
        if (levels == 0) {
            Object v = in[inPos++];
            return switch (v) {
                case Integer i -> Integer.toUnsignedLong(i);
                case Long l -> l;
                case Float f -> Integer.toUnsignedLong(Float.floatToRawIntBits(f));
                default -> Double.doubleToRawLongBits((Double) v);
            };
        }
        joinPos[levels - 1]++;
        return pull(levels - 1);
    }

    private void open(String slots) {
        if (depth == joins.length) {
            joins = java.util.Arrays.copyOf(joins, depth * 2);
            joinPos = java.util.Arrays.copyOf(joinPos, depth * 2);
        }
        joins[depth] = slots;
        joinPos[depth++] = 0;
    }

    // ---- spilled parameters and results ----

    @Override
    public long spillParams(long size, int align) {
        long at = FastAbi.allocateValues(cx, size, align);
        ptr(at);
        return at;
    }

    @Override
    public long spilledArea(long size, int align) { return FastAbi.checkValues(cx, nextPtr(), size, align); }

    // ---- memory ----

    private Memory memory() {
        if (memory == null) memory = cx.memory();
        return memory;
    }

    @Override
    public void put8(long at, int v) { memory().writeByte(at, (byte) v); }

    @Override
    public void put16(long at, int v) { memory().writeShort(at, (short) v); }

    @Override
    public void put32(long at, int v) { memory().writeInt(at, v); }

    @Override
    public void put64(long at, long v) { memory().writeLong(at, v); }

    @Override
    public void putF32(long at, float v) { memory().writeFloat(at, v); }

    @Override
    public void putF64(long at, double v) { memory().writeDouble(at, v); }

    @Override
    public void putPtr(long at, long v) { FastAbi.storePtr(cx, at, v); }

    @Override
    public byte get8(long at) { return memory().readByte(at); }

    @Override
    public short get16(long at) { return memory().readShort(at); }

    @Override
    public int get32(long at) { return memory().readInt(at); }

    @Override
    public long get64(long at) { return memory().readLong(at); }

    @Override
    public float getF32(long at) { return FastAbi.liftF32(memory().readFloat(at)); }

    @Override
    public double getF64(long at) { return FastAbi.liftF64(memory().readDouble(at)); }

    @Override
    public long getPtr(long at) { return FastAbi.loadPtr(cx, at); }

    // ---- validation of scalars ----

    @Override
    public int codePoint(int i) { return FastAbi.liftChar(i); }

    @Override
    public int scalar(int codePoint) {
        if (!Lifting.isScalarValue(codePoint)) {
            throw new IllegalArgumentException("expected char, got code point 0x" + Integer.toHexString(codePoint)
                    + ", which is not a Unicode scalar value");
        }
        return codePoint;
    }

    @Override
    public int discriminant(int index, int caseCount) { return FastAbi.checkDiscriminant(index, caseCount); }

    // ---- strings ----

    @Override
    public void string(String s) {
        PtrLen p = FastAbi.writeString(cx, s);
        ptr(p.ptr());
        ptr(p.length());
    }

    @Override
    public String nextString() {
        long ptr = nextPtr();
        return FastAbi.readString(cx, ptr, nextPtr());
    }

    @Override
    public void putString(long at, String s) { FastAbi.storeString(cx, at, s); }

    @Override
    public String getString(long at) { return FastAbi.loadString(cx, at); }

    // ---- lists ----

    @Override
    public long allocList(long length, long elemSize, int align) { return FastAbi.allocateList(cx, length, elemSize, align); }

    @Override
    public int checkList(long ptr, long length, long elemSize, int align) {
        FastAbi.checkList(cx, ptr, length, elemSize, align);
        return (int) length;
    }

    @Override
    public long storeBytes(byte[] v) { return FastAbi.storeU8List(cx, v).ptr(); }

    @Override
    public long storeShorts(short[] v) { return FastAbi.storeI16List(cx, v).ptr(); }

    @Override
    public long storeInts(int[] v) { return FastAbi.storeI32List(cx, v).ptr(); }

    @Override
    public long storeLongs(long[] v) { return FastAbi.storeI64List(cx, v).ptr(); }

    @Override
    public long storeFloats(float[] v) { return FastAbi.storeF32List(cx, v).ptr(); }

    @Override
    public long storeDoubles(double[] v) { return FastAbi.storeF64List(cx, v).ptr(); }

    @Override
    public byte[] loadBytes(long ptr, long length) { return FastAbi.readU8List(cx, ptr, length); }

    @Override
    public short[] loadShorts(long ptr, long length) { return FastAbi.readI16List(cx, ptr, length); }

    @Override
    public int[] loadInts(long ptr, long length) { return FastAbi.readI32List(cx, ptr, length); }

    @Override
    public long[] loadLongs(long ptr, long length) { return FastAbi.readI64List(cx, ptr, length); }

    @Override
    public float[] loadFloats(long ptr, long length) { return FastAbi.readF32List(cx, ptr, length); }

    @Override
    public double[] loadDoubles(long ptr, long length) { return FastAbi.readF64List(cx, ptr, length); }

    // ---- resource handles ----

    @Override
    public int own(ResourceType type, Object rep) { return FastAbi.lowerOwn(cx, type, rep); }

    @Override
    public int borrow(ResourceType type, Object rep) { return FastAbi.lowerBorrow(cx, type, rep); }

    @Override
    public int own(Resource handle, ResourceType type) {
        checkHandle(handle, type, true);
        return FastAbi.lowerOwn(cx, type, handle.rep());
    }

    @Override
    public int borrow(Resource handle, ResourceType type) {
        checkHandle(handle, type, false);
        return FastAbi.lowerBorrow(cx, type, handle.rep());
    }

    @Override
    public Object takeOwn(int index, ResourceType type) { return FastAbi.liftOwn(cx, index, type); }

    @Override
    public Object lend(int index, ResourceType type) { return FastAbi.liftBorrow(cx, index, type); }

    @Override
    public Resource ownHandle(int index, ResourceType type) { return Resource.own(type, takeOwn(index, type)); }

    private static void checkHandle(Resource handle, ResourceType type, boolean own) {
        if (handle.type() != type) {
            throw new IllegalArgumentException("expected a handle of resource type " + type.name() + ", got " + handle);
        }
        if (own && !handle.owned()) throw new IllegalArgumentException("expected own<" + type.name() + ">, got " + handle);
    }
}
