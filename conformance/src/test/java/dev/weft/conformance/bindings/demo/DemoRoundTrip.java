package dev.weft.conformance.bindings.demo;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.demo.embedded.Root;
import dev.weft.conformance.bindings.demo.runner.Runner;
import dev.weft.conformance.bindings.demo.test.Test;
import java.util.List;

/**
 * a:b demo: the-test.x() can be called repeatedly (through bindings from the WIT sources and from the WIT
 * embedded in the component); the runner calls the host's x() exactly twice.
 */
public final class DemoRoundTrip implements GuestCheck {
    @Override
    public String name() { return "demo"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(DemoRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            for (int i = 0; i < 3; i++) check.ok("the-test.x() call " + i, () -> t.theTest().x());
        }
        try (Root t = Root.builder().componentResource(DemoRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            for (int i = 0; i < 2; i++) check.ok("the-test.x() through the embedded WIT, call " + i, () -> t.theTest().x());
        }
        try (Runner r = Runner.builder().componentResource(DemoRoundTrip.class, GuestCheck.component(name(), "runner"))
                .theTest(() -> check.received("x")).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("x", "x"));
    }
}
