package dev.weft.component.internal.abi;

import static dev.weft.component.internal.abi.StringsTest.trapOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Resource;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.engine.Func;
import dev.weft.engine.FuncType;
import dev.weft.engine.ValueType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandleTableTest {
    ResourceRegistry registry;
    InstanceState impl;
    InstanceState user;
    ResourceType r1;
    ResourceType r2;
    ResourceType hostType;
    List<Object> destroyed;

    @BeforeEach
    void setUp() {
        registry = new ResourceRegistry();
        impl = new InstanceState(registry);
        user = new InstanceState(registry);
        r1 = ResourceType.host("r1");
        r2 = ResourceType.host("r2");
        hostType = ResourceType.host("file");
        destroyed = new ArrayList<>();
        Func dtor = Func.of(FuncType.of(List.of(ValueType.I32), List.of()), args -> {
            destroyed.add(args[0]);
            return new Object[0];
        });
        registry.defineGuest(r1, impl, ResourceDestructor.ofCore(dtor));
        registry.defineGuest(r2, impl, null);
        registry.defineHost(hostType, rep -> destroyed.add("host:" + rep));
    }

    AbiContext cx(InstanceState inst, CallScope scope) {
        return new AbiContext(CanonicalOptions.none(), inst, scope, Peer.COMPONENT, null);
    }

    @Test
    void indicesStartAtOneAndFreedOnesAreReusedLastFirst() {
        assertEquals(1, ResourceBuiltins.resourceNew(impl, r1, 100));
        assertEquals(2, ResourceBuiltins.resourceNew(impl, r1, 200));
        assertEquals(3, ResourceBuiltins.resourceNew(impl, r1, 300));
        ResourceBuiltins.resourceDrop(impl, r1, 2);
        assertEquals(2, ResourceBuiltins.resourceNew(impl, r1, 400));
        assertEquals(400, ResourceBuiltins.resourceRep(impl, r1, 2));
        ResourceBuiltins.resourceDrop(impl, r1, 1);
        ResourceBuiltins.resourceDrop(impl, r1, 2);
        ResourceBuiltins.resourceDrop(impl, r1, 3);
        assertEquals(List.of(200, 100, 400, 300), destroyed);
        assertEquals(3, ResourceBuiltins.resourceNew(impl, r1, 500));
        assertEquals(2, ResourceBuiltins.resourceNew(impl, r1, 600));
        assertEquals(1, ResourceBuiltins.resourceNew(impl, r1, 700));
        assertEquals(4, ResourceBuiltins.resourceNew(impl, r1, 800));
        assertEquals(4, impl.handles().size());
    }

    @Test
    void unknownIndicesTrap() {
        assertEquals("unknown handle index 5", trapOf(() -> ResourceBuiltins.resourceDrop(impl, r1, 5)));
        assertEquals("unknown handle index 5", trapOf(() -> ResourceBuiltins.resourceRep(impl, r1, 5)));
        assertEquals("unknown handle index 0", trapOf(() -> ResourceBuiltins.resourceDrop(impl, r1, 0)));
        assertEquals("unknown handle index 4294967295", trapOf(() -> ResourceBuiltins.resourceDrop(impl, r1, -1)));
        ResourceBuiltins.resourceNew(impl, r1, 1);
        ResourceBuiltins.resourceDrop(impl, r1, 1);
        assertEquals("unknown handle index 1", trapOf(() -> ResourceBuiltins.resourceDrop(impl, r1, 1)));
        assertEquals("unknown handle index 1", trapOf(() -> Lifting.liftOwn(cx(impl, null), 1, r1)));
    }

    @Test
    void tablesArePerInstance() {
        assertEquals(1, ResourceBuiltins.resourceNew(impl, r1, 1));
        assertEquals("unknown handle index 1", trapOf(() -> ResourceBuiltins.resourceDrop(user, r1, 1)));
    }

    @Test
    void handlesRememberTheirType() {
        ResourceBuiltins.resourceNew(impl, r1, 100);
        String expected = "handle index 1 used with the wrong type, expected guest-defined resource but found a different guest-defined resource";
        assertEquals(expected, trapOf(() -> ResourceBuiltins.resourceRep(impl, r2, 1)));
        assertEquals(expected, trapOf(() -> Lifting.liftOwn(cx(impl, null), 1, r2)));
        int h = Lowering.lowerOwn(cx(user, null), new Val.ResourceVal(Resource.own(hostType, "f")), hostType);
        assertEquals("handle index " + h + " used with the wrong type, expected guest-defined resource but found host-defined resource",
                trapOf(() -> ResourceBuiltins.resourceDrop(user, r1, h)));
    }

    @Test
    void liftingAnOwnMovesItOutOfTheTable() {
        int h = ResourceBuiltins.resourceNew(impl, r1, 42);
        Val v = Lifting.liftOwn(cx(impl, null), h, r1);
        assertEquals(new Val.ResourceVal(Resource.own(r1, 42)), v);
        assertEquals(0, impl.handles().size());
        int inUser = Lowering.lowerOwn(cx(user, null), v, r1);
        assertEquals(1, inUser);
        ResourceBuiltins.resourceDrop(user, r1, inUser);
        assertEquals(List.of(42), destroyed);
    }

    @Test
    void hostResourcesKeepTheirJavaObjectAndRunTheHostDestructor() {
        Object file = new StringBuilder("file object");
        int h = Lowering.lowerOwn(cx(user, null), new Val.ResourceVal(Resource.own(hostType, file)), hostType);
        Val back = Lifting.liftOwn(cx(user, null), h, hostType);
        assertTrue(((Resource) ((Val.ResourceVal) back).handle()).rep() == file);
        int again = Lowering.lowerOwn(cx(user, null), back, hostType);
        ResourceBuiltins.resourceDrop(user, hostType, again);
        assertEquals(List.of("host:file object"), destroyed);
    }

    @Test
    void lentOwnCannotBeDroppedOrMovedUntilTheCallEnds() {
        int own = Lowering.lowerOwn(cx(user, null), new Val.ResourceVal(Resource.own(r1, 7)), r1);
        CallScope call = new CallScope();
        Val borrowed = Lifting.liftBorrow(cx(user, call), own, r1);
        assertEquals(new Val.ResourceVal(Resource.borrow(r1, 7)), borrowed);
        assertEquals("cannot remove owned resource while borrowed", trapOf(() -> ResourceBuiltins.resourceDrop(user, r1, own)));
        int again = Lowering.lowerOwn(cx(user, null), new Val.ResourceVal(Resource.own(r1, 8)), r1);
        Lifting.liftBorrow(cx(user, call), again, r1);
        call.releaseLenders();
        ResourceBuiltins.resourceDrop(user, r1, again);
        assertEquals(List.of(8), destroyed);
    }

    @Test
    void liftingALentOwnTraps() {
        int own = Lowering.lowerOwn(cx(user, null), new Val.ResourceVal(Resource.own(r1, 7)), r1);
        CallScope call = new CallScope();
        Lifting.liftBorrow(cx(user, call), own, r1);
        assertEquals("cannot remove owned resource while borrowed", trapOf(() -> Lifting.liftOwn(cx(user, null), own, r1)));
    }

    @Test
    void borrowsGivenToACalleeMustBeDroppedBeforeItReturns() {
        CallScope call = new CallScope();
        int b = Lowering.lowerBorrow(cx(user, call), new Val.ResourceVal(Resource.borrow(r1, 9)), r1);
        assertEquals(1, call.numBorrows());
        assertEquals("borrow handles still remain at the end of the call", trapOf(call::checkBorrowsDropped));
        ResourceBuiltins.resourceDrop(user, r1, b);
        call.checkBorrowsDropped();
        assertEquals(List.of(), destroyed, "dropping a borrow runs no destructor");
    }

    @Test
    void theImplementerGetsTheRepOfABorrowDirectly() {
        CallScope call = new CallScope();
        assertEquals(9, Lowering.lowerBorrow(cx(impl, call), new Val.ResourceVal(Resource.borrow(r1, 9)), r1));
        assertEquals(0, impl.handles().size());
        assertEquals(0, call.numBorrows());
    }

    @Test
    void aBorrowIsNotAnOwn() {
        CallScope call = new CallScope();
        int b = Lowering.lowerBorrow(cx(user, call), new Val.ResourceVal(Resource.borrow(r1, 9)), r1);
        assertTrue(trapOf(() -> Lifting.liftOwn(cx(user, null), b, r1)).contains("borrow"));
        assertThrows(IllegalArgumentException.class,
                () -> Lowering.lowerOwn(cx(user, null), new Val.ResourceVal(Resource.borrow(r1, 1)), r1));
    }

    @Test
    void builtinsThatCallOutNeedMayLeave() {
        impl.setMayLeave(false);
        assertEquals("cannot leave component instance", trapOf(() -> ResourceBuiltins.resourceNew(impl, r1, 1)));
        assertEquals("cannot leave component instance", trapOf(() -> ResourceBuiltins.resourceDrop(impl, r1, 1)));
    }

    @Test
    void postReturnRunsWithMayLeaveOff() {
        List<Object[]> seen = new ArrayList<>();
        Func ok = Func.of(FuncType.of(List.of(ValueType.I32), List.of()), args -> {
            seen.add(args);
            return new Object[0];
        });
        Abi.postReturn(new CanonicalOptions(null, null, ok, null), impl, new Object[] {5});
        assertEquals(5, seen.get(0)[0]);
        assertTrue(impl.mayLeave());
        Func callsOut = Func.of(FuncType.of(List.of(ValueType.I32), List.of()), args -> {
            ResourceBuiltins.resourceNew(impl, r1, 1);
            return new Object[0];
        });
        assertEquals("cannot leave component instance",
                trapOf(() -> Abi.postReturn(new CanonicalOptions(null, null, callsOut, null), impl, new Object[] {5})));
    }

    @Test
    void destructorsOfAnotherInstanceNeedItToBeEnterable() {
        int h = Lowering.lowerOwn(cx(user, null), new Val.ResourceVal(Resource.own(r1, 3)), r1);
        impl.setMayEnter(false);
        assertEquals("cannot enter component instance", trapOf(() -> ResourceBuiltins.resourceDrop(user, r1, h)));
        impl.setMayEnter(true);
        int h2 = Lowering.lowerOwn(cx(user, null), new Val.ResourceVal(Resource.own(r1, 4)), r1);
        ResourceBuiltins.resourceDrop(user, r1, h2);
        assertEquals(List.of(4), destroyed);
    }

    @Test
    void ownAndBorrowCrossWholeSignatures() {
        FuncSignature sig = new FuncSignature(List.of(new Type.Own(r1), new Type.Borrow(r1)), List.of());
        CallScope call = new CallScope();
        AbiContext callee = cx(user, call);
        Object[] core = Abi.lowerParams(callee, sig, List.of(
                new Val.ResourceVal(Resource.own(r1, 1)), new Val.ResourceVal(Resource.borrow(r1, 2))));
        assertEquals(2, core.length);
        assertEquals(1, call.numBorrows());
        List<Val> lifted = Abi.liftParams(cx(user, new CallScope()), sig, core);
        assertEquals(new Val.ResourceVal(Resource.own(r1, 1)), lifted.get(0));
        assertEquals(new Val.ResourceVal(Resource.borrow(r1, 2)), lifted.get(1));
    }

    @Test
    void theHostDropsOwnedHandlesThroughTheImplementersDestructor() {
        ResourceBuiltins.hostDrop(registry, Resource.own(r1, 11));
        ResourceBuiltins.hostDrop(registry, Resource.own(hostType, "h"));
        assertEquals(List.of(11, "host:h"), destroyed);
        assertThrows(IllegalArgumentException.class, () -> ResourceBuiltins.hostDrop(registry, Resource.borrow(r1, 1)));
        impl.enterFrom(null);
        assertEquals("cannot enter component instance", trapOf(() -> ResourceBuiltins.hostDrop(registry, Resource.own(r1, 12))));
    }

    @Test
    void componentDefinedRepsMustBeIntegers() {
        assertThrows(IllegalArgumentException.class,
                () -> Lowering.lowerOwn(cx(user, null), new Val.ResourceVal(Resource.own(r1, "not an i32")), r1));
        assertThrows(IllegalArgumentException.class,
                () -> Lowering.lowerBorrow(cx(user, new CallScope()), new Val.ResourceVal(Resource.borrow(r1, 1L)), r1));
    }
}
