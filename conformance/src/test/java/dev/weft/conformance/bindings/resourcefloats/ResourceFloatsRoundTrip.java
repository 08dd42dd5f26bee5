package dev.weft.conformance.bindings.resourcefloats;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.resourcefloats.runner.Exports;
import dev.weft.conformance.bindings.resourcefloats.runner.Float2;
import dev.weft.conformance.bindings.resourcefloats.runner.Runner;
import dev.weft.conformance.bindings.resourcefloats.runner.RunnerImports;
import dev.weft.conformance.bindings.resourcefloats.runner.TestFloat;
import java.util.List;

/**
 * test:resource-floats: two resources both named `float` (interfaces `exports` and `test`) implemented in
 * Java for the runner, f64 state including -0.0, a static consuming an owned handle and a world function
 * taking borrows. World `intermediate` (the test guest) wraps the imported floats in its exported one and
 * takes borrows of an imported float in its world function `add`.
 */
public final class ResourceFloatsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "resource_floats"; }

    @Override
    public void run(Checker check) {
        intermediate(check);
        Exports exports = new Exports() {
            @Override public Float2 newFloat(double v) {
                check.received("e.new " + v);
                return new HostFloat("e", v, check);
            }

            @Override public Float2 floatAdd(Float2 a, double b) {
                double v = ((HostFloat) a).value;
                check.received("e.add " + v + " " + b);
                return new HostFloat("e", v + b, check);
            }
        };
        dev.weft.conformance.bindings.resourcefloats.runner.Test test = v -> {
            check.received("t.new " + v);
            return new HostFloat("t", v, check);
        };
        RunnerImports imports = (a, b) -> {
            double x = ((HostFloat) a).value;
            double y = ((HostFloat) b).value;
            check.received("add " + x + " " + y);
            return new HostFloat("t", x + y, check);
        };
        try (Runner r = Runner.builder().componentResource(ResourceFloatsRoundTrip.class, GuestCheck.component(name(), "runner"))
                .test(test).exports(exports).imports(imports).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("e.new 1.5", "e.get 1.5", "e.add 1.5 2.0", "e.get 3.5", "e.new -0.0", "e.get -0.0",
                "e.drop 3.5", "e.drop -0.0", "t.new 10.0", "t.new 0.25", "add 10.0 0.25", "t.get 10.25", "t.get 10.0",
                "t.drop 10.0", "t.drop 0.25", "t.drop 10.25"));
    }

    /** The test guest: its exported float forwards to Java's `imports` float; `add` takes borrows of Java's test floats. */
    private static void intermediate(Checker check) {
        dev.weft.conformance.bindings.resourcefloats.test.Imports imports = new dev.weft.conformance.bindings.resourcefloats.test.Imports() {
            @Override public dev.weft.conformance.bindings.resourcefloats.test.Float2 newFloat(double v) {
                check.received("i.new " + v);
                return new GuestSideFloat("i", v, check);
            }
            @Override public dev.weft.conformance.bindings.resourcefloats.test.Float2 floatAdd(dev.weft.conformance.bindings.resourcefloats.test.Float2 a, double b) {
                double v = ((GuestSideFloat) a).value;
                check.received("i.add " + v + " " + b);
                return new GuestSideFloat("i", v + b, check);
            }
        };
        dev.weft.conformance.bindings.resourcefloats.test.Test test = v -> {
            check.received("t.new " + v);
            return new GuestSideFloat("t", v, check);
        };
        try (dev.weft.conformance.bindings.resourcefloats.test.Intermediate t = dev.weft.conformance.bindings.resourcefloats.test.Intermediate.builder().componentResource(ResourceFloatsRoundTrip.class, GuestCheck.component("resource_floats", "test"))
                .test(test).imports(imports).build()) {
            dev.weft.conformance.bindings.resourcefloats.test.Float3 f = t.exports().newFloat(1.5);
            check.eq("exports.float(1.5).get()", 1.5, f::get);
            dev.weft.conformance.bindings.resourcefloats.test.Float3 g = t.exports().floatAdd(f, 2.0);
            check.that("add consumed its owned argument", f.isClosed());
            check.eq("exports.float.add(f, 2.0).get()", 3.5, g::get);
            dev.weft.conformance.bindings.resourcefloats.test.Float3 n = t.exports().newFloat(-0.0);
            check.eq("exports.float(-0.0).get() keeps the sign", -0.0, n::get);
            g.close();
            n.close();
            GuestSideFloat a = new GuestSideFloat("t", 10.0, check);
            GuestSideFloat b = new GuestSideFloat("t", 0.25, check);
            check.eq("add(&10.0, &0.25)", 10.25, () -> ((GuestSideFloat) t.add(a, b)).value);
        }
        check.receivedExactly(List.of("i.new 1.5", "i.get 1.5", "i.add 1.5 2.0", "i.get 3.5", "i.new -0.0", "i.get -0.0",
                "i.drop 3.5", "i.drop -0.0", "t.get 10.0", "t.get 0.25", "t.new 10.25"));
    }

    /** The floats of world `intermediate` that Java implements (`imports` and `test`), with notes like {@link HostFloat}. */
    private static final class GuestSideFloat implements dev.weft.conformance.bindings.resourcefloats.test.Float2, dev.weft.conformance.bindings.resourcefloats.test.TestFloat {
        private final String owner;
        private final double value;
        private final Checker check;

        GuestSideFloat(String owner, double value, Checker check) {
            this.owner = owner;
            this.value = value;
            this.check = check;
        }

        @Override public double get() {
            check.received(owner + ".get " + value);
            return value;
        }

        @Override public void close() { check.received(owner + ".drop " + value); }
    }

    /** Both runner resources in Java: an f64, with notes of gets and drops prefixed by the interface. */
    private static final class HostFloat implements Float2, TestFloat {
        private final String owner;
        private final double value;
        private final Checker check;

        HostFloat(String owner, double value, Checker check) {
            this.owner = owner;
            this.value = value;
            this.check = check;
        }

        @Override public double get() {
            check.received(owner + ".get " + value);
            return value;
        }

        @Override public void close() { check.received(owner + ".drop " + value); }
    }
}
