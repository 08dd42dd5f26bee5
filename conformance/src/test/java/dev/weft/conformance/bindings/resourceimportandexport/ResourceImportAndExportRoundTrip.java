package dev.weft.conformance.bindings.resourceimportandexport;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.resourceimportandexport.runner.Runner;
import dev.weft.conformance.bindings.resourceimportandexport.test.LeafThing;
import dev.weft.conformance.bindings.resourceimportandexport.test.Thing;
import java.util.List;

/**
 * test:resource-import-and-export: the guest's resource (world leaf-thing: constructor, methods, a static
 * consuming two owned things) and the same resource implemented in Java for the runner.
 */
public final class ResourceImportAndExportRoundTrip implements GuestCheck {
    @Override
    public String name() { return "resource-import-and-export"; }

    @Override
    public void run(Checker check) {
        try (LeafThing l = LeafThing.builder()
                .componentResource(ResourceImportAndExportRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            LeafThing.Test api = l.test();
            Thing t = api.newThing(7);
            check.eq("thing(7).foo()", 7, t::foo);
            check.ok("bar(8)", () -> t.bar(8));
            check.eq("foo() after bar(8)", 8, t::foo);
            Thing u = api.newThing(100);
            try (Thing w = api.thingBaz(t, u)) {
                check.eq("baz(t, u).foo()", 108, w::foo);
                check.that("baz took both owned things", t.isClosed() && u.isClosed());
            }
            try (Thing big = api.thingBaz(api.newThing(-1), api.newThing(2))) {
                check.eq("baz(u32 max, 2) wraps", 1, big::foo);
            }
        }
        dev.weft.conformance.bindings.resourceimportandexport.runner.Test host =
                new dev.weft.conformance.bindings.resourceimportandexport.runner.Test() {
            @Override public dev.weft.conformance.bindings.resourceimportandexport.runner.Thing newThing(int v) {
                check.received("new " + v);
                return new HostThing(v, check);
            }

            @Override public dev.weft.conformance.bindings.resourceimportandexport.runner.Thing thingBaz(
                    dev.weft.conformance.bindings.resourceimportandexport.runner.Thing a,
                    dev.weft.conformance.bindings.resourceimportandexport.runner.Thing b) {
                int x = ((HostThing) a).value;
                int y = ((HostThing) b).value;
                check.received("baz " + x + " " + y);
                return new HostThing(x + y, check);
            }
        };
        try (Runner r = Runner.builder()
                .componentResource(ResourceImportAndExportRoundTrip.class, GuestCheck.component(name(), "runner")).test(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("new 7", "foo 7", "bar 8", "foo 8", "new 100", "baz 8 100", "foo 108", "drop 108"));
    }

    /** The Java implementation of the imported resource. */
    private static final class HostThing implements dev.weft.conformance.bindings.resourceimportandexport.runner.Thing {
        private final Checker check;
        private int value;

        HostThing(int value, Checker check) {
            this.value = value;
            this.check = check;
        }

        @Override public int foo() {
            check.received("foo " + value);
            return value;
        }

        @Override public void bar(int v) {
            check.received("bar " + v);
            value = v;
        }

        @Override public void close() { check.received("drop " + value); }
    }
}
