package dev.weft.conformance.bindings.flavorful;

import static dev.weft.conformance.bindings.Checker.render;

import dev.weft.component.bindings.Result;
import dev.weft.component.bindings.Tuple2;
import dev.weft.component.bindings.Tuple3;
import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.flavorful.runner.MyErrnoException;
import dev.weft.conformance.bindings.flavorful.runner.Runner;
import dev.weft.conformance.bindings.flavorful.runner.ToTest;
import dev.weft.conformance.bindings.flavorful.test.ListInRecord1;
import dev.weft.conformance.bindings.flavorful.test.ListInRecord3;
import dev.weft.conformance.bindings.flavorful.test.ListInRecord4;
import dev.weft.conformance.bindings.flavorful.test.MyErrno;
import dev.weft.conformance.bindings.flavorful.test.Test;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** test:flavorful: strings and lists inside records, options, results and typedefs; an enum error; both ways. */
public final class FlavorfulRoundTrip implements GuestCheck {
    @Override
    public String name() { return "flavorful"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(FlavorfulRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            Test.ToTest f = t.toTest();
            check.ok("f-list-in-record1", () -> f.fListInRecord1(new ListInRecord1("list_in_record1")));
            check.eq("f-list-in-record2()", "ListInRecord2(list_in_record2)", () -> render(f.fListInRecord2()));
            check.eq("f-list-in-record3", "ListInRecord3(list_in_record3 output)",
                    () -> render(f.fListInRecord3(new ListInRecord3("list_in_record3 input"))));
            check.eq("f-list-in-record4", "ListInRecord4(result4)", () -> render(f.fListInRecord4(new ListInRecord4("input4"))));
            check.ok("f-list-in-variant1", () -> f.fListInVariant1(Optional.of("foo"), Result.err("bar")));
            check.eq("f-list-in-variant2()", Optional.of("list_in_variant2"), f::fListInVariant2);
            check.eq("f-list-in-variant3", Optional.of("output3"), () -> f.fListInVariant3(Optional.of("input3")));
            check.result("errno-result()", "err(B)", () -> {
                f.errnoResult();
                return null;
            });
            check.eq("list-typedefs", new Tuple2<>("typedef3".getBytes(StandardCharsets.US_ASCII), List.of("typedef4")),
                    () -> f.listTypedefs("typedef1", List.of("typedef2")));
            check.eq("list-of-variants", new Tuple3<>(List.of(false, true), List.of(Result.err(null), Result.ok(null)), List.of(MyErrno.A, MyErrno.B)),
                    () -> f.listOfVariants(List.of(true, false), List.of(Result.ok(null), Result.err(null)), List.of(MyErrno.SUCCESS, MyErrno.A)));
        }
        ToTest host = new ToTest() {
            @Override public void fListInRecord1(dev.weft.conformance.bindings.flavorful.runner.ListInRecord1 a) {
                check.received("record1 " + a.a());
            }
            @Override public dev.weft.conformance.bindings.flavorful.runner.ListInRecord2 fListInRecord2() {
                check.received("record2");
                return new dev.weft.conformance.bindings.flavorful.runner.ListInRecord2("list_in_record2");
            }
            @Override public dev.weft.conformance.bindings.flavorful.runner.ListInRecord3 fListInRecord3(
                    dev.weft.conformance.bindings.flavorful.runner.ListInRecord3 a) {
                check.received("record3 " + a.a());
                return new dev.weft.conformance.bindings.flavorful.runner.ListInRecord3("list_in_record3 output");
            }
            @Override public dev.weft.conformance.bindings.flavorful.runner.ListInRecord4 fListInRecord4(
                    dev.weft.conformance.bindings.flavorful.runner.ListInRecord4 a) {
                check.received("record4 " + a.a());
                return new dev.weft.conformance.bindings.flavorful.runner.ListInRecord4("result4");
            }
            @Override public void fListInVariant1(Optional<String> a, Result<Void, String> b) {
                check.received("variant1 " + render(a) + " " + render(b));
            }
            @Override public Optional<String> fListInVariant2() {
                check.received("variant2");
                return Optional.of("list_in_variant2");
            }
            @Override public Optional<String> fListInVariant3(Optional<String> a) {
                check.received("variant3 " + render(a));
                return Optional.of("output3");
            }
            @Override public void errnoResult() throws MyErrnoException {
                check.received("errno");
                throw new MyErrnoException(dev.weft.conformance.bindings.flavorful.runner.MyErrno.B);
            }
            @Override public Tuple2<byte[], List<String>> listTypedefs(String a, List<String> c) {
                check.received("typedefs " + a + " " + c);
                return new Tuple2<>("typedef3".getBytes(StandardCharsets.US_ASCII), List.of("typedef4"));
            }
            @Override public Tuple3<List<Boolean>, List<Result<Void, Void>>, List<dev.weft.conformance.bindings.flavorful.runner.MyErrno>>
                    listOfVariants(List<Boolean> a, List<Result<Void, Void>> b, List<dev.weft.conformance.bindings.flavorful.runner.MyErrno> c) {
                check.received("variants " + render(a) + " " + render(b) + " " + render(c));
                return new Tuple3<>(List.of(false, true), List.of(Result.err(null), Result.ok(null)),
                        List.of(dev.weft.conformance.bindings.flavorful.runner.MyErrno.A, dev.weft.conformance.bindings.flavorful.runner.MyErrno.B));
            }
        };
        try (Runner r = Runner.builder().componentResource(FlavorfulRoundTrip.class, GuestCheck.component(name(), "runner"))
                .toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("record1 list_in_record1", "record2", "record3 list_in_record3 input", "record4 input4",
                "variant1 some(foo) Err(bar)", "variant2", "variant3 some(input3)", "errno", "typedefs typedef1 [typedef2]",
                "variants [true, false] [Ok(null), Err(null)] [SUCCESS, A]"));
    }
}
