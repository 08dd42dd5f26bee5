package dev.weft.conformance.bindings.resourcewithlists;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.resourcewithlists.test.Leaf;
import dev.weft.conformance.bindings.resourcewithlists.test.Thing;
import java.nio.charset.StandardCharsets;

/** test:resource-with-lists (world leaf): a resource storing list<u8> (byte[]), including empty and large lists. */
public final class ResourceWithListsRoundTrip implements GuestCheck {
    @Override
    public String name() { return "resource_with_lists"; }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Override
    public void run(Checker check) {
        try (Leaf l = Leaf.builder().componentResource(ResourceWithListsRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            try (Thing t = l.test().newThing(bytes("hi"))) {
                check.eq("thing(\"hi\").foo()", bytes("hi"), t::foo);
                check.ok("bar(\"hello\")", () -> t.bar(bytes("hello")));
                check.eq("foo() after bar", bytes("hello"), t::foo);
                check.ok("bar([])", () -> t.bar(new byte[0]));
                check.eq("foo() after bar([])", new byte[0], t::foo);
                byte[] large = new byte[70_000];
                for (int i = 0; i < large.length; i++) large[i] = (byte) (i % 251);
                check.ok("bar(70000 bytes)", () -> t.bar(large));
                check.eq("foo() after the large bar", large, t::foo);
            }
            check.eq("baz(\"hello\")", bytes("hello world"), () -> l.test().thingBaz(bytes("hello")));
            check.eq("baz([])", bytes(" world"), () -> l.test().thingBaz(new byte[0]));
        }
        check.skip("runner world imports resource `thing`: the generator does not support imported resources yet");
    }
}
