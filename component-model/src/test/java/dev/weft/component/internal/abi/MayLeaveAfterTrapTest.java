package dev.weft.component.internal.abi;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Type.Primitive;
import dev.weft.component.Val;
import dev.weft.engine.Func;
import dev.weft.engine.FuncType;
import dev.weft.engine.TrapException;
import dev.weft.engine.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trap in realloc or post-return must not leave the instance unable to call out again. */
class MayLeaveAfterTrapTest {
    private static final ValueType I32 = ValueType.I32;

    private static Func trapping(List<ValueType> params, List<ValueType> results) {
        return Func.of(FuncType.of(params, results), args -> { throw new TrapException("boom"); });
    }

    @Test
    void mayLeaveIsRestoredWhenReallocTraps() {
        TestHeap heap = new TestHeap();
        InstanceState inst = new InstanceState(new ResourceRegistry());
        CanonicalOptions opts = new CanonicalOptions(heap.memory, trapping(List.of(I32, I32, I32, I32), List.of(I32)), null, null);
        AbiContext cx = new AbiContext(opts, inst, new CallScope(), Peer.COMPONENT, null);
        FuncSignature sig = new FuncSignature(List.of(Primitive.STRING), List.of());
        assertThrows(TrapException.class, () -> Abi.lowerParams(cx, sig, List.of(new Val.Str("x"))));
        assertTrue(inst.mayLeave());
    }

    @Test
    void mayLeaveIsRestoredWhenPostReturnTraps() {
        InstanceState inst = new InstanceState(new ResourceRegistry());
        CanonicalOptions opts = new CanonicalOptions(null, null, trapping(List.of(I32), List.of()), null);
        assertThrows(TrapException.class, () -> Abi.postReturn(opts, inst, new Object[] {7}));
        assertTrue(inst.mayLeave());
        inst.checkMayLeave();
    }
}
