package dev.weft.conformance.bindings.symbolconflicts;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.symbolconflicts.runner.Runner;
import dev.weft.conformance.bindings.symbolconflicts.test.Test;
import java.util.List;

/** my:inline: same-named functions in four interfaces must reach the right implementation each way. */
public final class SymbolConflictsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "symbol-conflicts"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(SymbolConflictsRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            check.ok("foo1.foo()", () -> t.foo1().foo());
            check.ok("foo2.foo()", () -> t.foo2().foo());
            check.eq("bar1.bar()", "bar1", () -> t.bar1().bar());
            check.eq("bar2.bar()", "bar2", () -> t.bar2().bar());
        }
        try (Runner r = Runner.builder().componentResource(SymbolConflictsRoundTrip.class, GuestCheck.component(name(), "runner"))
                .foo1(() -> check.received("foo1.foo")).foo2(() -> check.received("foo2.foo"))
                .bar1(() -> { check.received("bar1.bar"); return "bar1"; })
                .bar2(() -> { check.received("bar2.bar"); return "bar2"; }).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("foo1.foo", "foo2.foo", "bar1.bar", "bar2.bar"));
    }
}
