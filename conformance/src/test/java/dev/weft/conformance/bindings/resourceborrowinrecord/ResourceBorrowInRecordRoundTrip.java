package dev.weft.conformance.bindings.resourceborrowinrecord;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.resourceborrowinrecord.test.Foo;
import dev.weft.conformance.bindings.resourceborrowinrecord.test.Test;
import dev.weft.conformance.bindings.resourceborrowinrecord.test.Thing;
import java.util.List;

/** test:resource-borrow-in-record: borrows inside records inside a list; new owned things come back. */
public final class ResourceBorrowInRecordRoundTrip implements GuestCheck {
    @Override
    public String name() { return "resource_borrow_in_record"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(ResourceBorrowInRecordRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            Test.ToTest api = t.toTest();
            try (Thing t1 = api.newThing("Bonjour"); Thing t2 = api.newThing("mon cher")) {
                List<Thing> r = api.test(List.of(new Foo(t1), new Foo(t2)));
                check.eq("test([&t1, &t2]) size", 2, r::size);
                check.eq("r[0].get()", "Bonjour test", () -> r.get(0).get());
                check.eq("r[1].get()", "mon cher test", () -> r.get(1).get());
                check.eq("t1.get() unchanged", "Bonjour", t1::get);
                check.that("borrowed things stay open", !t1.isClosed() && !t2.isClosed());
                r.forEach(Thing::close);
            }
            check.eq("test([])", List.of(), () -> api.test(List.of()));
        }
        check.skip("runner world: the generator does not yet support records or variants holding handles of the imported resource `thing` (no bindings generated)");
    }
}
