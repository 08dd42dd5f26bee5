package dev.weft.conformance.bindings.strings;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.strings.runner.Runner;
import dev.weft.conformance.bindings.strings.runner.ToTest;
import dev.weft.conformance.bindings.strings.test.Test;
import java.util.List;

/** test:strings: UTF-8 strings both ways, including empty, NUL, 4-byte characters and a large string. */
public final class StringsRoundTrip implements GuestCheck {
    private static final String UNICODE = "🚀🚀🚀 𠈄𓀀";
    private static final String LARGE = "abcdefghij".repeat(10_000);

    @Override
    public String name() { return "strings"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(StringsRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            Test.ToTest s = t.toTest();
            check.ok("take-basic(\"latin utf16\")", () -> s.takeBasic("latin utf16"));
            check.eq("return-unicode()", UNICODE, s::returnUnicode);
            check.eq("return-empty()", "", s::returnEmpty);
            for (String v : new String[] {"", "x", "a\0b", "ÿ€", UNICODE, "\uFFFF\uD7FF", LARGE}) {
                check.eq("roundtrip(" + v.length() + " chars)", v, () -> s.roundtrip(v));
            }
        }
        ToTest host = new ToTest() {
            @Override public void takeBasic(String s) { check.received("take-basic " + s); }
            @Override public String returnUnicode() { check.received("return-unicode"); return UNICODE; }
            @Override public String returnEmpty() { check.received("return-empty"); return ""; }
            @Override public String roundtrip(String s) {
                check.received("roundtrip " + (s.equals(LARGE) ? "LARGE" : s));
                return s;
            }
        };
        try (Runner r = Runner.builder().componentResource(StringsRoundTrip.class, GuestCheck.component(name(), "runner"))
                .toTest(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("take-basic latin utf16", "return-unicode", "return-empty", "roundtrip str",
                "roundtrip ", "roundtrip " + UNICODE, "roundtrip a\0b", "roundtrip ÿ€", "roundtrip LARGE"));
    }
}
