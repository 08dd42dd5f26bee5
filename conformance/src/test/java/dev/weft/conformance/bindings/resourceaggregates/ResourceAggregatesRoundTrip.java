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
        check.skip("runner world: the generator does not yet support records or variants holding handles of the imported resource `thing` (no bindings generated)");
    }
}
