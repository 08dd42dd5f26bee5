package dev.weft.component.internal.abi;

import dev.weft.component.ResourceType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The typed fast path for generated bindings: reads and writes component values straight from and
 * to flat core values and linear memory, without building {@code Val} trees. Lists of primitives
 * move with one bulk memory copy. Every helper applies the same checks and traps as the dynamic
 * path ({@link Lifting}, {@link Lowering}).
 */
public final class FastAbi {
    private FastAbi() {}

    // ---- scalars ----

    /** A lifted bool: any non-zero i32 is true. */
    public static boolean liftBool(int i) { return i != 0; }

    /** A lifted char: traps unless {@code i} is a Unicode scalar value. */
    public static int liftChar(int i) { return Lifting.toChar(i); }

    /** A lifted f32 (NaNs canonicalized). */
    public static float liftF32(float f) { return Floats.canonicalize(f); }

    /** A lifted f64 (NaNs canonicalized). */
    public static double liftF64(double d) { return Floats.canonicalize(d); }

    /** Checks a variant or enum discriminant against the number of cases. */
    public static int checkDiscriminant(int index, int caseCount) {
        if (Integer.compareUnsigned(index, caseCount) >= 0) throw AbiTraps.invalidDiscriminant();
        return index;
    }

    // ---- variant payloads in joined flat slots ----

    /** An f32 payload carried in a joined i32 slot (lifted: NaNs canonicalized). */
    public static float f32FromI32Slot(int bits) { return Floats.canonicalize(Float.intBitsToFloat(bits)); }

    /** An f32 payload carried in a joined i64 slot. */
    public static float f32FromI64Slot(long bits) { return Floats.canonicalize(Float.intBitsToFloat((int) bits)); }

    /** An f64 payload carried in a joined i64 slot. */
    public static double f64FromI64Slot(long bits) { return Floats.canonicalize(Double.longBitsToDouble(bits)); }

    /** An i32 payload carried in a joined i64 slot. */
    public static int i32FromI64Slot(long bits) { return (int) bits; }

    /** Puts an f32 payload into a joined i32 slot. */
    public static int f32ToI32Slot(float f) { return Float.floatToRawIntBits(f); }

    /** Puts an f32 payload into a joined i64 slot (zero-extended bits). */
    public static long f32ToI64Slot(float f) { return Integer.toUnsignedLong(Float.floatToRawIntBits(f)); }

    /** Puts an f64 payload into a joined i64 slot. */
    public static long f64ToI64Slot(double d) { return Double.doubleToRawLongBits(d); }

    /** Puts an i32 payload into a joined i64 slot (zero-extended). */
    public static long i32ToI64Slot(int i) { return Integer.toUnsignedLong(i); }

    // ---- spilled parameters and results ----

    /**
     * Checks an argument or return pointer to a memory area of spilled values ({@code size} bytes,
     * {@code align}-aligned): the checks {@code canon lift}/{@code canon lower} make on it.
     */
    public static long checkValues(AbiContext cx, long ptr, long size, int align) {
        cx.checkRange(ptr, size, align, Region.VALUES);
        return ptr;
    }

    /** Allocates (with realloc, checked) the memory area for spilled parameters. */
    public static long allocateValues(AbiContext cx, long size, int align) {
        return cx.allocate(align, size, Region.VALUES);
    }

    // ---- strings ----

    /** Lifts a string given as (pointer, tagged length) in the context's encoding. */
    public static String readString(AbiContext cx, long ptr, long taggedLength) {
        return Strings.load(cx, ptr, taggedLength);
    }

    /** Lowers a string into memory from the context's realloc. */
    public static PtrLen writeString(AbiContext cx, String s) { return Strings.store(cx, s); }

    /** Lifts the string whose (pointer, length) pair is stored at {@code address}. */
    public static String loadString(AbiContext cx, long address) {
        return Strings.load(cx, cx.readPtr(address), cx.readPtr(address + cx.ptrSize));
    }

    /** Lowers a string and stores its (pointer, length) pair at {@code address}. */
    public static void storeString(AbiContext cx, long address, String s) {
        PtrLen r = Strings.store(cx, s);
        cx.writePtr(address, r.ptr());
        cx.writePtr(address + cx.ptrSize, r.length());
    }

    // ---- pointers and ranges ----

    public static long loadPtr(AbiContext cx, long address) { return cx.readPtr(address); }

    public static void storePtr(AbiContext cx, long address, long value) { cx.writePtr(address, value); }

    /**
     * Checks the list at {@code ptr} of {@code length} elements of {@code elemSize} bytes and
     * {@code align} alignment (the checks of lifting a list), returning its byte length.
     */
    public static long checkList(AbiContext cx, long ptr, long length, long elemSize, int align) {
        if (Long.compareUnsigned(length, Lifting.MAX_LIST_BYTE_LENGTH / Math.max(1, elemSize)) > 0) {
            throw AbiTraps.tooLong(Region.LIST);
        }
        cx.checkRange(ptr, length * elemSize, align, Region.LIST);
        cx.chargeLift(length * elemSize);
        return length * elemSize;
    }

    /** Allocates (with realloc, checked) room for a list of {@code length} elements; returns the pointer. */
    public static long allocateList(AbiContext cx, long length, long elemSize, int align) {
        long byteLength = length * elemSize;
        if (byteLength > Lifting.MAX_LIST_BYTE_LENGTH) throw AbiTraps.tooLong(Region.LIST);
        return cx.allocate(align, byteLength, Region.LIST);
    }

    // ---- lists of primitives ----

    public static byte[] readU8List(AbiContext cx, long ptr, long length) {
        byte[] out = new byte[(int) checkList(cx, ptr, length, 1, 1)];
        cx.memory().read(ptr, out, 0, out.length);
        return out;
    }

