package dev.weft.component.internal.abi;

import static dev.weft.component.internal.abi.StringsTest.trapOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.Type;
import dev.weft.component.Type.Primitive;
import dev.weft.component.Val;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbiStoreTest {
    private static final Type PAIR = new Type.RecordType(List.of(
            new Type.Field("a", Primitive.U8), new Type.Field("b", Primitive.STRING)));

    @Test
    void storesAValueInItsMemoryFormAndLiftsBack() {
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        Val v = new Val.RecordVal(List.of(new Val.NamedVal("a", new Val.U8((byte) 9)), new Val.NamedVal("b", new Val.Str("hi"))));
        Abi.store(cx, v, PAIR, 64);
        assertEquals(9, heap.memory.readByte(64));
        assertEquals(v, Lifting.loadTuple(cx, 64, List.of(PAIR)).get(0));
    }

    @Test
    void trapsOnAnUnalignedOrOutOfBoundsPointer() {
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        assertEquals("unaligned pointer", trapOf(() -> Abi.store(cx, new Val.U32(1), Primitive.U32, 2)));
        assertEquals("out of bounds memory access", trapOf(() -> Abi.store(cx, new Val.U32(1), Primitive.U32, 65536)));
    }
}
