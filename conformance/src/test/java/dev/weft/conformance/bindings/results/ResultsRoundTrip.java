package dev.weft.conformance.bindings.results;

import dev.weft.component.bindings.Result;
import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.results.runner.DoubleErrorException;
import dev.weft.conformance.bindings.results.runner.E;
import dev.weft.conformance.bindings.results.runner.E2;
import dev.weft.conformance.bindings.results.runner.E2Exception;
import dev.weft.conformance.bindings.results.runner.E3;
import dev.weft.conformance.bindings.results.runner.E3Exception;
import dev.weft.conformance.bindings.results.runner.EException;
import dev.weft.conformance.bindings.results.runner.EmptyErrorException;
import dev.weft.conformance.bindings.results.runner.Runner;
import dev.weft.conformance.bindings.results.runner.StringErrorException;
import dev.weft.conformance.bindings.results.test.Leaf;
import java.util.List;

/**
 * test:results: top-level results as return value + generated checked exception (string, enum, record,
 * variant and empty errors), and a nested result as Result; both ways (world `leaf` and the runner).
 */
public final class ResultsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "results"; }

    @Override
    public void run(Checker check) {
        try (Leaf t = Leaf.builder().componentResource(ResultsRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            Leaf.Test r = t.test();
            check.result("string-error(0.0)", "err(zero)", () -> r.stringError(0.0f));
            check.result("string-error(1.5)", "ok(1.5)", () -> r.stringError(1.5f));
            check.result("enum-error(0.0)", "err(B)", () -> r.enumError(0.0f));
            check.result("enum-error(-0.5)", "ok(-0.5)", () -> r.enumError(-0.5f));
            check.result("record-error(0.0)", "err(E2(420, 0))", () -> r.recordError(0.0f));
            check.result("record-error(1.0)", "err(E2(77, 2))", () -> r.recordError(1.0f));
            check.result("record-error(2.0)", "ok(2.0)", () -> r.recordError(2.0f));
            check.result("variant-error(0.0)", "err(E2(E2(420, 0)))", () -> r.variantError(0.0f));
            check.result("variant-error(1.0)", "err(E1(B))", () -> r.variantError(1.0f));
            check.result("variant-error(2.0)", "err(E1(C))", () -> r.variantError(2.0f));
            check.result("variant-error(3.0)", "ok(3.0)", () -> r.variantError(3.0f));
            check.result("empty-error(0)", "err(null)", () -> r.emptyError(0));
            check.result("empty-error(1)", "ok(42)", () -> r.emptyError(1));
            check.result("empty-error(u32 max)", "ok(-1)", () -> r.emptyError(-1));
            check.result("double-error(0)", "ok(Ok(null))", () -> r.doubleError(0));
            check.result("double-error(1)", "ok(Err(one))", () -> r.doubleError(1));
            check.result("double-error(2)", "err(two)", () -> r.doubleError(2));
        }
        dev.weft.conformance.bindings.results.runner.Test host = new dev.weft.conformance.bindings.results.runner.Test() {
            @Override public float stringError(float a) throws StringErrorException {
                check.received("string-error " + a);
                if (a == 0.0f) throw new StringErrorException("zero");
                return a;
            }
            @Override public float enumError(float a) throws EException {
                check.received("enum-error " + a);
                if (a == 0.0f) throw new EException(E.B);
                return a;
            }
            @Override public float recordError(float a) throws E2Exception {
                check.received("record-error " + a);
                if (a == 0.0f) throw new E2Exception(new E2(420, 0));
                if (a == 1.0f) throw new E2Exception(new E2(77, 2));
                return a;
            }
            @Override public float variantError(float a) throws E3Exception {
                check.received("variant-error " + a);
                if (a == 0.0f) throw new E3Exception(new E3.E2(new E2(420, 0)));
                if (a == 1.0f) throw new E3Exception(new E3.E1(E.B));
                if (a == 2.0f) throw new E3Exception(new E3.E1(E.C));
                return a;
            }
            @Override public int emptyError(int a) throws EmptyErrorException {
                check.received("empty-error " + a);
                if (a == 0) throw new EmptyErrorException(null);
                return a == 1 ? 42 : a;
            }
            @Override public Result<Void, String> doubleError(int a) throws DoubleErrorException {
                check.received("double-error " + a);
                if (a == 0) return Result.ok(null);
                if (a == 1) return Result.err("one");
                throw new DoubleErrorException("two");
            }
        };
        try (Runner run = Runner.builder().componentResource(ResultsRoundTrip.class, GuestCheck.component(name(), "runner"))
                .test(host).build()) {
            check.ok("runner run()", run::run);
        }
        check.receivedExactly(List.of("string-error 0.0", "string-error 1.0", "enum-error 0.0", "enum-error 1.0",
                "record-error 0.0", "record-error 1.0", "record-error 2.0",
                "variant-error 0.0", "variant-error 1.0", "variant-error 2.0", "variant-error 3.0",
                "empty-error 0", "empty-error 1", "empty-error 2", "double-error 0", "double-error 1", "double-error 2"));
    }
}
