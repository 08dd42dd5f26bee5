package dev.weft.component.internal.abi;

import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.engine.Memory;
import java.util.List;

/**
 * Lowering: turning component values into core values (flat, or stored in linear memory). Strings
 * and lists are copied into memory obtained from the options' realloc; owned handles move into the
 * instance's table, borrows are added for the duration of the call (or passed as the bare rep to
 * the instance that implements the resource). A value that does not match its type is a host
 * error ({@link IllegalArgumentException}), not a trap.
 */
public final class Lowering {
    private Lowering() {}

    // ---- to flat core values ----

    static void lowerFlat(AbiContext cx, Val v, Type t, List<Object> out) {
        switch (t) {
            case Type.Primitive p -> {
                switch (p) {
                    case BOOL -> out.add(as(v, Val.Bool.class, t).value() ? 1 : 0);
                    case S8 -> out.add((int) as(v, Val.S8.class, t).value());
                    case U8 -> out.add(Byte.toUnsignedInt(as(v, Val.U8.class, t).value()));
                    case S16 -> out.add((int) as(v, Val.S16.class, t).value());
                    case U16 -> out.add(Short.toUnsignedInt(as(v, Val.U16.class, t).value()));
                    case S32 -> out.add(as(v, Val.S32.class, t).value());
                    case U32 -> out.add(as(v, Val.U32.class, t).value());
                    case S64 -> out.add(as(v, Val.S64.class, t).value());
                    case U64 -> out.add(as(v, Val.U64.class, t).value());
                    case F32 -> out.add(as(v, Val.F32.class, t).value());
                    case F64 -> out.add(as(v, Val.F64.class, t).value());
                    case CHAR -> out.add(charValue(v, t));
                    case STRING -> {
                        PtrLen s = Strings.store(cx, as(v, Val.Str.class, t).value());
                        addPtr(cx, out, s.ptr());
                        addPtr(cx, out, s.length());
                    }
                    case ERROR_CONTEXT -> throw Lifting.unsupported(t);
                }
            }
            case Type.ListType l -> {
                List<Val> elements = as(v, Val.ListVal.class, t).elements();
                if (l.fixedLength() >= 0) {
                    checkFixedLength(elements, l);
                    for (int i = 0; i < elements.size(); i++) {
                        try {
                            lowerFlat(cx, elements.get(i), l.element(), out);
                        } catch (ValueMismatch e) {
                            throw e.at("element " + i);
                        }
                    }
                } else {
                    PtrLen r = storeListIntoRange(cx, elements, l.element());
                    addPtr(cx, out, r.ptr());
                    addPtr(cx, out, r.length());
                }
            }
            case Type.MapType mt -> {
                PtrLen r = storeListIntoRange(cx, Maps.toEntries(as(v, Val.MapVal.class, t)), Maps.entryType(mt));
                addPtr(cx, out, r.ptr());
                addPtr(cx, out, r.length());
            }
            case Type.RecordType r -> {
                List<Val.NamedVal> fields = recordFields(v, r);
                for (int i = 0; i < fields.size(); i++) {
                    try {
                        lowerFlat(cx, fields.get(i).value(), r.fields().get(i).type(), out);
                    } catch (ValueMismatch e) {
                        throw e.at(fieldStep(r, i));
                    }
                }
            }
            case Type.TupleType tu -> {
                List<Val> elements = tupleElements(v, tu);
                for (int i = 0; i < elements.size(); i++) {
                    try {
                        lowerFlat(cx, elements.get(i), tu.types().get(i), out);
                    } catch (ValueMismatch e) {
                        throw e.at("element " + i);
                    }
                }
            }
            case Type.FlagsType f -> out.add(flagBits(v, f));
            case Type.Own o -> out.add(lowerOwn(cx, v, o.resource()));
            case Type.Borrow b -> out.add(lowerBorrow(cx, v, b.resource()));
            case Type.StreamType s -> throw Lifting.unsupported(t);
            case Type.FutureType f -> throw Lifting.unsupported(t);
            default -> lowerFlatVariant(cx, v, t, out);
        }
    }

