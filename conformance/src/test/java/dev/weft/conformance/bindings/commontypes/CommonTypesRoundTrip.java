package dev.weft.conformance.bindings.commontypes;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.commontypes.runner.Runner;
import dev.weft.conformance.bindings.commontypes.runner.ToTest;
import dev.weft.conformance.bindings.commontypes.test.F1;
import dev.weft.conformance.bindings.commontypes.test.Leaf;
import dev.weft.conformance.bindings.commontypes.test.R1;
import dev.weft.conformance.bindings.commontypes.test.V1;
import java.util.EnumSet;
import java.util.List;

/** test:common: types shared through `use` (flags in a record, a variant) in world `leaf` and the runner. */
public final class CommonTypesRoundTrip implements GuestCheck {
    @Override
    public String name() { return "common-types"; }

    @Override
    public void run(Checker check) {
        try (Leaf t = Leaf.builder().componentResource(CommonTypesRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            for (EnumSet<F1> f : List.of(EnumSet.noneOf(F1.class), EnumSet.of(F1.A), EnumSet.of(F1.B), EnumSet.allOf(F1.class))) {
                check.eq("wrap(" + f + ")", new R1((byte) f.size(), f), () -> t.toTest().wrap(f));
            }
            check.eq("var-f()", new V1.B((byte) 42), () -> t.toTest().varF());
        }
        ToTest host = new ToTest() {
            @Override public dev.weft.conformance.bindings.commontypes.runner.R1 wrap(
                    EnumSet<dev.weft.conformance.bindings.commontypes.runner.F1> flag) {
                check.received("wrap " + flag);
                return new dev.weft.conformance.bindings.commontypes.runner.R1((byte) flag.size(), flag);
            }
            @Override public dev.weft.conformance.bindings.commontypes.runner.V1 varF() {
                check.received("var-f");
                return new dev.weft.conformance.bindings.commontypes.runner.V1.B((byte) 42);
            }
        };
        try (Runner r = Runner.builder().componentResource(CommonTypesRoundTrip.class, GuestCheck.component(name(), "runner"))
                .toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("wrap []", "wrap [A]", "wrap [B]", "wrap [A, B]", "var-f"));
    }
}
