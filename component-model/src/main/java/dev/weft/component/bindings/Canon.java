package dev.weft.component.bindings;

import dev.weft.component.ComponentFunc;
import dev.weft.component.ComponentInstance;
import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;

/**
 * One call's Canonical ABI state, as generated bindings see it: the core values passed to the callee
 * (pushed in order) or received from it (pulled in order), and a cursor over the linear memory of the
 * component on the other side. Generated code lowers and lifts each WIT type with these primitives,
 * following the layout {@link AbiLayout} gives, so no dynamic {@code Val} trees are built. A
 * {@link TypedExport} hands one to the code lowering the arguments and lifting the result; a
 * {@link TypedHostFunction} gets one holding the calling component's core arguments.
 *
 * <p>Memory reads and writes address ranges the ABI has already checked: a list or string range,
 * the spilled-values area, or a fresh realloc result (alignment and bounds checked on every
 * allocation). What the component hands over is validated as the spec requires, trapping with a
 * {@link dev.weft.engine.TrapException}: char ranges, discriminants, string and list bounds,
 * alignment and encodings, handle indices and types. Java values that do not fit their WIT type (an
 * invalid code point, a handle of another resource type) throw IllegalArgumentException.
 *
 * <p>Inside a variant's flat form the cases share joined slots: generated code brackets a payload
 * with {@link #join}/{@link #endJoin} (lowering) or {@link #unjoin}/{@link #endUnjoin} (lifting),
 * naming the joined slot types as a string of {@code i} (i32), {@code l} (i64), {@code f} (f32) and
 * {@code d} (f64). Values keep their bits through a join, so only the slot types change.
 *
 * <p>Pointers are 32-bit: canonical options only accept 32-bit memories.
 */
public interface Canon {
    /** The component instance values are lifted for (exported resources wrap it); null in a host function. */
    ComponentInstance root();

    /** The type of exported resource {@code index} (in the world's numbering, see {@link #resourceOf}). */
    ResourceType exported(int index);

    // ---- flat values out (lowering) ----

    void i32(int v);

    void i64(long v);

    void f32(float v);

    void f64(double v);

    /** A pointer or length (an i32). */
    void ptr(long v);

    /** Starts a variant payload whose cases share the joined slots {@code slots}. */
    void join(String slots);

    /** Ends the payload, filling the slots its case did not use with zeros. */
    void endJoin();

    // ---- flat values in (lifting) ----

    int nextI32();

    long nextI64();

    /** An f32 (NaNs canonicalized). */
    float nextF32();

    /** An f64 (NaNs canonicalized). */
    double nextF64();

    /** A pointer or length (unsigned). */
    long nextPtr();

    /** Starts reading a variant payload from the joined slots {@code slots}. */
    void unjoin(String slots);

    /** Ends the payload, skipping the slots its case did not use. */
    void endUnjoin();

    // ---- spilled parameters and results ----

    /** Allocates the memory area for parameters that do not fit in flat values, and passes its pointer. */
    long spillParams(long size, int align);

    /**
     * The memory area of spilled values the next core value points at, checked: a result that did
     * not fit in one flat value, or a host function's spilled parameters or return area.
     */
    long spilledArea(long size, int align);

    // ---- memory ----

    void put8(long at, int v);

    void put16(long at, int v);

    void put32(long at, int v);

    void put64(long at, long v);

    void putF32(long at, float v);

    void putF64(long at, double v);

    void putPtr(long at, long v);

    byte get8(long at);

    short get16(long at);

    int get32(long at);

    long get64(long at);

    /** An f32 (NaNs canonicalized). */
    float getF32(long at);

    /** An f64 (NaNs canonicalized). */
    double getF64(long at);

    long getPtr(long at);

    // ---- validation of scalars ----

    /** A lifted char: traps unless {@code i} is a Unicode scalar value. */
    int codePoint(int i);

    /** A char to lower: IllegalArgumentException unless {@code codePoint} is a Unicode scalar value. */
    int scalar(int codePoint);

    /** A lifted discriminant (unsigned): traps unless below {@code caseCount}. */
    int discriminant(int index, int caseCount);

    // ---- strings ----

    /** Lowers a string (through the callee's realloc) and pushes its pointer and length. */
    void string(String s);

    /** Lifts a string from the next pointer and length. */
    String nextString();

    /** Lowers a string and stores its pointer and length at {@code at}. */
    void putString(long at, String s);

    /** Lifts the string whose pointer and length are stored at {@code at}. */
    String getString(long at);

    // ---- lists ----

    /** Allocates room for {@code length} elements of {@code elemSize} bytes; returns the pointer. */
    long allocList(long length, long elemSize, int align);

    /** Checks a lifted list's length, alignment and bounds (traps otherwise); returns {@code length} as an int. */
    int checkList(long ptr, long length, long elemSize, int align);

    /** Lowers a {@code list<u8>}/{@code list<s8>}; returns the pointer. */
    long storeBytes(byte[] v);

    long storeShorts(short[] v);

    long storeInts(int[] v);

    long storeLongs(long[] v);

    long storeFloats(float[] v);

    long storeDoubles(double[] v);

    /** Lifts a {@code list<u8>}/{@code list<s8>} at {@code ptr} of {@code length} elements (checked). */
    byte[] loadBytes(long ptr, long length);

    short[] loadShorts(long ptr, long length);

    int[] loadInts(long ptr, long length);

    long[] loadLongs(long ptr, long length);

    float[] loadFloats(long ptr, long length);

    double[] loadDoubles(long ptr, long length);

    // ---- resource handles ----

    /** Lowers an {@code own} of a host-implemented resource: a new owned handle for {@code rep}. */
    int own(ResourceType type, Object rep);

    /** Lowers a {@code borrow} of a host-implemented resource for this call. */
    int borrow(ResourceType type, Object rep);

    /** Lowers an owned handle the host holds (of a component's resource); it must be of {@code type}. */
    int own(Resource handle, ResourceType type);

    /** Lowers a borrow of a handle the host holds (of a component's resource); it must be of {@code type}. */
    int borrow(Resource handle, ResourceType type);

    /** Lifts an {@code own}: removes handle {@code index} (checked against {@code type}) and returns its rep. */
    Object takeOwn(int index, ResourceType type);

    /** Lifts a {@code borrow}: lends handle {@code index} for the call and returns its rep. */
    Object lend(int index, ResourceType type);

    /** Lifts an {@code own} of a component's resource as the host's owned handle. */
    Resource ownHandle(int index, ResourceType type);

    // ---- resource types of an instance's exports ----

    /**
     * The resource type a function's signature mentions at {@code path}: the first step is a
     * parameter index, or -1 for the result; each further step picks a record field, tuple element or
     * variant case by index, 0 for an option's or list's element, 0/1 for a result's ok/err or a map's
     * key/value; the path ends at an {@code own} or {@code borrow}.
     */
    static ResourceType resourceOf(ComponentFunc function, int... path) {
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
