package dev.weft.component.internal.abi;

import dev.weft.component.Resource;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.engine.Memory;
import dev.weft.engine.TrapException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lifting: turning core values (flat, or in linear memory) into component values. Checks that
 * trap: char ranges, variant discriminants, string and list bounds, alignment and encodings, and
 * handle validity. Lifting an {@code own} moves the handle out of the table; lifting a
 * {@code borrow} lends the owner's handle for the duration of the call.
 */
public final class Lifting {
    /** Longest list content, in bytes, the ABI moves. */
    public static final long MAX_LIST_BYTE_LENGTH = (1L << 28) - 1;

    /** The system property that sets {@link #maxLiftBytes}. */
    public static final String MAX_LIFT_BYTES_PROPERTY = "weft.component.maxLiftBytes";

    private static volatile long maxLiftBytes = Long.getLong(MAX_LIFT_BYTES_PROPERTY, MAX_LIST_BYTE_LENGTH);

    private Lifting() {}

    /**
     * Most bytes of list and string content one call may lift, summed over the whole value (default:
     * the spec's bound on one list, 2^28 − 1; the system property {@value #MAX_LIFT_BYTES_PROPERTY}
     * sets another): beyond it the call traps, so lists sharing memory cannot multiply a guest's
     * memory into an unbounded host value.
     */
    public static long maxLiftBytes() { return maxLiftBytes; }

    /** Sets {@link #maxLiftBytes} for this JVM (tests and fuzz targets use a small one). */
    public static void setMaxLiftBytes(long bytes) { maxLiftBytes = bytes; }

    // ---- from flat core values ----

    static Val liftFlat(AbiContext cx, FlatReader in, Type t) {
        return switch (t) {
            case Type.Primitive p -> switch (p) {
                case BOOL -> ByteVals.bool(in.i32() != 0);
                case S8 -> ByteVals.s8((byte) in.i32());
                case U8 -> ByteVals.u8((byte) in.i32());
                case S16 -> new Val.S16((short) in.i32());
                case U16 -> new Val.U16((short) in.i32());
                case S32 -> new Val.S32(in.i32());
                case U32 -> new Val.U32(in.i32());
                case S64 -> new Val.S64(in.i64());
                case U64 -> new Val.U64(in.i64());
                case F32 -> new Val.F32(Floats.canonicalize(in.f32()));
                case F64 -> new Val.F64(Floats.canonicalize(in.f64()));
                case CHAR -> new Val.Char(toChar(in.i32()));
                case STRING -> {
                    long ptr = in.ptr(cx.ptrSize);
                    long len = in.ptr(cx.ptrSize);
                    yield new Val.Str(Strings.load(cx, ptr, len));
                }
                case ERROR_CONTEXT -> throw unsupported(t);
            };
            case Type.ListType l -> {
                if (l.fixedLength() >= 0) {
                    List<Val> out = new ArrayList<>(l.fixedLength());
                    for (int i = 0; i < l.fixedLength(); i++) out.add(liftFlat(cx, in, l.element()));
                    yield new Val.ListVal(out);
                }
                long ptr = in.ptr(cx.ptrSize);
                long len = in.ptr(cx.ptrSize);
                yield loadListFromRange(cx, ptr, len, l.element());
            }
            case Type.MapType mt -> {
                long ptr = in.ptr(cx.ptrSize);
                long len = in.ptr(cx.ptrSize);
                yield Maps.fromEntries(loadListFromRange(cx, ptr, len, Maps.entryType(mt)));
            }
            case Type.RecordType r -> {
                List<Val.NamedVal> fields = new ArrayList<>(r.fields().size());
                for (Type.Field f : r.fields()) fields.add(new Val.NamedVal(f.name(), liftFlat(cx, in, f.type())));
                yield new Val.RecordVal(fields);
            }
            case Type.TupleType tu -> {
                List<Val> out = new ArrayList<>(tu.types().size());
                for (Type e : tu.types()) out.add(liftFlat(cx, in, e));
                yield new Val.TupleVal(out);
            }
            case Type.FlagsType f -> flags(f, in.i32());
            case Type.Own o -> liftOwn(cx, in.i32(), o.resource());
            case Type.Borrow b -> liftBorrow(cx, in.i32(), b.resource());
            case Type.StreamType s -> throw unsupported(t);
            case Type.FutureType f -> throw unsupported(t);
            default -> liftFlatVariant(cx, in, t);
        };
    }

