package dev.weft.conformance.bindings.unusedtypes;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.unusedtypes.runner.Runner;
import dev.weft.conformance.bindings.unusedtypes.test.Test;
import dev.weft.conformance.bindings.unusedtypes.test.UnusedRecord;
import java.util.List;

/** foo:bar unused-types: types no function uses are still generated; component.foo() works both ways. */
public final class UnusedTypesRoundTrip implements GuestCheck {
    @Override
    public String name() { return "unused-types"; }

    @Override
    public void run(Checker check) {
        check.eq("unused record is generated as a record", 3, () -> new UnusedRecord(3).x());
        try (Test t = Test.builder().componentResource(UnusedTypesRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            check.ok("component.foo()", () -> t.component().foo());
        }
        try (Runner r = Runner.builder().componentResource(UnusedTypesRoundTrip.class, GuestCheck.component(name(), "runner"))
                .component_(() -> check.received("foo")).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("foo"));
    }
}
