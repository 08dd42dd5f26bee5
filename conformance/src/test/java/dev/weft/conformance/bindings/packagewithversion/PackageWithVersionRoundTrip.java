package dev.weft.conformance.bindings.packagewithversion;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.packagewithversion.test.Bar;
import dev.weft.conformance.bindings.packagewithversion.test.Test;

/** my:inline@0.0.0: a resource in a versioned package, constructed and dropped several times. */
public final class PackageWithVersionRoundTrip implements GuestCheck {
    @Override
    public String name() { return "package-with-version"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(PackageWithVersionRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            for (int i = 0; i < 3; i++) {
                check.ok("bar() then drop, round " + i, () -> {
                    try (Bar b = t.foo().newBar()) {
                        if (b.isClosed()) throw new IllegalStateException("new bar is closed");
                    }
                });
            }
        }
        int[] serial = {0};
        dev.weft.conformance.bindings.packagewithversion.runner.Foo host = () -> {
            int n = ++serial[0];
            check.received("new " + n);
            return new dev.weft.conformance.bindings.packagewithversion.runner.Bar() {
                @Override public void close() { check.received("drop " + n); }
            };
        };
        try (dev.weft.conformance.bindings.packagewithversion.runner.Runner r = dev.weft.conformance.bindings.packagewithversion.runner.Runner
                .builder().componentResource(PackageWithVersionRoundTrip.class, GuestCheck.component(name(), "runner")).foo(host).build()) {
            check.ok("runner run()", r::run);
        }
        // run() constructs two bars, drops the first, constructs a third, then drops the other two.
        check.receivedExactly(java.util.List.of("new 1", "new 2", "drop 1", "new 3", "drop 2", "drop 3"));
    }
}