    /**
     * A variant's flat form is the discriminant and the joined slots of all cases; the chosen
     * case's payload is read back from those slots with the bit casts the join implies, and the
     * slots it does not use are skipped.
     */
    private static Val liftFlatVariant(AbiContext cx, FlatReader in, Type t) {
        List<Type> payloads = Variants.payloadsOf(t);
        List<FlatType> joined = Flattening.variantPayload(payloads, cx.ptrSize);
        int index = in.i32();
        if (Integer.compareUnsigned(index, payloads.size()) >= 0) throw AbiTraps.invalidDiscriminant();
        Type payloadType = payloads.get(index);
        Val payload = null;
        int start = in.position();
        if (payloadType != null) {
            List<FlatType> own = Flattening.flatten(payloadType, cx.ptrSize);
            Object[] coerced = new Object[own.size()];
            for (int i = 0; i < coerced.length; i++) coerced[i] = narrow(in.next(), joined.get(i), own.get(i));
            payload = liftFlat(cx, new FlatReader(coerced, 0), payloadType);
        }
        for (int i = in.position() - start; i < joined.size(); i++) in.next();
        return variantVal(t, index, payload);
    }

    /** Reads a value stored in a joined slot of type {@code have} as the case's own type {@code want}. */
    private static Object narrow(Object v, FlatType have, FlatType want) {
        if (have == want) return v;
        return switch (want) {
            case I32 -> (int) (long) (Long) v;
            case F32 -> Float.intBitsToFloat(have == FlatType.I32 ? (Integer) v : (int) (long) (Long) v);
            case F64 -> Double.longBitsToDouble((Long) v);
            case I64 -> throw new AssertionError("i64 never joins to a narrower slot");
        };
    }

    // ---- from memory ----

    /** Loads a value of type {@code t} at {@code ptr}, which the caller has checked. */
    static Val load(AbiContext cx, long ptr, Type t) {
        Memory m = cx.memory();
        return switch (t) {
            case Type.Primitive p -> switch (p) {
                case BOOL -> ByteVals.bool(m.readByte(ptr) != 0);
                case S8 -> ByteVals.s8(m.readByte(ptr));
                case U8 -> ByteVals.u8(m.readByte(ptr));
                case S16 -> new Val.S16(m.readShort(ptr));
                case U16 -> new Val.U16(m.readShort(ptr));
                case S32 -> new Val.S32(m.readInt(ptr));
                case U32 -> new Val.U32(m.readInt(ptr));
                case S64 -> new Val.S64(m.readLong(ptr));
                case U64 -> new Val.U64(m.readLong(ptr));
                case F32 -> new Val.F32(Floats.canonicalize(Float.intBitsToFloat(m.readInt(ptr))));
                case F64 -> new Val.F64(Floats.canonicalize(Double.longBitsToDouble(m.readLong(ptr))));
                case CHAR -> new Val.Char(toChar(m.readInt(ptr)));
                case STRING -> new Val.Str(Strings.load(cx, cx.readPtr(ptr), cx.readPtr(ptr + cx.ptrSize)));
                case ERROR_CONTEXT -> throw unsupported(t);
            };
            case Type.ListType l -> {
                if (l.fixedLength() >= 0) yield loadElements(cx, ptr, l.fixedLength(), l.element());
                yield loadListFromRange(cx, cx.readPtr(ptr), cx.readPtr(ptr + cx.ptrSize), l.element());
            }
            case Type.MapType mt ->
                    Maps.fromEntries(loadListFromRange(cx, cx.readPtr(ptr), cx.readPtr(ptr + cx.ptrSize), Maps.entryType(mt)));
            case Type.RecordType r -> {
                List<Val.NamedVal> fields = new ArrayList<>(r.fields().size());
                long at = ptr;
                for (Type.Field f : r.fields()) {
                    at = Layout.alignTo(at, Layout.alignment(f.type(), cx.ptrSize));
                    fields.add(new Val.NamedVal(f.name(), load(cx, at, f.type())));
                    at += Layout.size(f.type(), cx.ptrSize);
                }
                yield new Val.RecordVal(fields);
            }
            case Type.TupleType tu -> new Val.TupleVal(loadTuple(cx, ptr, tu.types()));
            case Type.FlagsType f -> {
                int size = Layout.flagsSize(f.names().size());
                int bits = size == 1 ? m.readByte(ptr) & 0xFF : size == 2 ? m.readShort(ptr) & 0xFFFF : m.readInt(ptr);
                yield flags(f, bits);
            }
            case Type.Own o -> liftOwn(cx, m.readInt(ptr), o.resource());
            case Type.Borrow b -> liftBorrow(cx, m.readInt(ptr), b.resource());
            case Type.StreamType s -> throw unsupported(t);
            case Type.FutureType f -> throw unsupported(t);
            default -> loadVariant(cx, ptr, t);
        };
    }

