package dev.weft.conformance.bindings.resourcealias;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.resourcealias.test.E2Foo;
import dev.weft.conformance.bindings.resourcealias.test.Foo;
import dev.weft.conformance.bindings.resourcealias.test.Test;
import dev.weft.conformance.bindings.resourcealias.test.X;
import java.util.List;

/** test:resource-alias: e2's y is e1's x; owned handles move into the returned lists, a borrow stays. */
public final class ResourceAliasRoundTrip implements GuestCheck {
    @Override
    public String name() { return "resource_alias"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(ResourceAliasRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            X x1 = t.e1().newX(1);
            List<X> l = t.e1().a(new Foo(x1));
            check.eq("e1.a({x1}) size", 1, l::size);
            check.that("x1 moved into the call", x1.isClosed());
            l.forEach(X::close);
            X x2 = t.e1().newX(2);
            X x3 = t.e1().newX(3);
            try (X x4 = t.e1().newX(4)) {
                List<X> m = t.e2().a(new E2Foo(x2), new Foo(x3), x4);
                check.eq("e2.a({x2}, {x3}, &x4) size", 2, m::size);
                check.that("the two returned handles are distinct", m.size() == 2 && !m.get(0).toString().equals(m.get(1).toString()));
                check.that("x4 was only borrowed", !x4.isClosed());
                m.forEach(X::close);
            }
        }
        runner(check);
    }

    /** The runner's imports in Java: e1.a(f) -> [f.x], e2.a(f, g, h) -> [f.x, g.x], h only borrowed. */
    private static void runner(Checker check) {
        dev.weft.conformance.bindings.resourcealias.runner.E1 e1 = new dev.weft.conformance.bindings.resourcealias.runner.E1() {
            @Override public dev.weft.conformance.bindings.resourcealias.runner.X newX(int v) {
                check.received("new " + v);
                return new HostX(v, check);
            }
            @Override public List<dev.weft.conformance.bindings.resourcealias.runner.X> a(
                    dev.weft.conformance.bindings.resourcealias.runner.Foo f) {
                check.received("e1.a " + ((HostX) f.x()).value());
                return List.of(f.x());
            }
        };
        dev.weft.conformance.bindings.resourcealias.runner.E2 e2 = (f, g, h) -> {
            check.received("e2.a " + ((HostX) f.x()).value() + " " + ((HostX) g.x()).value() + " " + ((HostX) h).value());
            return List.of(f.x(), g.x());
        };
        try (dev.weft.conformance.bindings.resourcealias.runner.Runner r = dev.weft.conformance.bindings.resourcealias.runner.Runner.builder()
                .componentResource(ResourceAliasRoundTrip.class, GuestCheck.component("resource_alias", "runner")).e1(e1).e2(e2).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("new 1", "e1.a 1", "drop 1", "new 4", "new 2", "new 3", "e2.a 2 3 4", "drop 2", "drop 3",
                "drop 4"));
    }

    /** The runner's x in Java: a value, with a note when the component drops it. */
    private record HostX(int value, Checker check) implements dev.weft.conformance.bindings.resourcealias.runner.X {
        @Override public void close() { check.received("drop " + value); }
    }
}