    /** Discriminant, then the case's payload widened into the joined slots, then zeros for unused slots. */
    private static void lowerFlatVariant(AbiContext cx, Val v, Type t, List<Object> out) {
        List<Type> payloads = Variants.payloadsOf(t);
        List<FlatType> joined = Flattening.variantPayload(payloads, cx.ptrSize);
        int index = caseIndex(v, t);
        out.add(index);
        Type payloadType = payloads.get(index);
        int used = 0;
        if (payloadType != null) {
            int start = out.size();
            try {
                lowerFlat(cx, payloadOf(v, t), payloadType, out);
            } catch (ValueMismatch e) {
                throw e.at(caseStep(t, index));
            }
            List<FlatType> own = Flattening.flatten(payloadType, cx.ptrSize);
            used = out.size() - start;
            for (int i = 0; i < used; i++) out.set(start + i, widen(out.get(start + i), own.get(i), joined.get(i)));
        }
        for (int i = used; i < joined.size(); i++) out.add(joined.get(i).zero());
    }

    /** Stores a value of the case's own flat type {@code have} into a joined slot of type {@code want}. */
    private static Object widen(Object v, FlatType have, FlatType want) {
        if (have == want) return v;
        return switch (have) {
            case F32 -> want == FlatType.I32
                    ? (Object) Float.floatToRawIntBits((Float) v)
                    : (Object) Integer.toUnsignedLong(Float.floatToRawIntBits((Float) v));
            case I32 -> Integer.toUnsignedLong((Integer) v);
            case F64 -> Double.doubleToRawLongBits((Double) v);
            case I64 -> throw new AssertionError("i64 never widens");
        };
    }

    // ---- to memory ----

    /** Stores {@code v} of type {@code t} at {@code ptr}, which the caller has checked. */
    static void store(AbiContext cx, Val v, Type t, long ptr) {
        Memory m = cx.memory();
        switch (t) {
            case Type.Primitive p -> {
                switch (p) {
                    case BOOL, S8, U8 -> m.writeByte(ptr, byteValue(v, p));
                    case S16 -> m.writeShort(ptr, as(v, Val.S16.class, t).value());
                    case U16 -> m.writeShort(ptr, as(v, Val.U16.class, t).value());
                    case S32 -> m.writeInt(ptr, as(v, Val.S32.class, t).value());
                    case U32 -> m.writeInt(ptr, as(v, Val.U32.class, t).value());
                    case S64 -> m.writeLong(ptr, as(v, Val.S64.class, t).value());
                    case U64 -> m.writeLong(ptr, as(v, Val.U64.class, t).value());
                    case F32 -> m.writeFloat(ptr, as(v, Val.F32.class, t).value());
                    case F64 -> m.writeDouble(ptr, as(v, Val.F64.class, t).value());
                    case CHAR -> m.writeInt(ptr, charValue(v, t));
                    case STRING -> {
                        PtrLen s = Strings.store(cx, as(v, Val.Str.class, t).value());
                        cx.writePtr(ptr, s.ptr());
                        cx.writePtr(ptr + cx.ptrSize, s.length());
                    }
                    case ERROR_CONTEXT -> throw Lifting.unsupported(t);
                }
            }
            case Type.ListType l -> {
                List<Val> elements = as(v, Val.ListVal.class, t).elements();
                if (l.fixedLength() >= 0) {
                    checkFixedLength(elements, l);
                    storeElements(cx, elements, l.element(), ptr);
                } else {
                    PtrLen r = storeListIntoRange(cx, elements, l.element());
                    cx.writePtr(ptr, r.ptr());
                    cx.writePtr(ptr + cx.ptrSize, r.length());
                }
            }
            case Type.MapType mt -> {
                PtrLen r = storeListIntoRange(cx, Maps.toEntries(as(v, Val.MapVal.class, t)), Maps.entryType(mt));
                cx.writePtr(ptr, r.ptr());
                cx.writePtr(ptr + cx.ptrSize, r.length());
            }
            case Type.RecordType r -> {
                List<Val.NamedVal> fields = recordFields(v, r);
                long at = ptr;
                for (int i = 0; i < fields.size(); i++) {
                    Type ft = r.fields().get(i).type();
                    at = Layout.alignTo(at, Layout.alignment(ft, cx.ptrSize));
                    try {
                        store(cx, fields.get(i).value(), ft, at);
                    } catch (ValueMismatch e) {
                        throw e.at(fieldStep(r, i));
                    }
                    at += Layout.size(ft, cx.ptrSize);
                }
            }
            case Type.TupleType tu -> storeTuple(cx, tupleElements(v, tu), tu.types(), ptr, "element ", 0);
            case Type.FlagsType f -> {
                int bits = flagBits(v, f);
                switch (Layout.flagsSize(f.names().size())) {
                    case 1 -> m.writeByte(ptr, (byte) bits);
                    case 2 -> m.writeShort(ptr, (short) bits);
                    default -> m.writeInt(ptr, bits);
                }
            }
            case Type.Own o -> m.writeInt(ptr, lowerOwn(cx, v, o.resource()));
            case Type.Borrow b -> m.writeInt(ptr, lowerBorrow(cx, v, b.resource()));
            case Type.StreamType s -> throw Lifting.unsupported(t);
            case Type.FutureType f -> throw Lifting.unsupported(t);
            default -> storeVariant(cx, v, t, ptr);
        }
    }

