package dev.weft.conformance.bindings.resources;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.resources.runner.Runner;
import dev.weft.conformance.bindings.resources.test.Imports;
import dev.weft.conformance.bindings.resources.test.KebabCase;
import dev.weft.conformance.bindings.resources.test.Resources;
import dev.weft.conformance.bindings.resources.test.X;
import dev.weft.conformance.bindings.resources.test.Y;
import dev.weft.conformance.bindings.resources.test.Z;
import java.util.List;

/**
 * test:resources: exported resources with constructors, methods, statics consuming owned handles and
 * destructors (world `resources`, whose imported resource `y` is implemented in Java), and the same
 * interface implemented in Java for the runner.
 */
public final class ResourcesRoundTrip implements GuestCheck {
    @Override
    public String name() { return "resources"; }

    @Override
    public void run(Checker check) {
        exports(check);
        imports(check);
    }

    private static void exports(Checker check) {
        Imports ys = new Imports() {
            @Override public Y newY(int a) {
                check.received("y.new " + a);
                return new HostY(a, check);
            }

            @Override public Y yAdd(Y y, int a) {
                check.received("y.add " + ((HostY) y).a + " " + a);
                return new HostY(((HostY) y).a + a, check);
            }
        };
        try (Resources t = Resources.builder().componentResource(ResourcesRoundTrip.class, GuestCheck.component("resources", "test"))
                .imports(ys).build()) {
            Resources.Exports api = t.exports();
            X x = api.newX(5);
            check.eq("x(5).get-a()", 5, x::getA);
            check.ok("x.set-a(10)", () -> x.setA(10));
            check.eq("x.get-a() after set-a(10)", 10, x::getA);
            X x2 = api.xAdd(x, 3);
            check.that("x.add moved its owned argument", x.isClosed());
            check.eq("x.add(x, 3).get-a()", 13, x2::getA);
            check.ok("consume(x2)", () -> api.consume(x2));
            check.that("consume moved its argument", x2.isClosed());
            try (X wrap = api.xAdd(api.newX(Integer.MAX_VALUE), 1)) {
                check.eq("x.add wraps (s32)", Integer.MIN_VALUE, wrap::getA);
            }
            int n0 = api.zNumDropped();
            Z z1 = api.newZ(10);
            Z z2 = api.newZ(20);
            Z z3 = api.add(z1, z2);
            check.eq("add(&z1, &z2).get-a()", 30, z3::getA);
            check.eq("z1.get-a() (still owned)", 10, z1::getA);
            z1.close();
            z2.close();
            z3.close();
            check.eq("z.num-dropped() after three drops", n0 + 3, api::zNumDropped);
            KebabCase k = api.newKebabCase(-1);
            check.eq("kebab-case(u32 max).get-a()", -1, k::getA);
            check.eq("kebab-case.take-owned(k)", -1, () -> api.kebabCaseTakeOwned(k));
            check.result("test-imports()", "ok(null)", () -> {
                api.testImports();
                return null;
            });
        }
        check.receivedExactly(List.of("y.new 1", "y.get 1", "y.set 2", "y.get 2", "y.add 2 3", "y.get 5",
                "y.new -2147483648", "y.get -2147483648", "y.drop 5", "y.drop -2147483648"));
    }

    private static void imports(Checker check) {
        int[] zDropped = {0};
        dev.weft.conformance.bindings.resources.runner.Exports host = new dev.weft.conformance.bindings.resources.runner.Exports() {
            @Override public dev.weft.conformance.bindings.resources.runner.X newX(int a) {
                check.received("x.new " + a);
                return new HostX(a, check);
            }

            @Override public dev.weft.conformance.bindings.resources.runner.X xAdd(dev.weft.conformance.bindings.resources.runner.X x, int a) {
                check.received("x.add " + ((HostX) x).a + " " + a);
                return new HostX(((HostX) x).a + a, check);
            }

            @Override public dev.weft.conformance.bindings.resources.runner.Z newZ(int a) {
                check.received("z.new " + a);
                return new HostZ(a, check, zDropped);
            }

            @Override public int zNumDropped() {
                check.received("z.num-dropped");
                return zDropped[0];
            }

            @Override public dev.weft.conformance.bindings.resources.runner.Z add(dev.weft.conformance.bindings.resources.runner.Z a,
                    dev.weft.conformance.bindings.resources.runner.Z b) {
                check.received("z.add " + ((HostZ) a).a + " " + ((HostZ) b).a);
                return new HostZ(((HostZ) a).a + ((HostZ) b).a, check, zDropped);
            }

            @Override public void consume(dev.weft.conformance.bindings.resources.runner.X x) {
                check.received("consume " + ((HostX) x).a);
            }

            @Override public dev.weft.conformance.bindings.resources.runner.KebabCase newKebabCase(int a) {
                check.received("k.new " + Integer.toUnsignedString(a));
                return () -> {
                    check.received("k.get " + Integer.toUnsignedString(a));
                    return a;
                };
            }

            @Override public void testImports() {
                check.received("test-imports");
            }

            @Override public int kebabCaseTakeOwned(dev.weft.conformance.bindings.resources.runner.KebabCase k) {
                int a = k.getA();
                check.received("k.take " + Integer.toUnsignedString(a));
                return a;
            }
        };
        try (Runner r = Runner.builder().componentResource(ResourcesRoundTrip.class, GuestCheck.component("resources", "runner"))
                .exports(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("x.new 5", "x.get 5", "x.set 10", "x.get 10", "x.add 10 3", "x.get 13", "consume 13",
                "z.num-dropped", "z.new 10", "z.new 20", "z.add 10 20", "z.get 30", "z.get 10",
                "z.drop 10", "z.drop 20", "z.drop 30", "z.num-dropped",
                "k.new 4294967295", "k.get 4294967295", "k.get 4294967295", "k.take 4294967295", "test-imports"));
    }

    /** The imported resource `y` of world `resources`, in Java. */
    private static final class HostY implements Y {
        private final Checker check;
        private int a;

        HostY(int a, Checker check) {
            this.a = a;
            this.check = check;
        }

        @Override public int getA() {
            check.received("y.get " + a);
            return a;
        }

        @Override public void setA(int a) {
            check.received("y.set " + a);
            this.a = a;
        }

        @Override public void close() { check.received("y.drop " + a); }
    }

    /** The runner's resource `x`, in Java. */
    private static final class HostX implements dev.weft.conformance.bindings.resources.runner.X {
        private final Checker check;
        private int a;

        HostX(int a, Checker check) {
            this.a = a;
            this.check = check;
        }

        @Override public int getA() {
            check.received("x.get " + a);
            return a;
        }

        @Override public void setA(int a) {
            check.received("x.set " + a);
            this.a = a;
        }

        @Override public void close() { check.received("x.drop " + a); }
    }

    /** The runner's resource `z`, in Java; drops are counted for num-dropped. */
    private static final class HostZ implements dev.weft.conformance.bindings.resources.runner.Z {
        private final Checker check;
        private final int a;
        private final int[] dropped;

        HostZ(int a, Checker check, int[] dropped) {
            this.a = a;
            this.check = check;
            this.dropped = dropped;
        }

        @Override public int getA() {
            check.received("z.get " + a);
            return a;
        }

        @Override public void close() {
            check.received("z.drop " + a);
            dropped[0]++;
        }
    }
}