    static List<Val> loadTuple(AbiContext cx, long ptr, List<Type> types) {
        List<Val> out = new ArrayList<>(types.size());
        long at = ptr;
        for (Type e : types) {
            at = Layout.alignTo(at, Layout.alignment(e, cx.ptrSize));
            out.add(load(cx, at, e));
            at += Layout.size(e, cx.ptrSize);
        }
        return out;
    }

    private static Val loadVariant(AbiContext cx, long ptr, Type t) {
        List<Type> payloads = Variants.payloadsOf(t);
        int discSize = Layout.discriminantSize(payloads.size());
        Memory m = cx.memory();
        long index = switch (discSize) {
            case 1 -> m.readByte(ptr) & 0xFF;
            case 2 -> m.readShort(ptr) & 0xFFFF;
            default -> Integer.toUnsignedLong(m.readInt(ptr));
        };
        if (index >= payloads.size()) throw AbiTraps.invalidDiscriminant();
        Type payloadType = payloads.get((int) index);
        Val payload = payloadType == null ? null
                : load(cx, ptr + Layout.payloadOffset(payloads.size(), payloads, cx.ptrSize), payloadType);
        return variantVal(t, (int) index, payload);
    }

    /** Lifts the list at {@code ptr} of {@code length} elements after the length, alignment and bounds checks. */
    static Val.ListVal loadListFromRange(AbiContext cx, long ptr, long length, Type element) {
        long size = Layout.size(element, cx.ptrSize);
        if (Long.compareUnsigned(length, MAX_LIST_BYTE_LENGTH / Math.max(1, size)) > 0) throw AbiTraps.tooLong(Region.LIST);
        cx.checkRange(ptr, length * size, Layout.alignment(element, cx.ptrSize), Region.LIST);
        cx.chargeLift(length * size);
        return loadElements(cx, ptr, (int) length, element);
    }

    private static Val.ListVal loadElements(AbiContext cx, long ptr, int length, Type element) {
        long size = Layout.size(element, cx.ptrSize);
        try {
            if (ByteVals.isByte(element)) {
                byte[] bytes = new byte[length];
                cx.memory().read(ptr, bytes, 0, length);
                return new Val.ListVal(Arrays.asList(ByteVals.lift(bytes, element)));
            }
            List<Val> out = new ArrayList<>(length);
            for (int i = 0; i < length; i++) out.add(load(cx, ptr + i * size, element));
            return new Val.ListVal(out);
        } catch (OutOfMemoryError e) {
            // the partial list is garbage once this unwinds, so the host can go on
            throw AbiTraps.outOfMemory("a list of " + length + " elements");
        }
    }

    // ---- shared pieces ----

    /** A char is a Unicode scalar value: below 0x110000 and not a surrogate. */
    static boolean isScalarValue(int i) {
        return Integer.compareUnsigned(i, 0x110000) < 0 && (i < 0xD800 || i > 0xDFFF);
    }

    /** {@code i} as a lifted char; traps unless it is a Unicode scalar value. */
    public static int toChar(int i) {
        if (!isScalarValue(i)) throw AbiTraps.invalidChar();
        return i;
    }

    private static Val.FlagsVal flags(Type.FlagsType f, int bits) {
        Set<String> on = new HashSet<>();
        List<String> names = f.names();
        for (int i = 0; i < names.size(); i++) if ((bits >>> i & 1) != 0) on.add(names.get(i));
        return new Val.FlagsVal(on);
    }

    private static Val variantVal(Type t, int index, Val payload) {
        return switch (t) {
            case Type.VariantType v -> new Val.VariantVal(v.cases().get(index).name(), payload);
            case Type.EnumType e -> new Val.EnumVal(e.names().get(index));
            case Type.OptionType o -> new Val.OptionVal(index == 0 ? null : payload);
            case Type.ResultType r -> new Val.ResultVal(index == 0, payload);
            default -> throw new AssertionError(t);
        };
    }

    /** Moves an owned handle out of the instance's table. */
    static Val liftOwn(AbiContext cx, int index, dev.weft.component.ResourceType type) {
        return new Val.ResourceVal(Resource.own(type, Handles.takeOwn(cx.requireInstance(), index, type)));
    }

    /** Lends the handle at {@code index} to the callee for this call. */
    static Val liftBorrow(AbiContext cx, int index, dev.weft.component.ResourceType type) {
        return new Val.ResourceVal(Resource.borrow(type, Handles.lend(cx.requireInstance(), cx.requireScope(), index, type)));
    }

    /** Error contexts, streams and futures need the async runtime, which Weft does not have yet: the call traps. */
    static TrapException unsupported(Type t) {
        return AbiTraps.trap(TypeNames.of(t) + " values are not supported yet (async Component Model)");
    }
}
