package dev.weft.conformance.bindings.records;

import static dev.weft.conformance.bindings.Checker.render;

import dev.weft.component.bindings.Tuple1;
import dev.weft.component.bindings.Tuple2;
import dev.weft.component.bindings.Tuple3;
import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.records.runner.Runner;
import dev.weft.conformance.bindings.records.runner.ToTest;
import dev.weft.conformance.bindings.records.test.F1;
import dev.weft.conformance.bindings.records.test.F2;
import dev.weft.conformance.bindings.records.test.Flag16;
import dev.weft.conformance.bindings.records.test.Flag32;
import dev.weft.conformance.bindings.records.test.Flag8;
import dev.weft.conformance.bindings.records.test.R1;
import dev.weft.conformance.bindings.records.test.Test;
import java.util.EnumSet;
import java.util.List;

/** test:records: tuples, flags of 2..32 bits as EnumSets, records holding flags, 1-tuples; both ways. */
public final class RecordsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "records"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(RecordsRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            Test.ToTest r = t.toTest();
            check.eq("multiple-results()", new Tuple2<>((byte) 4, (short) 5), r::multipleResults);
            check.eq("swap-tuple((1, 2))", new Tuple2<>(2, (byte) 1), () -> r.swapTuple(new Tuple2<>((byte) 1, 2)));
            check.eq("swap-tuple((255, u32 max))", new Tuple2<>(-1, (byte) -1), () -> r.swapTuple(new Tuple2<>((byte) -1, -1)));
            for (EnumSet<F1> f : List.of(EnumSet.noneOf(F1.class), EnumSet.of(F1.A), EnumSet.of(F1.B), EnumSet.allOf(F1.class))) {
                check.eq("roundtrip-flags1(" + f + ")", f, () -> r.roundtripFlags1(f));
            }
            for (EnumSet<F2> f : List.of(EnumSet.noneOf(F2.class), EnumSet.of(F2.C), EnumSet.of(F2.D, F2.E), EnumSet.allOf(F2.class))) {
                check.eq("roundtrip-flags2(" + f + ")", f, () -> r.roundtripFlags2(f));
            }
            EnumSet<Flag8> a = EnumSet.of(Flag8.B0, Flag8.B7);
            EnumSet<Flag16> b = EnumSet.of(Flag16.B0, Flag16.B15);
            EnumSet<Flag32> c = EnumSet.of(Flag32.B0, Flag32.B31);
            check.eq("roundtrip-flags3(edges)", new Tuple3<>(a, b, c), () -> r.roundtripFlags3(a, b, c));
            EnumSet<Flag8> a2 = EnumSet.noneOf(Flag8.class);
            EnumSet<Flag16> b2 = EnumSet.allOf(Flag16.class);
            EnumSet<Flag32> c2 = EnumSet.allOf(Flag32.class);
            check.eq("roundtrip-flags3({}, all, all)", new Tuple3<>(a2, b2, c2), () -> r.roundtripFlags3(a2, b2, c2));
            for (R1 rec : List.of(new R1((byte) 8, EnumSet.noneOf(F1.class)), new R1((byte) -1, EnumSet.allOf(F1.class)))) {
                check.eq("roundtrip-record1(" + rec + ")", rec, () -> r.roundtripRecord1(rec));
            }
            check.eq("tuple1((1))", new Tuple1<>((byte) 1), () -> r.tuple1(new Tuple1<>((byte) 1)));
            check.eq("tuple1((255))", new Tuple1<>((byte) -1), () -> r.tuple1(new Tuple1<>((byte) -1)));
        }
        ToTest host = new ToTest() {
            @Override public Tuple2<Byte, Short> multipleResults() { check.received("multiple-results"); return new Tuple2<>((byte) 4, (short) 5); }
            @Override public Tuple2<Integer, Byte> swapTuple(Tuple2<Byte, Integer> a) {
                check.received("swap " + render(a));
                return new Tuple2<>(a.v1(), a.v0());
            }
            @Override public EnumSet<dev.weft.conformance.bindings.records.runner.F1> roundtripFlags1(
                    EnumSet<dev.weft.conformance.bindings.records.runner.F1> a) { check.received("flags1 " + a); return a; }
            @Override public EnumSet<dev.weft.conformance.bindings.records.runner.F2> roundtripFlags2(
                    EnumSet<dev.weft.conformance.bindings.records.runner.F2> a) { check.received("flags2 " + a); return a; }
            @Override public Tuple3<EnumSet<dev.weft.conformance.bindings.records.runner.Flag8>,
                    EnumSet<dev.weft.conformance.bindings.records.runner.Flag16>,
                    EnumSet<dev.weft.conformance.bindings.records.runner.Flag32>> roundtripFlags3(
                    EnumSet<dev.weft.conformance.bindings.records.runner.Flag8> a,
                    EnumSet<dev.weft.conformance.bindings.records.runner.Flag16> b,
                    EnumSet<dev.weft.conformance.bindings.records.runner.Flag32> c) {
                check.received("flags3 " + a.size() + " " + b.size() + " " + c.size());
                return new Tuple3<>(a, b, c);
            }
            @Override public dev.weft.conformance.bindings.records.runner.R1 roundtripRecord1(dev.weft.conformance.bindings.records.runner.R1 a) {
                check.received("record1 " + render(a));
                return a;
            }
            @Override public Tuple1<Byte> tuple1(Tuple1<Byte> a) { check.received("tuple1 " + render(a)); return a; }
        };
        try (Runner run = Runner.builder().componentResource(RecordsRoundTrip.class, GuestCheck.component(name(), "runner"))
                .toTest(host).build()) {
            check.ok("runner run()", run::run);
        }
        check.receivedExactly(List.of("multiple-results", "swap Tuple2(1, 2)", "swap Tuple2(-1, -1)",
                "flags1 []", "flags1 [A]", "flags1 [B]", "flags1 [A, B]",
                "flags2 []", "flags2 [C]", "flags2 [D]", "flags2 [C, D]", "flags2 [E]", "flags2 [C, E]", "flags2 [D, E]", "flags2 [C, D, E]",
                "flags3 2 2 2", "flags3 0 16 32", "record1 R1(8, [])", "record1 R1(-1, [A, B])",
                "tuple1 Tuple1(1)", "tuple1 Tuple1(-1)"));
    }
}
