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
        check.skip("runner world imports resource `bar`: the generator does not support imported resources yet");
    }
}
