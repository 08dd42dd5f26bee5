package dev.weft.conformance.bindings.stringssimple;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.stringssimple.runner.Cat;
import dev.weft.conformance.bindings.stringssimple.runner.Runner;
import dev.weft.conformance.bindings.stringssimple.test.Test;
import java.util.List;

/** my:strings (strings-simple): cat.foo("hello") is accepted and cat.bar() returns "world", in both directions. */
public final class StringsSimpleRoundTrip implements GuestCheck {
    @Override
    public String name() { return "strings-simple"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(StringsSimpleRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            check.ok("cat.foo(\"hello\")", () -> t.cat().foo("hello"));
            check.eq("cat.bar()", "world", () -> t.cat().bar());
            check.eq("cat.bar() again", "world", () -> t.cat().bar());
        }
        Cat host = new Cat() {
            @Override public void foo(String x) { check.received("foo " + x); }
            @Override public String bar() { check.received("bar"); return "world"; }
        };
        try (Runner r = Runner.builder().componentResource(StringsSimpleRoundTrip.class, GuestCheck.component(name(), "runner"))
                .cat(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("foo hello", "bar"));
    }
}
