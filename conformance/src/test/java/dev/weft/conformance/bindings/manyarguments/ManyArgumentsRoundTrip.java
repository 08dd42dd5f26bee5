package dev.weft.conformance.bindings.manyarguments;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.manyarguments.runner.Runner;
import dev.weft.conformance.bindings.manyarguments.test.Test;
import java.util.Arrays;
import java.util.List;

/** test:many-arguments: 16 u64 parameters (exactly MAX_FLAT_PARAMS), argument k == k, both ways. */
public final class ManyArgumentsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "many-arguments"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(ManyArgumentsRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            check.ok("many-arguments(1..16)", () -> t.toTest().manyArguments(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));
        }
        try (Runner r = Runner.builder().componentResource(ManyArgumentsRoundTrip.class, GuestCheck.component(name(), "runner"))
                .toTest((a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16) -> check.received(
                        Arrays.toString(new long[] {a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16})))
                .build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]"));
    }
}