    public static boolean[] readBoolList(AbiContext cx, long ptr, long length) {
        byte[] raw = readU8List(cx, ptr, length);
        boolean[] out = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) out[i] = raw[i] != 0;
        return out;
    }

    public static short[] readI16List(AbiContext cx, long ptr, long length) {
        java.nio.ShortBuffer in = bytes(cx, ptr, length, 2).asShortBuffer();
        short[] out = new short[in.remaining()];
        in.get(out);
        return out;
    }

    public static int[] readI32List(AbiContext cx, long ptr, long length) {
        java.nio.IntBuffer in = bytes(cx, ptr, length, 4).asIntBuffer();
        int[] out = new int[in.remaining()];
        in.get(out);
        return out;
    }

    /** A {@code list<char>}: every element is checked to be a scalar value. */
    public static int[] readCharList(AbiContext cx, long ptr, long length) {
        int[] out = readI32List(cx, ptr, length);
        for (int c : out) Lifting.toChar(c);
        return out;
    }

    public static long[] readI64List(AbiContext cx, long ptr, long length) {
        java.nio.LongBuffer in = bytes(cx, ptr, length, 8).asLongBuffer();
        long[] out = new long[in.remaining()];
        in.get(out);
        return out;
    }

    public static float[] readF32List(AbiContext cx, long ptr, long length) {
        java.nio.FloatBuffer in = bytes(cx, ptr, length, 4).asFloatBuffer();
        float[] out = new float[in.remaining()];
        in.get(out);
        for (int i = 0; i < out.length; i++) out[i] = Floats.canonicalize(out[i]);
        return out;
    }

    public static double[] readF64List(AbiContext cx, long ptr, long length) {
        java.nio.DoubleBuffer in = bytes(cx, ptr, length, 8).asDoubleBuffer();
        double[] out = new double[in.remaining()];
        in.get(out);
        for (int i = 0; i < out.length; i++) out[i] = Floats.canonicalize(out[i]);
        return out;
    }

    public static PtrLen storeU8List(AbiContext cx, byte[] values) {
        long ptr = allocateList(cx, values.length, 1, 1);
        cx.memory().write(ptr, values, 0, values.length);
        return new PtrLen(ptr, values.length);
    }

    public static PtrLen storeBoolList(AbiContext cx, boolean[] values) {
        byte[] raw = new byte[values.length];
        for (int i = 0; i < values.length; i++) raw[i] = (byte) (values[i] ? 1 : 0);
        return storeU8List(cx, raw);
    }

    public static PtrLen storeI16List(AbiContext cx, short[] values) {
        ByteBuffer b = buffer(values.length, 2);
        b.asShortBuffer().put(values);
        return storeBytes(cx, b.array(), values.length, 2);
    }

    public static PtrLen storeI32List(AbiContext cx, int[] values) {
        ByteBuffer b = buffer(values.length, 4);
        b.asIntBuffer().put(values);
        return storeBytes(cx, b.array(), values.length, 4);
    }

    public static PtrLen storeI64List(AbiContext cx, long[] values) {
        ByteBuffer b = buffer(values.length, 8);
        b.asLongBuffer().put(values);
        return storeBytes(cx, b.array(), values.length, 8);
    }

    public static PtrLen storeF32List(AbiContext cx, float[] values) {
        ByteBuffer b = buffer(values.length, 4);
        b.asFloatBuffer().put(values);
        return storeBytes(cx, b.array(), values.length, 4);
    }

    public static PtrLen storeF64List(AbiContext cx, double[] values) {
        ByteBuffer b = buffer(values.length, 8);
        b.asDoubleBuffer().put(values);
        return storeBytes(cx, b.array(), values.length, 8);
    }

    // ---- resource handles (reps in, indices out and back) ----

    /** Lifts an {@code own}: removes handle {@code index} and returns its rep. */
    public static Object liftOwn(AbiContext cx, int index, ResourceType type) {
        return Handles.takeOwn(cx.requireInstance(), index, type);
    }

    /** Lifts a {@code borrow}: lends handle {@code index} for the call and returns its rep. */
    public static Object liftBorrow(AbiContext cx, int index, ResourceType type) {
        return Handles.lend(cx.requireInstance(), cx.requireScope(), index, type);
    }

    /** Lowers an {@code own} of {@code rep}: a new owned handle in the instance's table. */
    public static int lowerOwn(AbiContext cx, ResourceType type, Object rep) {
        return Handles.addOwn(cx.requireInstance(), type, rep);
    }

    /** Lowers a {@code borrow} of {@code rep}: the rep itself for the implementer, else a scoped borrow handle. */
    public static int lowerBorrow(AbiContext cx, ResourceType type, Object rep) {
        InstanceState inst = cx.requireInstance();
        return Handles.addBorrow(inst, inst.defines(type) ? null : cx.requireScope(), type, rep);
    }

    private static ByteBuffer bytes(AbiContext cx, long ptr, long length, int size) {
        byte[] raw = new byte[(int) checkList(cx, ptr, length, size, size)];
        cx.memory().read(ptr, raw, 0, raw.length);
        return ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer buffer(int length, int size) {
        if ((long) length * size > Lifting.MAX_LIST_BYTE_LENGTH) throw AbiTraps.tooLong(Region.LIST);
        return ByteBuffer.allocate(length * size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static PtrLen storeBytes(AbiContext cx, byte[] raw, int length, int size) {
        long ptr = cx.allocate(size, raw.length, Region.LIST);
        cx.memory().write(ptr, raw, 0, raw.length);
        return new PtrLen(ptr, length);
    }
}
