package dev.weft.conformance.bindings.gatedfeatures;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.gatedfeatures.runner.Bindings;
import dev.weft.conformance.bindings.gatedfeatures.runner.Runner;
import dev.weft.conformance.bindings.gatedfeatures.test.Test;
import java.util.Arrays;
import java.util.List;

/** foo:bar@1.2.3 gated-features, generated with feature `y` only: y() and z() exist, x() does not. */
public final class GatedFeaturesRoundTrip implements GuestCheck {
    @Override
    public String name() { return "gated-features"; }

    @Override
    public void run(Checker check) {
        check.that("x (feature not enabled) is not generated",
                Arrays.stream(Test.Bindings.class.getMethods()).noneMatch(m -> m.getName().equals("x")));
        try (Test t = Test.builder().componentResource(GatedFeaturesRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            check.ok("bindings.y()", () -> t.bindings().y());
            check.ok("bindings.z()", () -> t.bindings().z());
        }
        Bindings host = new Bindings() {
            @Override public void y() { check.received("y"); }
            @Override public void z() { check.received("z"); }
        };
        try (Runner r = Runner.builder().componentResource(GatedFeaturesRoundTrip.class, GuestCheck.component(name(), "runner"))
                .bindings(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("y", "z"));
    }
}
