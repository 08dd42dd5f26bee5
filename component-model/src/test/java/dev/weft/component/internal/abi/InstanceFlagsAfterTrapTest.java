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

/** A trap in realloc, post-return or a destructor must not leave the instance flags stuck. */
class InstanceFlagsAfterTrapTest {
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

    @Test
    void mayEnterIsRestoredWhenADestructorTraps() {
        ResourceRegistry registry = new ResourceRegistry();
        InstanceState implementer = new InstanceState(registry);
        dev.weft.component.ResourceType type = dev.weft.component.ResourceType.host("r");
        registry.defineGuest(type, implementer, rep -> { throw new TrapException("boom"); });
        assertThrows(TrapException.class, () -> ResourceBuiltins.hostDrop(registry, dev.weft.component.Resource.own(type, 5)));
        assertTrue(implementer.mayEnter());
    }
}
