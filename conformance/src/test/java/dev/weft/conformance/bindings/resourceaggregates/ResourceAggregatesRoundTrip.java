package dev.weft.conformance.bindings.resourceaggregates;

import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Tuple1;
import dev.weft.component.bindings.Tuple2;
import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.resourceaggregates.test.R1;
import dev.weft.conformance.bindings.resourceaggregates.test.R2;
import dev.weft.conformance.bindings.resourceaggregates.test.R3;
import dev.weft.conformance.bindings.resourceaggregates.test.Test;
import dev.weft.conformance.bindings.resourceaggregates.test.Thing;
import dev.weft.conformance.bindings.resourceaggregates.test.V1;
import dev.weft.conformance.bindings.resourceaggregates.test.V2;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * test:resource-aggregates: owned and borrowed handles inside records, tuples, variants, lists, options
 * and results, 23 flat parameters (so passed through memory); foo sums the things' values.
 */
public final class ResourceAggregatesRoundTrip implements GuestCheck {
    @Override
    public String name() { return "resource_aggregates"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(ResourceAggregatesRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            Test.ToTest api = t.toTest();
            Thing[] th = new Thing[17];
            for (int i = 0; i < th.length; i++) th[i] = api.newThing(1 << i);
            check.eq("foo(every aggregate filled)", 131071, () -> api.foo(new R1(th[0]), new R2(th[1]), new R3(th[2], th[3]),
                    new Tuple2<>(th[4], new R1(th[5])), new Tuple1<>(th[6]), new V1.Thing(th[7]), new V2.Thing(th[8]),
                    List.of(th[9], th[10]), List.of(th[11], th[12]), Optional.of(th[13]), Optional.of(th[14]),
                    Result.ok(th[15]), Result.ok(th[16])));
            int[] borrowed = {1, 2, 6, 8, 11, 12, 14, 16};
            boolean borrowsOpen = true;
            for (int i : borrowed) borrowsOpen &= !th[i].isClosed();
            check.that("borrowed things stay open", borrowsOpen);
            check.that("owned things moved into the call", th[0].isClosed() && th[3].isClosed() && th[9].isClosed() && th[15].isClosed());
            for (int i : borrowed) th[i].close();
            Thing[] f = new Thing[9];
            for (int i = 0; i < f.length; i++) f[i] = api.newThing(1 << i);
            check.eq("foo(empty list/option/result cases)", 511, () -> api.foo(new R1(f[0]), new R2(f[1]), new R3(f[2], f[3]),
                    new Tuple2<>(f[4], new R1(f[5])), new Tuple1<>(f[6]), new V1.Thing(f[7]), new V2.Thing(f[8]),
                    List.of(), List.of(), Optional.empty(), Optional.empty(), Result.err(null), Result.err(null)));
            for (Thing x : f) x.close();
        }
        runner(check);
    }

    /** The runner's imports in Java: foo sums the values of every thing it is given, owned or borrowed. */
    private static void runner(Checker check) {
        dev.weft.conformance.bindings.resourceaggregates.runner.ToTest host = new dev.weft.conformance.bindings.resourceaggregates.runner.ToTest() {
            @Override public dev.weft.conformance.bindings.resourceaggregates.runner.Thing newThing(int v) {
                check.received("new " + v);
                return new HostThing(v, check);
            }
            @Override public int foo(dev.weft.conformance.bindings.resourceaggregates.runner.R1 r1, dev.weft.conformance.bindings.resourceaggregates.runner.R2 r2, dev.weft.conformance.bindings.resourceaggregates.runner.R3 r3, Tuple2<dev.weft.conformance.bindings.resourceaggregates.runner.Thing, dev.weft.conformance.bindings.resourceaggregates.runner.R1> t1, Tuple1<dev.weft.conformance.bindings.resourceaggregates.runner.Thing> t2, dev.weft.conformance.bindings.resourceaggregates.runner.V1 v1, dev.weft.conformance.bindings.resourceaggregates.runner.V2 v2,
                                     List<dev.weft.conformance.bindings.resourceaggregates.runner.Thing> l1, List<dev.weft.conformance.bindings.resourceaggregates.runner.Thing> l2, Optional<dev.weft.conformance.bindings.resourceaggregates.runner.Thing> o1, Optional<dev.weft.conformance.bindings.resourceaggregates.runner.Thing> o2,
                                     Result<dev.weft.conformance.bindings.resourceaggregates.runner.Thing, Void> result1, Result<dev.weft.conformance.bindings.resourceaggregates.runner.Thing, Void> result2) {
                List<dev.weft.conformance.bindings.resourceaggregates.runner.Thing> all = new ArrayList<>(List.of(r1.thing(), r2.thing(), r3.thing1(), r3.thing2(), t1.v0(),
                        t1.v1().thing(), t2.v0(), ((dev.weft.conformance.bindings.resourceaggregates.runner.V1.Thing) v1).value(), ((dev.weft.conformance.bindings.resourceaggregates.runner.V2.Thing) v2).value()));
                all.addAll(l1);
                all.addAll(l2);
                o1.ifPresent(all::add);
                o2.ifPresent(all::add);
                if (result1 instanceof Result.Ok<dev.weft.conformance.bindings.resourceaggregates.runner.Thing, Void> ok) all.add(ok.value());
                if (result2 instanceof Result.Ok<dev.weft.conformance.bindings.resourceaggregates.runner.Thing, Void> ok) all.add(ok.value());
                int sum = 0;
                for (dev.weft.conformance.bindings.resourceaggregates.runner.Thing t : all) sum += ((HostThing) t).value();
                check.received("foo " + sum);
                return sum;
            }
        };
        try (dev.weft.conformance.bindings.resourceaggregates.runner.Runner r = dev.weft.conformance.bindings.resourceaggregates.runner.Runner.builder().componentResource(ResourceAggregatesRoundTrip.class, GuestCheck.component("resource_aggregates", "runner"))
                .toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= 16; i++) expected.add("new " + (1 << i));
        expected.add("foo 131071");
        for (int v : new int[] {2, 4, 64, 256, 2048, 4096, 16384, 65536}) expected.add("drop " + v);
        for (int i = 0; i <= 8; i++) expected.add("new " + (1 << i));
        expected.add("foo 511");
        for (int v : new int[] {2, 4, 64, 256}) expected.add("drop " + v);
        check.receivedExactly(expected);
    }

    /** The runner's thing in Java: a value, with a note when the component drops it. */
    private record HostThing(int value, Checker check) implements dev.weft.conformance.bindings.resourceaggregates.runner.Thing {
        @Override public void close() { check.received("drop " + value); }
    }
}
