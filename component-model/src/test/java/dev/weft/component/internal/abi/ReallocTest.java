package dev.weft.component.internal.abi;

import static dev.weft.component.internal.abi.StringsTest.trapOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.Type;
import dev.weft.component.Type.Primitive;
import dev.weft.component.Val;
import dev.weft.engine.Func;
import dev.weft.engine.FuncType;
import dev.weft.engine.TrapException;
import dev.weft.engine.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReallocTest {
    static final Type U8S = Type.ListType.of(Primitive.U8);
    static final Type U32S = Type.ListType.of(Primitive.U32);
    static final Val.ListVal EMPTY = new Val.ListVal(List.of());
    static final Val.ListVal TWO = new Val.ListVal(List.of(new Val.U32(1), new Val.U32(2)));

    static Object[] lower(AbiContext cx, Type t, Val v) {
        return Abi.lowerParams(cx, new FuncSignature(List.of(t), List.of()), List.of(v));
    }

    @Test
    void emptyListsStillCallRealloc() {
        TestHeap heap = new TestHeap();
        Object[] core = lower(heap.context(StringEncoding.UTF8, Peer.COMPONENT), U8S, EMPTY);
        assertEquals(List.of("0,0,1,0"), heap.callShapes());
        assertEquals(0, core[1]);
    }

    @Test
    void outOfBoundsResultsTrapEvenForZeroBytes() {
        TestHeap heap = new TestHeap();
        heap.override = call -> -1;
        assertEquals("list content out-of-bounds", trapOf(() -> lower(heap.context(StringEncoding.UTF8, Peer.COMPONENT), U8S, EMPTY)));
        heap.override = call -> -4;
        assertEquals("realloc return: beyond end of memory", trapOf(() -> lower(heap.context(StringEncoding.UTF8, Peer.HOST), U32S, TWO)));
        assertEquals("realloc return: beyond end of memory", trapOf(() -> lower(heap.context(StringEncoding.UTF8, Peer.HOST), U32S, EMPTY)));
        heap.override = call -> 65536 - 4;
        assertEquals("realloc return: beyond end of memory", trapOf(() -> lower(heap.context(StringEncoding.UTF8, Peer.HOST), U32S, TWO)));
        heap.override = call -> 65536 - 8;
        lower(heap.context(StringEncoding.UTF8, Peer.HOST), U32S, TWO);
        assertEquals(2, heap.memory.readInt(65532));
    }

    @Test
    void misalignedResultsTrapBeforeTheBoundsCheck() {
        TestHeap heap = new TestHeap();
        heap.override = call -> 2;
        assertEquals("unaligned pointer", trapOf(() -> lower(heap.context(StringEncoding.UTF8, Peer.COMPONENT), U32S, TWO)));
        heap.override = call -> -1;
        assertEquals("realloc return: result not aligned", trapOf(() -> lower(heap.context(StringEncoding.UTF8, Peer.HOST), U32S, TWO)));
        heap.override = call -> 1;
        assertEquals("unaligned pointer",
                trapOf(() -> lower(heap.context(StringEncoding.UTF16, Peer.COMPONENT), Primitive.STRING, new Val.Str("x"))));
        assertEquals("realloc return: result not aligned",
                trapOf(() -> lower(heap.context(StringEncoding.LATIN1_UTF16, Peer.HOST), Primitive.STRING, new Val.Str("x"))));
        lower(heap.context(StringEncoding.UTF8, Peer.HOST), Primitive.STRING, new Val.Str("byte-aligned is fine"));
    }

    @Test
    void spilledParamsAreCheckedToo() {
        TestHeap heap = new TestHeap();
        heap.override = call -> 6;
        FuncSignature sig = new FuncSignature(java.util.Collections.nCopies(17, (Type) Primitive.U32), List.of());
        List<Val> args = java.util.Collections.nCopies(17, (Val) new Val.U32(1));
        assertEquals("unaligned pointer", trapOf(() -> Abi.lowerParams(heap.context(StringEncoding.UTF8, Peer.COMPONENT), sig, args)));
        heap.override = call -> 65536 - 64;
        assertEquals("out of bounds memory access",
                trapOf(() -> Abi.lowerParams(heap.context(StringEncoding.UTF8, Peer.COMPONENT), sig, args)));
    }

    @Test
    void aFailingGrowStepTraps() {
        TestHeap caller = new TestHeap();
        PtrLen src = Strings.store(caller.context(StringEncoding.UTF16, Peer.HOST), "a☃☃");
        StringOrigins origins = new StringOrigins();
        String lifted = Strings.load(new AbiContext(caller.options(StringEncoding.UTF16), null, null, Peer.COMPONENT, origins),
                src.ptr(), src.length());
        TestHeap heap = new TestHeap();
        heap.override = call -> call == 0 ? 64 : 65530;
        AbiContext cx = new AbiContext(heap.options(StringEncoding.UTF8), null, null, Peer.COMPONENT, origins);
        assertEquals("string content out-of-bounds", trapOf(() -> Strings.store(cx, lifted)));
        assertEquals(List.of("0,0,1,3", "p,3,1,9"), heap.callShapes());
    }

    @Test
    void reallocOverlappingTheSourceStringStillGivesTheRightResult() {
        TestHeap heap = new TestHeap();
        AbiContext utf8 = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        PtrLen src = Strings.store(utf8, "héllo☃");
        StringOrigins origins = new StringOrigins();
        String lifted = Strings.load(new AbiContext(heap.options(StringEncoding.UTF8), null, null, Peer.COMPONENT, origins),
                src.ptr(), src.length());
        heap.override = call -> (int) src.ptr();
        AbiContext utf16 = new AbiContext(heap.options(StringEncoding.UTF16), null, null, Peer.COMPONENT, origins);
        PtrLen r = Strings.store(utf16, lifted);
        assertEquals(src.ptr(), r.ptr());
        assertEquals("héllo☃", Strings.load(utf16, r.ptr(), r.length()));
    }

    @Test
    void overlappingAllocationsLeaveTheLastWriteButNeverEscapeAsHostErrors() {
        TestHeap heap = new TestHeap();
        heap.override = call -> 64;
        Type strings = Type.ListType.of(Primitive.STRING);
        Val v = new Val.ListVal(List.of(new Val.Str("aaaa"), new Val.Str("bbbb")));
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        Object[] core = lower(cx, strings, v);
        assertEquals(64, core[0]);
        assertEquals("bbbb", Strings.load(cx, 64, 4));
    }

    @Test
    void reallocRunsWithMayLeaveOff() {
        InstanceState inst = new InstanceState(new ResourceRegistry());
        TestHeap heap = new TestHeap();
        Func sneaky = Func.of(FuncType.of(List.of(ValueType.I32, ValueType.I32, ValueType.I32, ValueType.I32), List.of(ValueType.I32)),
                args -> {
                    inst.checkMayLeave();
                    return new Object[] {16};
                });
        AbiContext cx = new AbiContext(new CanonicalOptions(heap.memory, sneaky, null, StringEncoding.UTF8), inst, null, Peer.COMPONENT, null);
        assertEquals("cannot leave component instance", trapOf(() -> lower(cx, U8S, EMPTY)));
    }

    @Test
    void aTrapInReallocPropagates() {
        TestHeap heap = new TestHeap();
        heap.override = call -> {
            throw new TrapException("unreachable");
        };
        assertEquals("unreachable", trapOf(() -> lower(heap.context(StringEncoding.UTF8, Peer.COMPONENT), U8S, EMPTY)));
    }

    @Test
    void missingReallocIsAConfigurationError() {
        TestHeap heap = new TestHeap();
        AbiContext cx = AbiContext.of(new CanonicalOptions(heap.memory, null, null, StringEncoding.UTF8), Peer.HOST);
        assertThrows(IllegalStateException.class, () -> lower(cx, U8S, EMPTY));
    }
}
