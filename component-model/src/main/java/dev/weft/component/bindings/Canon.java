package dev.weft.component.bindings;

import dev.weft.component.ComponentFunc;
import dev.weft.component.ComponentInstance;
import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.internal.abi.AbiContext;
import dev.weft.component.internal.abi.FastAbi;
import dev.weft.component.internal.abi.PtrLen;
import dev.weft.component.internal.abi.TypedAccess;
import dev.weft.engine.Memory;
import java.util.ArrayList;
import java.util.List;

/**
 * One call's Canonical ABI state for generated bindings: the core values passed to the callee
 * (pushed in order) or received from it (pulled in order), and a cursor over the callee's linear
 * memory. Generated code lowers and lifts each WIT type with these primitives, following the layout
 * {@link AbiLayout} gives, so no dynamic {@code Val} trees are built.
 *
 * <p>Memory reads and writes address ranges the ABI has already checked: a list or string range,
 * the spilled-values area, or a fresh realloc result (alignment and bounds checked on every
 * allocation). What the guest hands back is validated as the spec requires, trapping with a
 * {@link dev.weft.engine.TrapException}: char ranges, discriminants, string and list bounds,
 * alignment and encodings, handle indices and types. Java values that do not fit their WIT type (an
 * invalid code point, a handle of another resource type) throw IllegalArgumentException.
 *
 * <p>Inside a variant's flat form the cases share joined slots: generated code brackets a payload
 * with {@link #join}/{@link #endJoin} (lowering) or {@link #unjoin}/{@link #endUnjoin} (lifting),
 * naming the joined slot types as a string of {@code i} (i32), {@code l} (i64), {@code f} (f32) and
 * {@code d} (f64). Values keep their bits through a join, so only the slot types change.
 */
public final class Canon {
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

    Canon(AbiContext cx, ComponentInstance root, ResourceType[] exported) {
        // Generated layouts assume 4-byte pointers; validation only lets components use 32-bit memories.
        if (cx.ptrSize() != 4) throw new IllegalStateException("generated bindings need a 32-bit memory");
        this.cx = cx;
        this.root = root;
        this.exported = exported;
    }

    /** The values pushed so far: a call's core arguments, or a host function's core results. */
    Object[] pushed() {
        if (depth != 0) throw new IllegalStateException("unbalanced join");
        return out.toArray();
    }

    /** Sets the core values to pull: a call's core results, or a host function's core arguments. */
    void pullFrom(Object[] core) {
        this.in = core;
        this.inPos = 0;
    }

    /**
     * Runs a typed host function for a component's call (the runtime's hook, not for direct use):
     * {@code function} pulls the arguments from {@code coreArgs} and pushes the results.
     */
    public static Object[] hostCall(TypedHostFunction function, AbiContext cx, Object[] coreArgs) {
        Canon c = new Canon(cx, null, new ResourceType[0]);
        c.pullFrom(coreArgs);
        function.call(c);
        return c.pushed();
    }

    /** The component instance values are lifted for (exported resources wrap it); null in a host function. */
    public ComponentInstance root() { return root; }

    /** The type of exported resource {@code index} (in the world's numbering, see {@link #resourceOf}). */
    public ResourceType exported(int index) { return exported[index]; }

    // ---- flat values out (lowering) ----

    public void i32(int v) { push(I32, Integer.toUnsignedLong(v)); }

    public void i64(long v) { push(I64, v); }

    public void f32(float v) { push(F32, Integer.toUnsignedLong(Float.floatToRawIntBits(v))); }

    public void f64(double v) { push(F64, Double.doubleToRawLongBits(v)); }

    /** A pointer or length (an i32). */
    public void ptr(long v) { i32((int) v); }

    /** Starts a variant payload whose cases share the joined slots {@code slots}. */
    public void join(String slots) {
        open(slots);
    }

    /** Ends the payload, filling the slots its case did not use with zeros. */
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

    public int nextI32() { return (int) pull(depth); }

    public long nextI64() { return pull(depth); }

    /** An f32 (NaNs canonicalized). */
    public float nextF32() { return FastAbi.liftF32(Float.intBitsToFloat((int) pull(depth))); }

    /** An f64 (NaNs canonicalized). */
    public double nextF64() { return FastAbi.liftF64(Double.longBitsToDouble(pull(depth))); }

