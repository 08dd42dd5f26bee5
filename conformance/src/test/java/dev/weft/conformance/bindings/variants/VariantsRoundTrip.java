package dev.weft.conformance.bindings.variants;

import static dev.weft.conformance.bindings.Checker.render;

import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Tuple3;
import dev.weft.component.bindings.Tuple4;
import dev.weft.component.bindings.Tuple6;
import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.variants.test.C1;
import dev.weft.conformance.bindings.variants.test.C2;
import dev.weft.conformance.bindings.variants.test.C3;
import dev.weft.conformance.bindings.variants.test.C4;
import dev.weft.conformance.bindings.variants.test.C5;
import dev.weft.conformance.bindings.variants.test.C6;
import dev.weft.conformance.bindings.variants.test.E1;
import dev.weft.conformance.bindings.variants.test.MyErrno;
import dev.weft.conformance.bindings.variants.test.Test;
import dev.weft.conformance.bindings.variants.test.Z1;
import dev.weft.conformance.bindings.variants.test.Z2;
import dev.weft.conformance.bindings.variants.test.Z3;
import dev.weft.conformance.bindings.variants.test.Z4;
import java.util.List;
import java.util.Optional;

/**
 * test:variants: variants whose cases join differently typed payloads (the flattening casts between
 * i32/i64/f32/f64), payload-less cases, options, results, enums and bools; both ways.
 */