    /**
     * Stores {@code values} laid out as a tuple of {@code types} at {@code ptr}; a mismatch names
     * the value as {@code step} followed by its index plus {@code firstIndex}.
     */
    static void storeTuple(AbiContext cx, List<Val> values, List<Type> types, long ptr, String step, int firstIndex) {
        long at = ptr;
        for (int i = 0; i < types.size(); i++) {
            Type e = types.get(i);
            at = Layout.alignTo(at, Layout.alignment(e, cx.ptrSize));
            try {
                store(cx, values.get(i), e, at);
            } catch (ValueMismatch m) {
                throw m.at(step + (i + firstIndex));
            }
            at += Layout.size(e, cx.ptrSize);
        }
    }

    private static void storeVariant(AbiContext cx, Val v, Type t, long ptr) {
        List<Type> payloads = Variants.payloadsOf(t);
        int index = caseIndex(v, t);
        Memory m = cx.memory();
        switch (Layout.discriminantSize(payloads.size())) {
            case 1 -> m.writeByte(ptr, (byte) index);
            case 2 -> m.writeShort(ptr, (short) index);
            default -> m.writeInt(ptr, index);
        }
        Type payloadType = payloads.get(index);
        if (payloadType != null) {
            try {
                store(cx, payloadOf(v, t), payloadType, ptr + Layout.payloadOffset(payloads.size(), payloads, cx.ptrSize));
            } catch (ValueMismatch e) {
                throw e.at(caseStep(t, index));
            }
        }
    }

    /** Allocates room for the elements with realloc (even when empty), checks it, and stores them. */
    static PtrLen storeListIntoRange(AbiContext cx, List<Val> elements, Type element) {
        long size = Layout.size(element, cx.ptrSize);
        long byteLength = elements.size() * size;
        if (byteLength > Lifting.MAX_LIST_BYTE_LENGTH) throw AbiTraps.tooLong(Region.LIST);
        long ptr = cx.allocate(Layout.alignment(element, cx.ptrSize), byteLength, Region.LIST);
        storeElements(cx, elements, element, ptr);
        return new PtrLen(ptr, elements.size());
    }

    private static void storeElements(AbiContext cx, List<Val> elements, Type element, long ptr) {
        if (ByteVals.isByte(element)) {
            cx.memory().write(ptr, byteElements(elements, element), 0, elements.size());
            return;
        }
        long size = Layout.size(element, cx.ptrSize);
        for (int i = 0; i < elements.size(); i++) {
            try {
                store(cx, elements.get(i), element, ptr + i * size);
            } catch (ValueMismatch e) {
                throw e.at("element " + i);
            }
        }
    }

