package dev.weft.conformance.bindings.listinvariant;

import static dev.weft.conformance.bindings.Checker.render;

import dev.weft.component.bindings.Result;
import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.listinvariant.runner.Runner;
import dev.weft.conformance.bindings.listinvariant.runner.ToTest;
import dev.weft.conformance.bindings.listinvariant.test.PayloadOrEmpty;
import dev.weft.conformance.bindings.listinvariant.test.Summary;
import dev.weft.conformance.bindings.listinvariant.test.Test;
import java.util.List;
import java.util.Optional;

/** test:list-in-variant: lists of strings inside options, variants and results, joined with ","; both ways. */
public final class ListInVariantRoundTrip implements GuestCheck {
    @Override
    public String name() { return "list-in-variant"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(ListInVariantRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            Test.ToTest v = t.toTest();
            check.eq("list-in-option(some([a, b, c]))", "a,b,c", () -> v.listInOption(Optional.of(List.of("a", "b", "c"))));
            check.eq("list-in-option(some([]))", "", () -> v.listInOption(Optional.of(List.of())));
            check.eq("list-in-option(none)", "none", () -> v.listInOption(Optional.empty()));
            check.eq("list-in-variant(with-data)", "x,🚀", () -> v.listInVariant(new PayloadOrEmpty.WithData(List.of("x", "🚀"))));
            check.eq("list-in-variant(empty)", "empty", () -> v.listInVariant(new PayloadOrEmpty.Empty()));
            check.eq("list-in-result(ok([one]))", "one", () -> v.listInResult(Result.ok(List.of("one"))));
            check.eq("list-in-result(err(bad))", "err:bad", () -> v.listInResult(Result.err("bad")));
            check.eq("list-in-option-with-return(some([p, q]))", new Summary(2, "p,q"),
                    () -> v.listInOptionWithReturn(Optional.of(List.of("p", "q"))));
            check.eq("list-in-option-with-return(none)", new Summary(0, "none"), () -> v.listInOptionWithReturn(Optional.empty()));
            check.eq("top-level-list([1, , 3])", "1,,3", () -> v.topLevelList(List.of("1", "", "3")));
            check.eq("top-level-list([])", "", () -> v.topLevelList(List.of()));
        }
        ToTest host = new ToTest() {
            @Override public String listInOption(Optional<List<String>> data) {
                check.received("option " + render(data));
                return data.map(l -> String.join(",", l)).orElse("none");
            }
            @Override public String listInVariant(dev.weft.conformance.bindings.listinvariant.runner.PayloadOrEmpty data) {
                check.received("variant " + render(data));
                return switch (data) {
                    case dev.weft.conformance.bindings.listinvariant.runner.PayloadOrEmpty.WithData w -> String.join(",", w.value());
                    case dev.weft.conformance.bindings.listinvariant.runner.PayloadOrEmpty.Empty e -> "empty";
                };
            }
            @Override public String listInResult(Result<List<String>, String> data) {
                check.received("result " + render(data));
                return switch (data) {
                    case Result.Ok<List<String>, String> ok -> String.join(",", ok.value());
                    case Result.Err<List<String>, String> err -> "err:" + err.error();
                };
            }
            @Override public dev.weft.conformance.bindings.listinvariant.runner.Summary listInOptionWithReturn(Optional<List<String>> data) {
                check.received("with-return " + render(data));
                return new dev.weft.conformance.bindings.listinvariant.runner.Summary(
                        data.map(List::size).orElse(0), data.map(l -> String.join(",", l)).orElse("none"));
            }
            @Override public String topLevelList(List<String> items) {
                check.received("top " + render(items));
                return String.join(",", items);
            }
        };
        try (Runner r = Runner.builder().componentResource(ListInVariantRoundTrip.class, GuestCheck.component(name(), "runner"))
                .toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("option some([a, b, c])", "option none", "option some([])",
                "variant WithData([x, 🚀])", "variant Empty()", "result Ok([one])", "result Err(bad)",
                "with-return some([p, q])", "with-return none", "top [1, , 3]", "top []"));
    }
}