    /** A pointer or length (unsigned). */
    public long nextPtr() { return Integer.toUnsignedLong(nextI32()); }

    /** Starts reading a variant payload from the joined slots {@code slots}. */
    public void unjoin(String slots) { open(slots); }

    /** Ends the payload, skipping the slots its case did not use. */
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

    /** Allocates the memory area for parameters that do not fit in flat values, and passes its pointer. */
    public long spillParams(long size, int align) {
        long at = FastAbi.allocateValues(cx, size, align);
        ptr(at);
        return at;
    }

    /**
     * The memory area of spilled values the next core value points at, checked: a result that did
     * not fit in one flat value, or a host function's spilled parameters or return area.
     */
    public long spilledArea(long size, int align) { return FastAbi.checkValues(cx, nextPtr(), size, align); }

    // ---- memory ----

    private Memory memory() {
        if (memory == null) memory = TypedAccess.memory(cx);
        return memory;
    }

    public void put8(long at, int v) { memory().writeByte(at, (byte) v); }

    public void put16(long at, int v) { memory().writeShort(at, (short) v); }

    public void put32(long at, int v) { memory().writeInt(at, v); }

    public void put64(long at, long v) { memory().writeLong(at, v); }

    public void putF32(long at, float v) { memory().writeFloat(at, v); }

    public void putF64(long at, double v) { memory().writeDouble(at, v); }

    public void putPtr(long at, long v) { FastAbi.storePtr(cx, at, v); }

    public byte get8(long at) { return memory().readByte(at); }

    public short get16(long at) { return memory().readShort(at); }

    public int get32(long at) { return memory().readInt(at); }

    public long get64(long at) { return memory().readLong(at); }

    /** An f32 (NaNs canonicalized). */
    public float getF32(long at) { return FastAbi.liftF32(memory().readFloat(at)); }

    /** An f64 (NaNs canonicalized). */
    public double getF64(long at) { return FastAbi.liftF64(memory().readDouble(at)); }

    public long getPtr(long at) { return FastAbi.loadPtr(cx, at); }

    // ---- validation of scalars ----

    /** A lifted char: traps unless {@code i} is a Unicode scalar value. */
    public int codePoint(int i) { return FastAbi.liftChar(i); }

    /** A char to lower: IllegalArgumentException unless {@code codePoint} is a Unicode scalar value. */
    public int scalar(int codePoint) {
        if (Integer.compareUnsigned(codePoint, 0x110000) >= 0 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            throw new IllegalArgumentException("expected char, got code point 0x" + Integer.toHexString(codePoint)
                    + ", which is not a Unicode scalar value");
        }
        return codePoint;
    }

    /** A lifted discriminant (unsigned): traps unless below {@code caseCount}. */
    public int discriminant(int index, int caseCount) { return FastAbi.checkDiscriminant(index, caseCount); }

    // ---- strings ----

    /** Lowers a string (through the callee's realloc) and pushes its pointer and length. */
    public void string(String s) {
        PtrLen p = FastAbi.writeString(cx, s);
        ptr(p.ptr());
        ptr(p.length());
    }

    /** Lifts a string from the next pointer and length. */
    public String nextString() {
        long ptr = nextPtr();
        return FastAbi.readString(cx, ptr, nextPtr());
    }

    /** Lowers a string and stores its pointer and length at {@code at}. */
    public void putString(long at, String s) { FastAbi.storeString(cx, at, s); }

    /** Lifts the string whose pointer and length are stored at {@code at}. */
    public String getString(long at) { return FastAbi.loadString(cx, at); }

    // ---- lists ----

    /** Allocates room for {@code length} elements of {@code elemSize} bytes; returns the pointer. */
    public long allocList(long length, long elemSize, int align) { return FastAbi.allocateList(cx, length, elemSize, align); }

    /** Checks a lifted list's length, alignment and bounds (traps otherwise); returns {@code length} as an int. */
    public int checkList(long ptr, long length, long elemSize, int align) {
        FastAbi.checkList(cx, ptr, length, elemSize, align);
        return (int) length;
    }

    /** Lowers a {@code list<u8>}/{@code list<s8>}; returns the pointer. */
    public long storeBytes(byte[] v) { return FastAbi.storeU8List(cx, v).ptr(); }

    public long storeShorts(short[] v) { return FastAbi.storeI16List(cx, v).ptr(); }

    public long storeInts(int[] v) { return FastAbi.storeI32List(cx, v).ptr(); }