    /** The bytes of a list of u8, s8 or bool values. */
    private static byte[] byteElements(List<Val> elements, Type element) {
        byte[] bytes = new byte[elements.size()];
        for (int i = 0; i < bytes.length; i++) {
            try {
                bytes[i] = byteValue(elements.get(i), (Type.Primitive) element);
            } catch (ValueMismatch e) {
                throw e.at("element " + i);
            }
        }
        return bytes;
    }

    /** The stored byte of a bool (0 or 1), s8 or u8 value, after checking its kind. */
    private static byte byteValue(Val v, Type.Primitive t) {
        return switch (t) {
            case U8 -> as(v, Val.U8.class, t).value();
            case S8 -> as(v, Val.S8.class, t).value();
            case BOOL -> (byte) (as(v, Val.Bool.class, t).value() ? 1 : 0);
            default -> throw new IllegalArgumentException("not a one-byte type: " + t);
        };
    }

    // ---- handles ----

    /**
     * Moves an owned resource into the instance's table; returns its new index. The host passing a
     * borrowed handle, or a handle of another resource type, is a host error ({@link ValueMismatch}).
     */
    static int lowerOwn(AbiContext cx, Val v, ResourceType type) {
        Resource r = resource(v, type, true);
        if (!r.owned()) throw new ValueMismatch("expected own<" + type.name() + ">, got a borrowed handle " + r);
        return Handles.addOwn(cx.requireInstance(), type, r.rep());
    }

    /** Lends a resource to the callee for this call (see {@link Handles#addBorrow}); owned handles may be lent too. */
    static int lowerBorrow(AbiContext cx, Val v, ResourceType type) {
        Resource r = resource(v, type, false);
        InstanceState inst = cx.requireInstance();
        return Handles.addBorrow(inst, inst.defines(type) ? null : cx.requireScope(), type, r.rep());
    }

    private static Resource resource(Val v, ResourceType type, boolean own) {
        if (v instanceof Val.ResourceVal rv && rv.handle() instanceof Resource r && r.type() == type) return r;
        String expected = (own ? "own<" : "borrow<") + type.name() + ">";
        if (!(v instanceof Val.ResourceVal rv)) throw ValueMismatch.expected(expected, v);
        if (!(rv.handle() instanceof Resource r)) {
            throw new ValueMismatch("expected " + expected + ", got a handle of unsupported class "
                    + (rv.handle() == null ? "null" : rv.handle().getClass().getName()));
        }
        throw new ValueMismatch("expected " + expected + ", got a handle of resource type " + r.type().name());
    }

    // ---- value shapes ----

    private static <V extends Val> V as(Val v, Class<V> kind, Type type) {
        if (!kind.isInstance(v)) throw ValueMismatch.expected(TypeNames.of(type), v);
        return kind.cast(v);
    }

    private static String fieldStep(Type.RecordType r, int i) {
        return "field `" + r.fields().get(i).name() + "`";
    }

    private static String caseStep(Type t, int index) {
        return switch (t) {
            case Type.VariantType vt -> "case `" + vt.cases().get(index).name() + "`";
            case Type.OptionType o -> "some";
            default -> index == 0 ? "ok" : "error";
        };
    }

    private static int charValue(Val v, Type t) {
        int c = as(v, Val.Char.class, t).codePoint();
        if (!Lifting.isScalarValue(c)) {
            throw new ValueMismatch("expected char, got code point 0x" + Integer.toHexString(c) + ", which is not a Unicode scalar value");
        }
        return c;
    }

    private static void checkFixedLength(List<Val> elements, Type.ListType l) {
        if (elements.size() != l.fixedLength()) {
            throw new ValueMismatch("expected " + TypeNames.of(l) + ", got a list of " + elements.size() + " elements");
        }
    }