public final class VariantsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "variants"; }

    @Override
    public void run(Checker check) {
        exports(check);
        imports(check);
    }

    private static void exports(Checker check) {
        try (Test t = Test.builder().componentResource(VariantsRoundTrip.class, GuestCheck.component("variants", "test")).build()) {
            Test.ToTest v = t.toTest();
            check.eq("roundtrip-option(some(1.0))", Optional.of((byte) 1), () -> v.roundtripOption(Optional.of(1.0f)));
            check.eq("roundtrip-option(some(255.0))", Optional.of((byte) -1), () -> v.roundtripOption(Optional.of(255.0f)));
            check.eq("roundtrip-option(none)", Optional.empty(), () -> v.roundtripOption(Optional.empty()));
            check.result("roundtrip-result(ok(2))", "ok(2.0)", () -> v.roundtripResult(Result.ok(2)));
            check.result("roundtrip-result(ok(u32 max))", "ok(4.294967295E9)", () -> v.roundtripResult(Result.ok(-1)));
            check.result("roundtrip-result(err(4.0))", "err(4)", () -> v.roundtripResult(Result.err(4.0f)));
            for (E1 e : E1.values()) check.eq("roundtrip-enum(" + e + ")", e, () -> v.roundtripEnum(e));
            check.eq("invert-bool(true)", false, () -> v.invertBool(true));
            check.eq("invert-bool(false)", true, () -> v.invertBool(false));
            List<Tuple6<C1, C2, C3, C4, C5, C6>> casts = List.of(
                    new Tuple6<>(new C1.A(1), new C2.A(2), new C3.A(3), new C4.A(4), new C5.A(5), new C6.A(6.0f)),
                    new Tuple6<>(new C1.B(Long.MIN_VALUE), new C2.B(-0.0f), new C3.B(1e300), new C4.B(1.5f),
                            new C5.B(Double.NEGATIVE_INFINITY), new C6.B(Double.MIN_VALUE)),
                    new Tuple6<>(new C1.A(-1), new C2.B(Float.NaN), new C3.A(Integer.MIN_VALUE), new C4.B(Float.NEGATIVE_INFINITY),
                            new C5.A(Long.MAX_VALUE), new C6.A(-3.5f)),
                    new Tuple6<>(new C1.B(-1), new C2.A(Integer.MAX_VALUE), new C3.B(-0.0), new C4.A(Long.MIN_VALUE),
                            new C5.B(Double.MIN_NORMAL), new C6.B(Double.MAX_VALUE)));
            for (Tuple6<C1, C2, C3, C4, C5, C6> c : casts) check.eq("variant-casts(" + render(c) + ")", c, () -> v.variantCasts(c));
            List<Tuple4<Z1, Z2, Z3, Z4>> zeros = List.of(
                    new Tuple4<>(new Z1.A(-1), new Z2.A(Long.MIN_VALUE), new Z3.A(-0.0f), new Z4.A(1e-300)),
                    new Tuple4<>(new Z1.B(), new Z2.B(), new Z3.B(), new Z4.B()),
                    new Tuple4<>(new Z1.A(0), new Z2.B(), new Z3.A(Float.MAX_VALUE), new Z4.B()));
            for (Tuple4<Z1, Z2, Z3, Z4> z : zeros) check.eq("variant-zeros(" + render(z) + ")", z, () -> v.variantZeros(z));
            check.ok("variant-typedefs(none, false, err)", () -> v.variantTypedefs(Optional.empty(), false, Result.err(null)));
            check.ok("variant-typedefs(some(42), true, ok(7))", () -> v.variantTypedefs(Optional.of(42), true, Result.ok(7)));
            check.eq("variant-enums(true, ok, success)", new Tuple3<>(false, Result.err(null), MyErrno.A),
                    () -> v.variantEnums(true, Result.ok(null), MyErrno.SUCCESS));
            check.eq("variant-enums(false, err, b)", new Tuple3<>(true, Result.ok(null), MyErrno.SUCCESS),
                    () -> v.variantEnums(false, Result.err(null), MyErrno.B));
        }
    }

    private static void imports(Checker check) {
        dev.weft.conformance.bindings.variants.runner.ToTest host = new Host(check);
        try (dev.weft.conformance.bindings.variants.runner.Runner r = dev.weft.conformance.bindings.variants.runner.Runner.builder()
                .componentResource(VariantsRoundTrip.class, GuestCheck.component("variants", "runner")).toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("option some(1.0)", "option some(200.0)", "option none",
                "result Ok(2)", "result Ok(-1)", "result Err(4.0)", "enum A", "enum B", "invert true", "invert false",
                "casts Tuple6(A(1), A(2), A(3), A(4), A(5), A(6.0))",
                "casts Tuple6(B(-9223372036854775808), B(-0.0), B(1.0E300), B(1.5), B(-Infinity), B(4.9E-324))",
                "casts Tuple6(A(-1), B(NaN), A(-2147483648), B(-Infinity), A(9223372036854775807), A(-3.5))",
                "zeros Tuple4(A(-1), A(-9223372036854775808), A(-0.0), A(1.0E-300))", "zeros Tuple4(B(), B(), B(), B())",
                "typedefs none false Err(null)", "typedefs some(42) true Ok(7)",
                "enums true Ok(null) SUCCESS", "enums false Err(null) B"));
    }

    /** The runner's imports, implemented like the test guest. */
    private static final class Host implements dev.weft.conformance.bindings.variants.runner.ToTest {
        private final Checker check;

        Host(Checker check) { this.check = check; }

        @Override public Optional<Byte> roundtripOption(Optional<Float> a) {
            check.received("option " + render(a));
            return a.map(f -> (byte) f.intValue());
        }

        @Override public double roundtripResult(Result<Integer, Float> a)
                throws dev.weft.conformance.bindings.variants.runner.RoundtripResultException {
            check.received("result " + render(a));
            return switch (a) {
                case Result.Ok<Integer, Float> ok -> (double) Integer.toUnsignedLong(ok.value());
                case Result.Err<Integer, Float> err ->
                        throw new dev.weft.conformance.bindings.variants.runner.RoundtripResultException((byte) err.error().intValue());
            };
        }

        @Override public dev.weft.conformance.bindings.variants.runner.E1 roundtripEnum(dev.weft.conformance.bindings.variants.runner.E1 a) {
            check.received("enum " + a);
            return a;
        }

        @Override public boolean invertBool(boolean a) {
            check.received("invert " + a);
            return !a;
        }

        @Override public Tuple6<dev.weft.conformance.bindings.variants.runner.C1, dev.weft.conformance.bindings.variants.runner.C2,
                dev.weft.conformance.bindings.variants.runner.C3, dev.weft.conformance.bindings.variants.runner.C4,
                dev.weft.conformance.bindings.variants.runner.C5, dev.weft.conformance.bindings.variants.runner.C6> variantCasts(
                Tuple6<dev.weft.conformance.bindings.variants.runner.C1, dev.weft.conformance.bindings.variants.runner.C2,
                        dev.weft.conformance.bindings.variants.runner.C3, dev.weft.conformance.bindings.variants.runner.C4,
                        dev.weft.conformance.bindings.variants.runner.C5, dev.weft.conformance.bindings.variants.runner.C6> a) {
            check.received("casts " + render(a));
            return a;
        }

        @Override public Tuple4<dev.weft.conformance.bindings.variants.runner.Z1, dev.weft.conformance.bindings.variants.runner.Z2,
                dev.weft.conformance.bindings.variants.runner.Z3, dev.weft.conformance.bindings.variants.runner.Z4> variantZeros(
                Tuple4<dev.weft.conformance.bindings.variants.runner.Z1, dev.weft.conformance.bindings.variants.runner.Z2,
                        dev.weft.conformance.bindings.variants.runner.Z3, dev.weft.conformance.bindings.variants.runner.Z4> a) {
            check.received("zeros " + render(a));
            return a;
        }

        @Override public void variantTypedefs(Optional<Integer> a, boolean b, Result<Integer, Void> c) {
            check.received("typedefs " + render(a) + " " + b + " " + render(c));
        }

        @Override public Tuple3<Boolean, Result<Void, Void>, dev.weft.conformance.bindings.variants.runner.MyErrno> variantEnums(
                boolean a, Result<Void, Void> b, dev.weft.conformance.bindings.variants.runner.MyErrno c) {
            check.received("enums " + a + " " + render(b) + " " + c);
            var values = dev.weft.conformance.bindings.variants.runner.MyErrno.values();
            return new Tuple3<>(!a, b.isOk() ? Result.err(null) : Result.ok(null), values[(c.ordinal() + 1) % values.length]);
        }
    }
}
