package dev.weft.component.internal.abi;

import static dev.weft.component.internal.abi.LayoutTest.enumOf;
import static dev.weft.component.internal.abi.LayoutTest.flags;
import static dev.weft.component.internal.abi.LayoutTest.variant;
import static dev.weft.component.internal.abi.StringsTest.trapOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.Type;
import dev.weft.component.Type.Primitive;
import dev.weft.component.Val;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LiftLowerTest {
    static final Type RECORD = new Type.RecordType(List.of(
            new Type.Field("id", Primitive.U32), new Type.Field("name", Primitive.STRING),
            new Type.Field("score", Primitive.F64), new Type.Field("ok", Primitive.BOOL)));
    static final Type MIXED = variant(Primitive.F32, Primitive.U64, Primitive.F64, Primitive.U32, Primitive.STRING, null);

    static Val.RecordVal rec(int id, String name, double score, boolean ok) {
        return new Val.RecordVal(List.of(new Val.NamedVal("id", new Val.U32(id)), new Val.NamedVal("name", new Val.Str(name)),
                new Val.NamedVal("score", new Val.F64(score)), new Val.NamedVal("ok", new Val.Bool(ok))));
    }

    static Val.ListVal list(Val... vs) { return new Val.ListVal(Arrays.asList(vs)); }

    static Val.TupleVal tuple(Val... vs) { return new Val.TupleVal(Arrays.asList(vs)); }

    /** Types with values of them that survive lowering and lifting unchanged. */
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(Primitive.BOOL, new Val.Bool(true)),
                Arguments.of(Primitive.BOOL, new Val.Bool(false)),
                Arguments.of(Primitive.S8, new Val.S8((byte) -128)),
                Arguments.of(Primitive.U8, new Val.U8((byte) 0xff)),
                Arguments.of(Primitive.S16, new Val.S16((short) -2)),
                Arguments.of(Primitive.U16, new Val.U16((short) 0xfffe)),
                Arguments.of(Primitive.S32, new Val.S32(Integer.MIN_VALUE)),
                Arguments.of(Primitive.U32, new Val.U32(-1)),
                Arguments.of(Primitive.S64, new Val.S64(Long.MIN_VALUE)),
                Arguments.of(Primitive.U64, new Val.U64(-1L)),
                Arguments.of(Primitive.F32, new Val.F32(-1.5f)),
                Arguments.of(Primitive.F64, new Val.F64(Double.MAX_VALUE)),
                Arguments.of(Primitive.F32, new Val.F32(Float.intBitsToFloat(0x7fc00000))),
                Arguments.of(Primitive.CHAR, new Val.Char(0x1F370)),
                Arguments.of(Primitive.CHAR, new Val.Char(0xD7FF)),
                Arguments.of(Primitive.STRING, new Val.Str("héllo ☃ \uD83C\uDF70")),
                Arguments.of(Type.ListType.of(Primitive.U8), list()),
                Arguments.of(Type.ListType.of(Primitive.U16), list(new Val.U16((short) 1), new Val.U16((short) 2))),
                Arguments.of(Type.ListType.of(Primitive.STRING), list(new Val.Str("a"), new Val.Str(""), new Val.Str("ü"))),
                Arguments.of(Type.ListType.of(Type.ListType.of(Primitive.S64)), list(list(new Val.S64(7)), list())),
                Arguments.of(new Type.ListType(Primitive.U8, 3), list(new Val.U8((byte) 1), new Val.U8((byte) 2), new Val.U8((byte) 3))),
                Arguments.of(new Type.ListType(Primitive.STRING, 2), list(new Val.Str("x"), new Val.Str("yz"))),
                Arguments.of(RECORD, rec(7, "seven", 7.5, true)),
                Arguments.of(Type.ListType.of(RECORD), list(rec(1, "a", 0.5, false), rec(2, "bb", -1, true))),
                Arguments.of(new Type.TupleType(List.of(Primitive.U8, Primitive.U64, Primitive.CHAR)),
                        tuple(new Val.U8((byte) 9), new Val.U64(1L << 40), new Val.Char('z'))),
                Arguments.of(MIXED, new Val.VariantVal("c0", new Val.F32(3.25f))),
                Arguments.of(MIXED, new Val.VariantVal("c1", new Val.U64(0x1234567890L))),
                Arguments.of(MIXED, new Val.VariantVal("c2", new Val.F64(-0.0))),
                Arguments.of(MIXED, new Val.VariantVal("c3", new Val.U32(-7))),
                Arguments.of(MIXED, new Val.VariantVal("c4", new Val.Str("payload"))),
                Arguments.of(MIXED, new Val.VariantVal("c5", null)),
                Arguments.of(variant(Primitive.F32, Primitive.U32), new Val.VariantVal("c0", new Val.F32(1e30f))),
                Arguments.of(enumOf(300), new Val.EnumVal("e299")),
                Arguments.of(new Type.OptionType(Primitive.STRING), new Val.OptionVal(null)),
                Arguments.of(new Type.OptionType(Primitive.STRING), new Val.OptionVal(new Val.Str("some"))),
                Arguments.of(new Type.OptionType(new Type.OptionType(Primitive.U8)), new Val.OptionVal(new Val.OptionVal(null))),
                Arguments.of(new Type.ResultType(Primitive.F32, Primitive.S64), new Val.ResultVal(false, new Val.S64(-3))),
                Arguments.of(new Type.ResultType(Primitive.F32, Primitive.S64), new Val.ResultVal(true, new Val.F32(2f))),
                Arguments.of(new Type.ResultType(null, null), new Val.ResultVal(false, null)),
                Arguments.of(flags(3), new Val.FlagsVal(Set.of("f0", "f2"))),
                Arguments.of(flags(12), new Val.FlagsVal(Set.of("f11"))),
                Arguments.of(flags(32), new Val.FlagsVal(Set.of("f31", "f0"))),
                Arguments.of(flags(5), new Val.FlagsVal(Set.of())));
    }

    @ParameterizedTest
    @MethodSource("values")
    void flatRoundTrip(Type t, Val v) {
        AbiContext cx = new TestHeap().context(StringEncoding.UTF8, Peer.HOST);
        List<Object> flat = new ArrayList<>();
        Lowering.lowerFlat(cx, v, t, flat);
        assertEquals(Flattening.flatten(t, 4).size(), flat.size());
        for (int i = 0; i < flat.size(); i++) assertEquals(javaClass(Flattening.flatten(t, 4).get(i)), flat.get(i).getClass());
        assertEquals(v, Lifting.liftFlat(cx, new FlatReader(flat.toArray(), 0), t));
    }

    @ParameterizedTest
    @MethodSource("values")
    void memoryRoundTrip(Type t, Val v) {
        for (boolean memory64 : new boolean[] {false, true}) {
            TestHeap heap = new TestHeap(memory64);
            AbiContext cx = heap.context(StringEncoding.UTF16, Peer.HOST);
            long at = Layout.alignTo(24, Layout.alignment(t, cx.ptrSize()));
            Lowering.store(cx, v, t, at);
            assertEquals(v, Lifting.load(cx, at, t));
        }
    }

    @Test
    void manyParamsSpillToOneReallocatedBuffer() {
        TestHeap heap = new TestHeap();
        List<Type> params = new ArrayList<>(Collections.nCopies(9, (Type) Primitive.STRING));
        FuncSignature sig = new FuncSignature(params, List.of());
        List<Val> args = new ArrayList<>();
        for (int i = 0; i < 9; i++) args.add(new Val.Str("arg" + i));
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.HOST);
        Object[] core = Abi.lowerParams(cx, sig, args);
        assertEquals(1, core.length);
        assertEquals("0,0,4,72", heap.callShapes().get(0));
        assertEquals(args, Abi.liftParams(cx, sig, core));
    }

    @Test
    void sixteenFlatParamsStayFlat() {
        FuncSignature sig = new FuncSignature(Collections.nCopies(16, (Type) Primitive.U8), List.of());
        List<Val> args = new ArrayList<>();
        for (int i = 0; i < 16; i++) args.add(new Val.U8((byte) i));
        AbiContext cx = AbiContext.of(CanonicalOptions.none(), Peer.HOST);
        Object[] core = Abi.lowerParams(cx, sig, args);
        assertEquals(16, core.length);
        assertEquals(15, core[15]);
        assertEquals(args, Abi.liftParams(cx, sig, core));
    }

    @Test
    void spilledResultsUseTheReturnAndOutPointers() {
        TestHeap heap = new TestHeap();
        FuncSignature sig = new FuncSignature(List.of(Primitive.U32), List.of(RECORD));
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        List<Val> results = List.of(rec(3, "three", 3.0, true));
        Object[] core = Abi.lowerResults(cx, sig, results, new Object[] {5, 256});
        assertEquals(0, core.length);
        assertEquals(results, Abi.liftResults(cx, sig, new Object[] {256}));
        assertEquals("unaligned pointer", trapOf(() -> Abi.liftResults(cx, sig, new Object[] {252 + 2})));
        assertEquals("unaligned pointer", trapOf(() -> Abi.lowerResults(cx, sig, results, new Object[] {5, 1})));
        assertEquals("out of bounds memory access", trapOf(() -> Abi.liftResults(cx, sig, new Object[] {65536 - 16})));
        AbiContext host = heap.context(StringEncoding.UTF8, Peer.HOST);
        assertEquals("return pointer not aligned", trapOf(() -> Abi.liftResults(host, sig, new Object[] {4})));
        assertEquals("pointer out of bounds of memory", trapOf(() -> Abi.liftResults(host, sig, new Object[] {-8})));
    }

    @Test
    void oneFlatResultIsReturnedDirectly() {
        FuncSignature sig = new FuncSignature(List.of(), List.of(flags(3)));
        AbiContext cx = AbiContext.of(CanonicalOptions.none(), Peer.HOST);
        assertEquals(List.of(new Val.FlagsVal(Set.of("f0", "f2"))), Abi.liftResults(cx, sig, new Object[] {5}));
        assertEquals(true, new FuncSignature(List.of(), List.of(new Type.OptionType(Primitive.U8))).resultsSpilled(4));
        sig = new FuncSignature(List.of(), List.of(Primitive.S16));
        assertEquals(List.of(new Val.S16((short) -1)), Abi.liftResults(cx, sig, new Object[] {0xffff}));
        Object[] core = Abi.lowerResults(cx, sig, List.of(new Val.S16((short) -1)), new Object[0]);
        assertEquals(-1, core[0]);
    }

    @Test
    void flatValuesWithTheAsyncLimits() {
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        Type mix = variant(Primitive.F32, Primitive.U64);
        // task.return lifts the results with the params limit: the f32 travels in the low half of the i64 slot
        List<Val> returned = Abi.liftFlatValues(cx, Flattening.MAX_FLAT_PARAMS, List.of(mix), new Object[] {0, 0xffffffff40490fdbL}, 0);
        assertEquals(List.of(new Val.VariantVal("c0", new Val.F32(Float.intBitsToFloat(0x40490fdb)))), returned);
        // an async lower writes any results through the out-pointer
        assertEquals(0, Abi.lowerFlatValues(cx, 0, List.of(mix), returned, 16).length);
        assertEquals(0, heap.memory.readByte(16));
        assertEquals(0x40490fdb, heap.memory.readInt(24));
        // more than four flat params of an async lower come through memory
        List<Type> five = Collections.nCopies(5, (Type) Primitive.U8);
        List<Val> values = Collections.nCopies(5, (Val) new Val.U8((byte) 3));
        Object[] spilled = Abi.lowerFlatValues(cx, Flattening.MAX_FLAT_ASYNC_PARAMS, five, values, -1);
        assertEquals(1, spilled.length);
        assertEquals(values, Abi.liftFlatValues(cx, Flattening.MAX_FLAT_ASYNC_PARAMS, five, spilled, 0));
        assertEquals(5, Abi.lowerFlatValues(cx, Flattening.MAX_FLAT_PARAMS, five, values, -1).length);
    }

    static Val liftFlat(Type t, Object... core) {
        return Lifting.liftFlat(AbiContext.of(CanonicalOptions.none(), Peer.HOST), new FlatReader(core, 0), t);
    }

    @Test
    void anyNonZeroIsTrue() {
        assertEquals(new Val.Bool(true), liftFlat(Primitive.BOOL, 2));
        assertEquals(new Val.Bool(true), liftFlat(Primitive.BOOL, Integer.MIN_VALUE));
        assertEquals(new Val.Bool(false), liftFlat(Primitive.BOOL, 0));
        TestHeap heap = new TestHeap();
        heap.put(8, 0x80);
        assertEquals(new Val.Bool(true), Lifting.load(heap.context(StringEncoding.UTF8, Peer.HOST), 8, Primitive.BOOL));
    }

    @Test
    void smallIntegersWrapOnLiftAndExtendOnLower() {
        assertEquals(new Val.U8((byte) 0xff), liftFlat(Primitive.U8, 0x1ff));
        assertEquals(new Val.S8((byte) -1), liftFlat(Primitive.S8, 0xff));
        assertEquals(new Val.S8((byte) 1), liftFlat(Primitive.S8, 0x101));
        assertEquals(new Val.S16(Short.MIN_VALUE), liftFlat(Primitive.S16, 0x18000));
        assertEquals(new Val.U16((short) 0x8000), liftFlat(Primitive.U16, 0xffff8000));
        AbiContext cx = AbiContext.of(CanonicalOptions.none(), Peer.HOST);
        List<Object> out = new ArrayList<>();
        Lowering.lowerFlat(cx, new Val.S8((byte) -1), Primitive.S8, out);
        Lowering.lowerFlat(cx, new Val.U8((byte) -1), Primitive.U8, out);
        Lowering.lowerFlat(cx, new Val.S16((short) -2), Primitive.S16, out);
        Lowering.lowerFlat(cx, new Val.U16((short) -2), Primitive.U16, out);
        assertEquals(List.of(-1, 255, -2, 0xfffe), out);
    }

    @Test
    void charsMustBeScalarValues() {
        for (int bad : new int[] {0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x110000, -1, Integer.MAX_VALUE}) {
            assertEquals("invalid `char` bit pattern", trapOf(() -> liftFlat(Primitive.CHAR, bad)));
            TestHeap heap = new TestHeap();
            heap.memory.writeInt(8, bad);
            assertEquals("invalid `char` bit pattern",
                    trapOf(() -> Lifting.load(heap.context(StringEncoding.UTF8, Peer.HOST), 8, Primitive.CHAR)));
        }
        assertEquals(new Val.Char(0x10FFFF), liftFlat(Primitive.CHAR, 0x10FFFF));
        assertEquals(new Val.Char(0), liftFlat(Primitive.CHAR, 0));
        assertThrows(IllegalArgumentException.class, () -> Lowering.lowerFlat(AbiContext.of(CanonicalOptions.none(), Peer.HOST),
                new Val.Char(0xD800), Primitive.CHAR, new ArrayList<>()));
    }

    @Test
    void liftedNaNsAreCanonical() {
        Val f = liftFlat(Primitive.F32, Float.intBitsToFloat(0xffa00001));
        assertEquals(0x7fc00000, Float.floatToRawIntBits(((Val.F32) f).value()));
        Val d = liftFlat(Primitive.F64, Double.longBitsToDouble(0xfff0000000000001L));
        assertEquals(0x7ff8000000000000L, Double.doubleToRawLongBits(((Val.F64) d).value()));
        Val joined = liftFlat(variant(Primitive.F32, Primitive.U32), 0, 0x7f800001);
        assertEquals(0x7fc00000, Float.floatToRawIntBits(((Val.F32) ((Val.VariantVal) joined).payload()).value()));
        Val wide = liftFlat(variant(Primitive.F64, Primitive.U32), 0, 0x7ff0000000000002L);
        assertEquals(0x7ff8000000000000L, Double.doubleToRawLongBits(((Val.F64) ((Val.VariantVal) wide).payload()).value()));
    }

    @Test
    void variantPayloadsAreBitCastIntoJoinedSlots() {
        AbiContext cx = new TestHeap().context(StringEncoding.UTF8, Peer.HOST);
        List<Object> out = new ArrayList<>();
        Lowering.lowerFlat(cx, new Val.VariantVal("c0", new Val.F32(1.0f)), MIXED, out);
        assertEquals(List.of(0, (long) Float.floatToRawIntBits(1.0f), 0), out);
        out.clear();
        Lowering.lowerFlat(cx, new Val.VariantVal("c3", new Val.U32(-1)), MIXED, out);
        assertEquals(List.of(3, 0xffffffffL, 0), out);
        out.clear();
        Lowering.lowerFlat(cx, new Val.VariantVal("c2", new Val.F64(2.0)), MIXED, out);
        assertEquals(List.of(2, Double.doubleToRawLongBits(2.0), 0), out);
        out.clear();
        Lowering.lowerFlat(cx, new Val.VariantVal("c5", null), MIXED, out);
        assertEquals(List.of(5, 0L, 0), out);
        assertEquals(new Val.VariantVal("c3", new Val.U32(5)), liftFlat(MIXED, 3, 0x1_0000_0005L, 0));
    }

    @Test
    void discriminantsOutOfRangeTrap() {
        assertEquals("invalid variant discriminant", trapOf(() -> liftFlat(MIXED, 6, 0L, 0)));
        assertEquals("invalid variant discriminant", trapOf(() -> liftFlat(MIXED, -1, 0L, 0)));
        assertEquals("invalid variant discriminant", trapOf(() -> liftFlat(enumOf(3), 3)));
        assertEquals("invalid variant discriminant", trapOf(() -> liftFlat(new Type.OptionType(Primitive.U8), 2, 0)));
        assertEquals("invalid variant discriminant", trapOf(() -> liftFlat(new Type.ResultType(null, null), 2)));
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.HOST);
        heap.put(8, 3);
        assertEquals("invalid variant discriminant", trapOf(() -> Lifting.load(cx, 8, enumOf(3))));
        heap.put(16, 0x2c, 0x01);
        assertEquals("invalid variant discriminant", trapOf(() -> Lifting.load(cx, 16, enumOf(300))));
        assertEquals(new Val.EnumVal("e299"), liftFlat(enumOf(300), 299));
    }

    @Test
    void unknownFlagBitsAreIgnored() {
        assertEquals(new Val.FlagsVal(Set.of("f0", "f1", "f2")), liftFlat(flags(3), 0xff));
        TestHeap heap = new TestHeap();
        heap.put(8, 0xff, 0xff);
        assertEquals(new Val.FlagsVal(Set.of("f8", "f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7")),
                Lifting.load(heap.context(StringEncoding.UTF8, Peer.HOST), 8, flags(9)));
        assertThrows(IllegalArgumentException.class, () -> Lowering.lowerFlat(AbiContext.of(CanonicalOptions.none(), Peer.HOST),
                new Val.FlagsVal(Set.of("nope")), flags(2), new ArrayList<>()));
    }

    @Test
    void listsAreCheckedForAlignmentAndBounds() {
        TestHeap heap = new TestHeap();
        Type u32s = Type.ListType.of(Primitive.U32);
        AbiContext host = heap.context(StringEncoding.UTF8, Peer.HOST);
        AbiContext component = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        assertEquals("list pointer is not aligned", trapOf(() -> liftFlat(host, u32s, 2, 1)));
        assertEquals("unaligned pointer", trapOf(() -> liftFlat(component, u32s, 2, 0)));
        assertEquals("list pointer/length out of bounds of memory", trapOf(() -> liftFlat(host, u32s, 65532, 2)));
        assertEquals("list content out-of-bounds", trapOf(() -> liftFlat(component, u32s, 65536 + 4, 0)));
        assertEquals("list content too long", trapOf(() -> liftFlat(host, u32s, 0, 1 << 26)));
        assertEquals(list(), liftFlat(host, u32s, 65536, 0));
        heap.memory.writeInt(65532, 42);
        assertEquals(list(new Val.U32(42)), liftFlat(host, u32s, 65532, 1));
    }

    static Val liftFlat(AbiContext cx, Type t, Object... core) {
        return Lifting.liftFlat(cx, new FlatReader(core, 0), t);
    }

    @Test
    void valuesThatDoNotMatchTheirTypeAreHostErrors() {
        AbiContext cx = new TestHeap().context(StringEncoding.UTF8, Peer.HOST);
        List<Object> out = new ArrayList<>();
        assertThrows(IllegalArgumentException.class, () -> Lowering.lowerFlat(cx, new Val.U8((byte) 1), Primitive.S8, out));
        assertThrows(IllegalArgumentException.class,
                () -> Lowering.lowerFlat(cx, list(new Val.U8((byte) 1)), new Type.ListType(Primitive.U8, 2), out));
        assertThrows(IllegalArgumentException.class, () -> Lowering.lowerFlat(cx, new Val.VariantVal("zz", null), MIXED, out));
        assertThrows(IllegalArgumentException.class, () -> Lowering.lowerFlat(cx, new Val.VariantVal("c0", null), MIXED, out));
        assertThrows(IllegalArgumentException.class, () -> Lowering.lowerFlat(cx, new Val.EnumVal("x"), enumOf(2), out));
        assertThrows(IllegalArgumentException.class, () -> Abi.lowerParams(cx, new FuncSignature(List.of(Primitive.U8), List.of()), List.of()));
    }

    private static Class<?> javaClass(FlatType t) {
        return switch (t) {
            case I32 -> Integer.class;
            case I64 -> Long.class;
            case F32 -> Float.class;
            case F64 -> Double.class;
        };
    }
}
