package dev.weft.component;

import dev.weft.engine.Engine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resource defined by one component, used by the host and by a sibling component (resources.wat). */
class ResourceLifecycleTest {
    private final Engine engine = Engine.create();
    private final ComponentInstance root = ComponentLinker.create(engine).instantiate(TestComponents.load(engine, "resources"));
    private final ComponentInstance impl = root.instance("impl");

    private long dropped() { return ((Val.U32) impl.func("dropped").call()).unsigned(); }

    @Test
    void hostCreatesBorrowsAndGivesBackAnOwnedResource() {
        Val created = impl.func("[constructor]thing").call(new Val.U32(7));
        Resource thing = (Resource) assertInstanceOf(Val.ResourceVal.class, created).handle();
        assertTrue(thing.owned());
        assertEquals("thing", thing.type().name(), "a defined resource type is named after its export");
        Val value = impl.func("[method]thing.value").call(new Val.ResourceVal(Resource.borrow(thing.type(), thing.rep())));
        assertEquals(new Val.U32(7), value);
        assertEquals(0, dropped());
        impl.func("consume").call(created);
        assertEquals(7, dropped(), "dropping the last owned handle runs the destructor with the rep");
    }

    @Test
    void hostDropsAnOwnedResourceItHolds() {
        Resource thing = (Resource) ((Val.ResourceVal) impl.func("[constructor]thing").call(new Val.U32(9))).handle();
        impl.drop(thing);
        assertEquals(9, dropped(), "the destructor ran in the defining component");
    }

    @Test
    void siblingComponentCreatesBorrowsAndDropsThroughHandles() {
        assertEquals(new Val.U32(10), root.func("roundtrip").call(new Val.U32(5)));
        assertEquals(5, dropped(), "the user's resource.drop ran the implementer's destructor");
        assertEquals(new Val.U32(2), root.func("roundtrip").call(new Val.U32(1)));
        assertEquals(6, dropped());
    }

    @Test
    void handlesAreIndicesInTheHoldingInstancesTable() {
        // the user's table hands out index 1 first, and reuses it after a drop
        assertEquals(new Val.U32(1), root.func("leak").call(new Val.U32(3)));
        assertEquals(new Val.U32(2), root.func("leak").call(new Val.U32(4)));
        assertEquals(0, dropped());
    }

    @Test
    void eachInstantiationDefinesNewResourceTypes() {
        ComponentInstance other = ComponentLinker.create(engine).instantiate(TestComponents.load(engine, "resources"));
        Resource mine = (Resource) ((Val.ResourceVal) impl.func("[constructor]thing").call(new Val.U32(1))).handle();
        Resource theirs = (Resource) ((Val.ResourceVal) other.instance("impl").func("[constructor]thing").call(new Val.U32(1))).handle();
        assertTrue(mine.type() != theirs.type());
        // passing a handle of another type is a host error, not a trap of the component
        assertThrows(IllegalArgumentException.class, () -> impl.func("consume").call(new Val.ResourceVal(theirs)));
    }
}
