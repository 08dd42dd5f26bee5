package dev.weft.conformance.bindings.resourceborrow;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.resourceborrow.runner.Runner;
import dev.weft.conformance.bindings.resourceborrow.runner.ToTest;
import dev.weft.conformance.bindings.resourceborrow.test.Test;

/** test:resource-borrow: an exported resource passed as borrow<thing> stays usable and owned by Java. */
public final class ResourceBorrowRoundTrip implements GuestCheck {
    @Override
    public String name() { return "resource-borrow"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(ResourceBorrowRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            Test.ToTest r = t.toTest();
            try (dev.weft.conformance.bindings.resourceborrow.test.Thing a = r.newThing(42);
                    dev.weft.conformance.bindings.resourceborrow.test.Thing b = r.newThing(-1)) {
                check.eq("foo(&thing(42))", 43, () -> r.foo(a));
                check.eq("foo(&thing(u32 max)) wraps", 0, () -> r.foo(b));
                check.eq("foo(&thing(42)) again", 43, () -> r.foo(a));
                check.that("a borrowed thing stays open", !a.isClosed());
            }
        }
        ToTest host = new ToTest() {
            @Override public dev.weft.conformance.bindings.resourceborrow.runner.Thing newThing(int v) {
                check.received("new " + Integer.toUnsignedString(v));
                return new HostThing(v, check);
            }
            @Override public int foo(dev.weft.conformance.bindings.resourceborrow.runner.Thing v) {
                int value = ((HostThing) v).value();
                check.received("foo " + Integer.toUnsignedString(value));
                return value + 1;
            }
        };
        try (Runner r = Runner.builder().componentResource(ResourceBorrowRoundTrip.class, GuestCheck.component(name(), "runner"))
                .toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(java.util.List.of("new 42", "new 4294967295", "foo 42", "foo 4294967295", "foo 42",
                "drop 42", "drop 4294967295"));
    }

    /** The Java implementation of the imported resource: a value, and a note when the component drops it. */
    private record HostThing(int value, Checker check) implements dev.weft.conformance.bindings.resourceborrow.runner.Thing {
        @Override public void close() { check.received("drop " + Integer.toUnsignedString(value)); }
    }
}
