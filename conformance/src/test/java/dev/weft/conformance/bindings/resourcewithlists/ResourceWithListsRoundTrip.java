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
        dev.weft.conformance.bindings.resourcewithlists.runner.Test host = new dev.weft.conformance.bindings.resourcewithlists.runner.Test() {
            @Override public dev.weft.conformance.bindings.resourcewithlists.runner.Thing newThing(byte[] l) {
                check.received("new " + show(l));
                return new HostThing(l, check);
            }

            @Override public byte[] thingBaz(byte[] l) {
                check.received("baz " + show(l));
                byte[] out = java.util.Arrays.copyOf(l, l.length + 6);
                System.arraycopy(bytes(" world"), 0, out, l.length, 6);
                return out;
            }
        };
        try (dev.weft.conformance.bindings.resourcewithlists.runner.Runner r = dev.weft.conformance.bindings.resourcewithlists.runner.Runner
                .builder().componentResource(ResourceWithListsRoundTrip.class, GuestCheck.component(name(), "runner")).test(host).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(java.util.List.of("new hi", "foo", "bar hello", "foo", "bar ", "foo", "bar 70000 bytes i mod 251", "foo",
                "baz hello", "baz ", "drop"));
    }

    /** Short bytes as text; the runner's large list (i mod 251) by its shape. */
    private static String show(byte[] l) {
        if (l.length <= 16) return new String(l, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < l.length; i++) if (l[i] != (byte) (i % 251)) return l.length + " other bytes";
        return l.length + " bytes i mod 251";
    }

    /** The Java implementation of the imported resource: the stored bytes. */
    private static final class HostThing implements dev.weft.conformance.bindings.resourcewithlists.runner.Thing {
        private final Checker check;
        private byte[] stored;

        HostThing(byte[] stored, Checker check) {
            this.stored = stored;
            this.check = check;
        }

        @Override public byte[] foo() {
            check.received("foo");
            return stored;
        }

        @Override public void bar(byte[] l) {
            check.received("bar " + show(l));
            stored = l;
        }

        @Override public void close() { check.received("drop"); }
    }
}
