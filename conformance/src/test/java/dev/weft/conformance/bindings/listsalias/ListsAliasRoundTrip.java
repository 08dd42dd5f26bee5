package dev.weft.conformance.bindings.listsalias;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.listsalias.runner.Cat;
import dev.weft.conformance.bindings.listsalias.runner.Runner;
import dev.weft.conformance.bindings.listsalias.test.Test;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** my:lists (lists-alias): list<u8> through a type alias, as byte[]: foo("hello" bytes), bar() == "world" bytes. */
public final class ListsAliasRoundTrip implements GuestCheck {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WORLD = "world".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String name() { return "lists-alias"; }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(ListsAliasRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            check.ok("cat.foo(bytes \"hello\")", () -> t.cat().foo(HELLO));
            check.eq("cat.bar()", WORLD, () -> t.cat().bar());
        }
        Cat host = new Cat() {
            @Override public void foo(byte[] x) { check.received("foo " + new String(x, StandardCharsets.ISO_8859_1)); }
            @Override public byte[] bar() { check.received("bar"); return WORLD.clone(); }
        };
        try (Runner r = Runner.builder().componentResource(ListsAliasRoundTrip.class, GuestCheck.component(name(), "runner"))
                .cat(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("foo hello", "bar"));
    }
}
