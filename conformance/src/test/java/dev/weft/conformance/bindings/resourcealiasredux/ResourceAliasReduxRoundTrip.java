package dev.weft.conformance.bindings.resourcealiasredux;

import dev.weft.conformance.bindings.Checker;
import dev.weft.conformance.bindings.GuestCheck;
import dev.weft.conformance.bindings.resourcealiasredux.test.Foo;
import dev.weft.conformance.bindings.resourcealiasredux.test.ResourceAlias2Foo;
import dev.weft.conformance.bindings.resourcealiasredux.test.Test;
import dev.weft.conformance.bindings.resourcealiasredux.test.Thing;
import java.util.List;

/** test:resource-alias-redux: one resource type reached through aliases in three interfaces; owned handles move. */
public final class ResourceAliasReduxRoundTrip implements GuestCheck {
    @Override
    public String name() { return "resource_alias_redux"; }

    private static List<String> gets(List<Thing> things) {
        List<String> out = things.stream().map(Thing::get).toList();
        things.forEach(Thing::close);
        return out;
    }

    @Override
    public void run(Checker check) {
        try (Test t = Test.builder().componentResource(ResourceAliasReduxRoundTrip.class, GuestCheck.component(name(), "test")).build()) {
            check.eq("a({thing(Ni Hao)})", List.of("Ni Hao"),
                    () -> gets(t.resourceAlias1().a(new Foo(t.resourceAlias1().newThing("Ni Hao")))));
            check.eq("b({one}, {two})", List.of("one", "two"), () -> gets(t.resourceAlias2().b(
                    new ResourceAlias2Foo(t.resourceAlias1().newThing("one")), new Foo(t.resourceAlias1().newThing("two")))));
            check.eq("test([x, \"\", 🚀])", List.of("x", "", "🚀"), () -> gets(t.theTest().test(List.of(
                    t.resourceAlias1().newThing("x"), t.resourceAlias1().newThing(""), t.resourceAlias1().newThing("🚀")))));
            check.eq("test([])", List.of(), () -> gets(t.theTest().test(List.of())));
        }
        runner(check);
    }

    /** The runner's imports in Java: a(f) -> [f.thing], b(f, g) -> [f.thing, g.thing], the-test.test(l) -> l. */
    private static void runner(Checker check) {
        dev.weft.conformance.bindings.resourcealiasredux.runner.ResourceAlias1 alias1 = new dev.weft.conformance.bindings.resourcealiasredux.runner.ResourceAlias1() {
            @Override public dev.weft.conformance.bindings.resourcealiasredux.runner.Thing newThing(String s) {
                check.received("new " + s);
                return new HostThing(s, check);
            }
            @Override public List<dev.weft.conformance.bindings.resourcealiasredux.runner.Thing> a(dev.weft.conformance.bindings.resourcealiasredux.runner.Foo f) {
                check.received("a " + ((HostThing) f.thing()).value());
                return List.of(f.thing());
            }
        };
        dev.weft.conformance.bindings.resourcealiasredux.runner.ResourceAlias2 alias2 = (f, g) -> {
            check.received("b " + ((HostThing) f.thing()).value() + " " + ((HostThing) g.thing()).value());
            return List.of(f.thing(), g.thing());
        };
        dev.weft.conformance.bindings.resourcealiasredux.runner.TheTest theTest = things -> {
            check.received("test " + things.size());
            return things;
        };
        try (dev.weft.conformance.bindings.resourcealiasredux.runner.Runner r = dev.weft.conformance.bindings.resourcealiasredux.runner.Runner.builder().componentResource(ResourceAliasReduxRoundTrip.class, GuestCheck.component("resource_alias_redux", "runner"))
                .resourceAlias1(alias1).resourceAlias2(alias2).theTest(theTest).build()) {
            check.ok("runner run()", r::run);
        }
        check.receivedExactly(List.of("new Ni Hao", "a Ni Hao", "get Ni Hao", "drop Ni Hao", "new one", "new two", "b one two",
                "get one", "drop one", "get two", "drop two", "new x", "new ", "new 🚀", "test 3", "get x", "drop x", "get ",
                "drop ", "get 🚀", "drop 🚀"));
    }

    /** The runner's thing in Java: a string, with notes of gets and drops. */
    private record HostThing(String value, Checker check) implements dev.weft.conformance.bindings.resourcealiasredux.runner.Thing {
        @Override public String get() {
            check.received("get " + value);
            return value;
        }

        @Override public void close() { check.received("drop " + value); }
    }
}
