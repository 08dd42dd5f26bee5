package dev.weft.conformance.bindings.options;

import static dev.weft.conformance.bindings.Checker.render;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.options.runner.Runner;
import dev.weft.conformance.bindings.options.runner.ToTest;
import dev.weft.conformance.bindings.options.test.Test;
import java.util.List;
import java.util.Optional;

/** test:options: option<string> and option<option<u32>> (none, some(none), some(some(n)) kept apart), both ways. */
public final class OptionsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "options"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(OptionsRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            Test.ToTest o = t.toTest();
            check.ok("option-none-param(none)", () -> o.optionNoneParam(Optional.empty()));
            check.ok("option-some-param(some(\"foo\"))", () -> o.optionSomeParam(Optional.of("foo")));
            check.eq("option-none-result()", Optional.empty(), o::optionNoneResult);
            check.eq("option-some-result()", Optional.of("foo"), o::optionSomeResult);
            for (Optional<String> v : List.of(Optional.<String>empty(), Optional.of(""), Optional.of("foo"), Optional.of("🚀 unicode"))) {
                check.eq("option-roundtrip(" + render(v) + ")", v, () -> o.optionRoundtrip(v));
            }
            for (Optional<Optional<Integer>> v : List.of(Optional.<Optional<Integer>>empty(), Optional.of(Optional.<Integer>empty()),
                    Optional.of(Optional.of(0)), Optional.of(Optional.of(-1)))) {
                check.eq("double-option-roundtrip(" + render(v) + ")", v, () -> o.doubleOptionRoundtrip(v));
            }
        }
        ToTest host = new ToTest() {
            @Override public void optionNoneParam(Optional<String> a) { check.received("none-param " + render(a)); }
            @Override public void optionSomeParam(Optional<String> a) { check.received("some-param " + render(a)); }
            @Override public Optional<String> optionNoneResult() { check.received("none-result"); return Optional.empty(); }
            @Override public Optional<String> optionSomeResult() { check.received("some-result"); return Optional.of("foo"); }
            @Override public Optional<String> optionRoundtrip(Optional<String> a) { check.received("roundtrip " + render(a)); return a; }
            @Override public Optional<Optional<Integer>> doubleOptionRoundtrip(Optional<Optional<Integer>> a) {
                check.received("double " + render(a));
                return a;
            }
        };
        try (Runner r = Runner.builder().componentResource(OptionsRoundTrip.class, GuestCheck.component(name(), "runner"))
                .toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("none-param none", "some-param some(foo)", "none-result", "some-result",
                "roundtrip none", "roundtrip some()", "roundtrip some(foo)", "roundtrip some(🚀 unicode)",
                "double none", "double some(none)", "double some(some(0))", "double some(some(-1))"));
    }
}