    private static List<Val.NamedVal> recordFields(Val v, Type.RecordType r) {
        List<Val.NamedVal> fields = as(v, Val.RecordVal.class, r).fields();
        int n = Math.min(fields.size(), r.fields().size());
        for (int i = 0; i < n; i++) {
            if (!fields.get(i).name().equals(r.fields().get(i).name())) {
                throw new ValueMismatch("expected field `" + r.fields().get(i).name() + "` at position " + i
                        + ", got field `" + fields.get(i).name() + "`");
            }
        }
        if (fields.size() < r.fields().size()) {
            throw new ValueMismatch("missing field `" + r.fields().get(fields.size()).name() + "`");
        }
        if (fields.size() > r.fields().size()) {
            throw new ValueMismatch("unexpected field `" + fields.get(r.fields().size()).name() + "`");
        }
        return fields;
    }

    private static List<Val> tupleElements(Val v, Type.TupleType tu) {
        List<Val> elements = as(v, Val.TupleVal.class, tu).elements();
        if (elements.size() != tu.types().size()) {
            throw new ValueMismatch("expected " + TypeNames.of(tu) + ", got a tuple of " + elements.size() + " elements");
        }
        return elements;
    }

    private static int flagBits(Val v, Type.FlagsType f) {
        Layout.flagsSize(f.names().size());
        int bits = 0;
        for (String name : as(v, Val.FlagsVal.class, f).flags()) {
            int i = f.names().indexOf(name);
            if (i < 0) throw new ValueMismatch("unknown flag `" + name + "`, expected one of " + f.names());
            bits |= 1 << i;
        }
        return bits;
    }

    private static int caseIndex(Val v, Type t) {
        int index = switch (t) {
            case Type.VariantType vt -> {
                String name = as(v, Val.VariantVal.class, t).caseName();
                int i = 0;
                while (i < vt.cases().size() && !vt.cases().get(i).name().equals(name)) i++;
                yield i < vt.cases().size() ? i : -1;
            }
            case Type.EnumType e -> e.names().indexOf(as(v, Val.EnumVal.class, t).caseName());
            case Type.OptionType o -> as(v, Val.OptionVal.class, t).value() == null ? 0 : 1;
            case Type.ResultType r -> as(v, Val.ResultVal.class, t).isOk() ? 0 : 1;
            default -> throw new AssertionError(t);
        };
        if (index < 0) throw new ValueMismatch("unknown case `" + caseName(v) + "` of " + TypeNames.of(t) + " " + caseNames(t));
        Type payloadType = Variants.payloadsOf(t).get(index);
        if ((payloadType == null) != (payloadOf(v, t) == null)) {
            throw new ValueMismatch(payloadType == null
                    ? "case `" + caseName(v) + "` has no payload, got one"
                    : "case `" + caseName(v) + "` needs a payload of type " + TypeNames.of(payloadType) + ", got none");
        }
        return index;
    }

    private static String caseName(Val v) {
        return switch (v) {
            case Val.VariantVal vv -> vv.caseName();
            case Val.EnumVal e -> e.caseName();
            case Val.OptionVal o -> o.value() == null ? "none" : "some";
            case Val.ResultVal r -> r.isOk() ? "ok" : "error";
            default -> String.valueOf(v);
        };
    }

    private static List<String> caseNames(Type t) {
        return switch (t) {
            case Type.VariantType vt -> vt.cases().stream().map(Type.Case::name).toList();
            case Type.EnumType e -> e.names();
            default -> List.of();
        };
    }

    private static Val payloadOf(Val v, Type t) {
        return switch (v) {
            case Val.VariantVal vv -> vv.payload();
            case Val.OptionVal o -> o.value();
            case Val.ResultVal r -> r.payload();
            default -> null;
        };
    }

    private static void addPtr(AbiContext cx, List<Object> out, long value) {
        out.add(cx.ptrSize == 8 ? (Object) value : (Object) (int) value);
    }
}
