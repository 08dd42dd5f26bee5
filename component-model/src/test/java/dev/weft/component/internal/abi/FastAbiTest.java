package dev.weft.component.internal.abi;

import static dev.weft.component.internal.abi.StringsTest.trapOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Type.Primitive;
import dev.weft.component.Val;
import java.util.List;
import org.junit.jupiter.api.Test;

class FastAbiTest {

    @Test
    void primitiveListsRoundTripWithOneAllocation() {
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.HOST);
        byte[] bytes = {1, -2, 3};
        PtrLen b = FastAbi.storeU8List(cx, bytes);
        assertArrayEquals(bytes, FastAbi.readU8List(cx, b.ptr(), b.length()));
        short[] shorts = {1, -2, Short.MAX_VALUE};
        PtrLen s = FastAbi.storeI16List(cx, shorts);
        assertArrayEquals(shorts, FastAbi.readI16List(cx, s.ptr(), s.length()));
        int[] ints = {1, -2, Integer.MIN_VALUE};
        PtrLen i = FastAbi.storeI32List(cx, ints);
        assertArrayEquals(ints, FastAbi.readI32List(cx, i.ptr(), i.length()));
        long[] longs = {1, -2, Long.MAX_VALUE};
        PtrLen l = FastAbi.storeI64List(cx, longs);
        assertArrayEquals(longs, FastAbi.readI64List(cx, l.ptr(), l.length()));
        float[] floats = {1.5f, -0f, Float.MIN_VALUE};
        PtrLen f = FastAbi.storeF32List(cx, floats);
        assertArrayEquals(floats, FastAbi.readF32List(cx, f.ptr(), f.length()));
        double[] doubles = {1.5, Double.NEGATIVE_INFINITY};
        PtrLen d = FastAbi.storeF64List(cx, doubles);
        assertArrayEquals(doubles, FastAbi.readF64List(cx, d.ptr(), d.length()));
        boolean[] bools = {true, false, true};
        PtrLen z = FastAbi.storeBoolList(cx, bools);
        assertArrayEquals(bools, FastAbi.readBoolList(cx, z.ptr(), z.length()));
        assertEquals(List.of("0,0,1,3", "0,0,2,6", "0,0,4,12", "0,0,8,24", "0,0,4,12", "0,0,8,16", "0,0,1,3"), heap.callShapes());
    }

    @Test
    void fastAndDynamicPathsAgreeOnTheBytes() {
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.HOST);
        PtrLen fast = FastAbi.storeI32List(cx, new int[] {7, -8});
        Val.ListVal dynamic = Lifting.loadListFromRange(cx, fast.ptr(), fast.length(), Primitive.S32);
        assertEquals(new Val.ListVal(List.of(new Val.S32(7), new Val.S32(-8))), dynamic);
    }

    @Test
    void readsApplyTheLiftingChecks() {
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        assertEquals("unaligned pointer", trapOf(() -> FastAbi.readI32List(cx, 2, 1)));
        assertEquals("list content too long", trapOf(() -> FastAbi.readI32List(cx, 0, 0xffffffffL)));
        assertEquals("list content too long", trapOf(() -> FastAbi.readF64List(cx, 0, 1L << 40)));
        assertEquals("list content too long", trapOf(() -> FastAbi.readU8List(cx, 0, 1L << 28)));
        assertEquals("list content out-of-bounds", trapOf(() -> FastAbi.readU8List(cx, 65535, 2)));
        heap.memory.writeInt(8, 0xD800);
        assertEquals("invalid `char` bit pattern", trapOf(() -> FastAbi.readCharList(cx, 8, 1)));
        heap.memory.writeInt(8, 0x7f800001);
        assertEquals(0x7fc00000, Float.floatToRawIntBits(FastAbi.readF32List(cx, 8, 1)[0]));
        assertEquals("invalid variant discriminant", trapOf(() -> FastAbi.checkDiscriminant(3, 3)));
        assertEquals(2, FastAbi.checkDiscriminant(2, 3));
        assertEquals(true, FastAbi.liftBool(-1));
        assertEquals(0x10FFFF, FastAbi.liftChar(0x10FFFF));
        assertEquals("invalid `char` bit pattern", trapOf(() -> FastAbi.liftChar(0x110000)));
    }

    @Test
    void stringsInRecordsThroughTheFastPath() {
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(StringEncoding.LATIN1_UTF16, Peer.HOST);
        FastAbi.storeString(cx, 64, "grüße ☃");
        assertEquals("grüße ☃", FastAbi.loadString(cx, 64));
        Type record = new Type.RecordType(List.of(new Type.Field("s", Primitive.STRING)));
        assertEquals(new Val.RecordVal(List.of(new Val.NamedVal("s", new Val.Str("grüße ☃")))), Lifting.load(cx, 64, record));
        PtrLen p = FastAbi.writeString(cx, "plain");
        assertEquals("plain", FastAbi.readString(cx, p.ptr(), p.length()));
    }

    @Test
    void handlesThroughTheFastPath() {
        ResourceRegistry registry = new ResourceRegistry();
        ResourceType r = ResourceType.host("r");
        InstanceState impl = new InstanceState(registry);
        registry.defineGuest(r, impl, null);
        InstanceState user = new InstanceState(registry);
        CallScope call = new CallScope();
        AbiContext userCx = new AbiContext(CanonicalOptions.none(), user, call, Peer.COMPONENT, null);
        int own = FastAbi.lowerOwn(userCx, r, 5);
        assertEquals(5, FastAbi.liftBorrow(userCx, own, r));
        assertEquals("cannot remove owned resource while borrowed", trapOf(() -> FastAbi.liftOwn(userCx, own, r)));
        call.releaseLenders();
        AbiContext implCx = new AbiContext(CanonicalOptions.none(), impl, new CallScope(), Peer.COMPONENT, null);
        assertEquals(5, FastAbi.lowerBorrow(implCx, r, 5));
        int other = FastAbi.lowerOwn(userCx, r, 6);
        assertEquals(6, FastAbi.liftOwn(userCx, other, r));
    }

    @Test
    void joinedSlotBitCastsMatchTheDynamicPath() {
        Type v = LayoutTest.variant(Primitive.F32, Primitive.F64, Primitive.U32);
        AbiContext cx = AbiContext.of(CanonicalOptions.none(), Peer.HOST);
        java.util.List<Object> out = new java.util.ArrayList<>();
        Lowering.lowerFlat(cx, new Val.VariantVal("c0", new Val.F32(-2.5f)), v, out);
        assertEquals(FastAbi.f32ToI64Slot(-2.5f), out.get(1));
        assertEquals(-2.5f, FastAbi.f32FromI64Slot((Long) out.get(1)));
        out.clear();
        Lowering.lowerFlat(cx, new Val.VariantVal("c2", new Val.U32(-1)), v, out);
        assertEquals(FastAbi.i32ToI64Slot(-1), out.get(1));
        assertEquals(-1, FastAbi.i32FromI64Slot((Long) out.get(1)));
        assertEquals(1.25, FastAbi.f64FromI64Slot(FastAbi.f64ToI64Slot(1.25)));
        assertEquals(0x7fc00000, Float.floatToRawIntBits(FastAbi.f32FromI32Slot(0xff800001)));
        assertEquals(3f, FastAbi.f32FromI32Slot(FastAbi.f32ToI32Slot(3f)));
    }

    @Test
    void spilledValueAreasAreChecked() {
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        assertEquals("unaligned pointer", trapOf(() -> FastAbi.checkValues(cx, 4, 16, 8)));
        assertEquals("out of bounds memory access", trapOf(() -> FastAbi.checkValues(cx, 65536 - 8, 16, 8)));
        assertEquals(8, FastAbi.checkValues(cx, 8, 16, 8));
        long p = FastAbi.allocateValues(cx, 24, 8);
        assertEquals(List.of("0,0,8,24"), heap.callShapes());
        assertEquals(0, p % 8);
    }
}
