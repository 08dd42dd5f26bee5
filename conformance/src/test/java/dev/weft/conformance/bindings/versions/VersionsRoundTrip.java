package dev.weft.conformance.bindings.versions;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.versions.runner.DepTest;
import dev.weft.conformance.bindings.versions.runner.Runner;
import dev.weft.conformance.bindings.versions.test.Test;
import java.util.List;

/** test:versions: test:dep/test@0.1.0 and @0.2.0 side by side, each reaching its own implementation. */
public final class VersionsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "versions"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(VersionsRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            check.eq("v0.1.0 x()", 1.0f, () -> t.test().x());
            check.eq("v0.1.0 y(1.0)", 2.0f, () -> t.test().y(1.0f));
            check.eq("v0.1.0 y(-0.5)", 0.5f, () -> t.test().y(-0.5f));
            check.eq("v0.2.0 x()", 2.0f, () -> t.test_().x());
            check.eq("v0.2.0 z(1.0, 2.5)", 3.5f, () -> t.test_().z(1.0f, 2.5f));
        }
        dev.weft.conformance.bindings.versions.runner.Test v1 = new dev.weft.conformance.bindings.versions.runner.Test() {
            @Override public float x() { check.received("v1 x"); return 1.0f; }
            @Override public float y(float a) { check.received("v1 y " + a); return a + 1.0f; }
        };
        DepTest v2 = new DepTest() {
            @Override public float x() { check.received("v2 x"); return 2.0f; }
            @Override public float z(float a, float b) { check.received("v2 z " + a + " " + b); return a + b; }
        };
        try (Runner r = Runner.builder().componentResource(VersionsRoundTrip.class, GuestCheck.component(name(), "runner"))
                .test(v1).test_(v2).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("v1 x", "v1 y 1.0", "v2 x", "v2 z 1.0 2.5"));
    }
}
