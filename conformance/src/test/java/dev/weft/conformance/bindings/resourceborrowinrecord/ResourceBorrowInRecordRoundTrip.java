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
        runner(check);
    }

    /** The runner's imports in Java: borrowed things arrive inside records, new owned things go back. */
    private static void runner(Checker check) {
        dev.weft.conformance.bindings.resourceborrowinrecord.runner.ToTest host =
                new dev.weft.conformance.bindings.resourceborrowinrecord.runner.ToTest() {
            @Override public dev.weft.conformance.bindings.resourceborrowinrecord.runner.Thing newThing(String s) {
                check.received("new " + s);
                return new HostThing(s, check);
            }
            @Override public List<dev.weft.conformance.bindings.resourceborrowinrecord.runner.Thing> test(
                    List<dev.weft.conformance.bindings.resourceborrowinrecord.runner.Foo> a) {
                List<dev.weft.conformance.bindings.resourceborrowinrecord.runner.Thing> out = new java.util.ArrayList<>();
                for (var f : a) out.add(new HostThing(((HostThing) f.thing()).value() + " test", check));
                check.received("test " + a.size());
                return out;
            }
        };
        try (dev.weft.conformance.bindings.resourceborrowinrecord.runner.Runner r =
                dev.weft.conformance.bindings.resourceborrowinrecord.runner.Runner.builder()
                        .componentResource(ResourceBorrowInRecordRoundTrip.class, GuestCheck.component("resource_borrow_in_record", "runner"))
                        .toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("new Bonjour", "new mon cher", "test 2", "get Bonjour test", "get mon cher test",
                "get Bonjour", "drop Bonjour test", "drop mon cher test", "test 0", "drop Bonjour", "drop mon cher"));
    }

    /** The runner's thing in Java: a string, with notes of gets and drops. */
    private record HostThing(String value, Checker check) implements dev.weft.conformance.bindings.resourceborrowinrecord.runner.Thing {
        @Override public String get() {
            check.received("get " + value);
            return value;
        }

        @Override public void close() { check.received("drop " + value); }
    }
}