    public long storeLongs(long[] v) { return FastAbi.storeI64List(cx, v).ptr(); }

    public long storeFloats(float[] v) { return FastAbi.storeF32List(cx, v).ptr(); }

    public long storeDoubles(double[] v) { return FastAbi.storeF64List(cx, v).ptr(); }

    /** Lifts a {@code list<u8>}/{@code list<s8>} at {@code ptr} of {@code length} elements (checked). */
    public byte[] loadBytes(long ptr, long length) { return FastAbi.readU8List(cx, ptr, length); }

    public short[] loadShorts(long ptr, long length) { return FastAbi.readI16List(cx, ptr, length); }

    public int[] loadInts(long ptr, long length) { return FastAbi.readI32List(cx, ptr, length); }

    public long[] loadLongs(long ptr, long length) { return FastAbi.readI64List(cx, ptr, length); }

    public float[] loadFloats(long ptr, long length) { return FastAbi.readF32List(cx, ptr, length); }

    public double[] loadDoubles(long ptr, long length) { return FastAbi.readF64List(cx, ptr, length); }

    // ---- resource handles ----

    /** Lowers an {@code own} of a host-implemented resource: a new owned handle for {@code rep}. */
    public int own(ResourceType type, Object rep) { return FastAbi.lowerOwn(cx, type, rep); }

    /** Lowers a {@code borrow} of a host-implemented resource for this call. */
    public int borrow(ResourceType type, Object rep) { return FastAbi.lowerBorrow(cx, type, rep); }

    /** Lowers an owned handle the host holds (of a component's resource); it must be of {@code type}. */
    public int own(Resource handle, ResourceType type) {
        checkHandle(handle, type, true);
        return FastAbi.lowerOwn(cx, type, handle.rep());
    }

    /** Lowers a borrow of a handle the host holds (of a component's resource); it must be of {@code type}. */
    public int borrow(Resource handle, ResourceType type) {
        checkHandle(handle, type, false);
        return FastAbi.lowerBorrow(cx, type, handle.rep());
    }

    /** Lifts an {@code own}: removes handle {@code index} (checked against {@code type}) and returns its rep. */
    public Object takeOwn(int index, ResourceType type) { return FastAbi.liftOwn(cx, index, type); }

    /** Lifts a {@code borrow}: lends handle {@code index} for the call and returns its rep. */
    public Object lend(int index, ResourceType type) { return FastAbi.liftBorrow(cx, index, type); }

    /** Lifts an {@code own} of a component's resource as the host's owned handle. */
    public Resource ownHandle(int index, ResourceType type) { return Resource.own(type, takeOwn(index, type)); }

    private static void checkHandle(Resource handle, ResourceType type, boolean own) {
        if (handle.type() != type) {
            throw new IllegalArgumentException("expected a handle of resource type " + type.name() + ", got " + handle);
        }
        if (own && !handle.owned()) throw new IllegalArgumentException("expected own<" + type.name() + ">, got " + handle);
    }

    // ---- resource types of an instance's exports ----

    /**
     * The resource type a function's signature mentions at {@code path}: the first step is a
     * parameter index, or -1 for the result; each further step picks a record field, tuple element or
     * variant case by index, 0 for an option's or list's element, 0/1 for a result's ok/err or a map's
     * key/value; the path
     * ends at an {@code own} or {@code borrow}.
     */
    public static ResourceType resourceOf(ComponentFunc function, int... path) {
        var ft = function.type();
        Type t = path[0] < 0 ? ft.result() : ft.params().get(path[0]).type();
        for (int i = 1; i < path.length; i++) {
            int k = path[i];
            t = switch (t) {
                case Type.RecordType r -> r.fields().get(k).type();
                case Type.TupleType tu -> tu.types().get(k);
                case Type.VariantType v -> v.cases().get(k).type();
                case Type.OptionType o -> o.type();
                case Type.ResultType r -> k == 0 ? r.ok() : r.err();
                case Type.ListType l -> l.element();
                case Type.MapType m -> k == 0 ? m.key() : m.value();
                default -> throw new IllegalArgumentException("no step " + k + " into " + t);
            };
        }
        return switch (t) {
            case Type.Own o -> o.resource();
            case Type.Borrow b -> b.resource();
            default -> throw new IllegalArgumentException("not a resource handle: " + t);
        };
    }
}
