package dev.weft.component.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolveTest {
    private static Resolve resolve(String text) { return Wit.parseString(text, "t.wit"); }

    private static WitException failure(String text) {
        return assertThrows(WitException.class, () -> resolve(text));
    }

    @Test
    void useBringsTheSameDefinitionUnderAnAlias() {
        Resolve r = resolve("package a:b; interface types { record point { x: u32, y: u32 } }\n"
                + "interface api { use types.{point as p}; get: func() -> p; }");
        WitInterface types = r.mainPackage().interfaces().get("types");
        WitInterface api = r.mainPackage().interfaces().get("api");
        TypeDef alias = api.types().get("p");
        assertSame(types.types().get("point"), alias.unaliased());
        WitFunction get = api.functions().get("get");
        assertEquals(new WitType.Ref(alias), get.result());
        assertInstanceOf(TypeDef.Record.class, alias.unaliased().kind());
    }

    @Test
    void typesMayBeUsedBeforeTheirDefinition() {
        Resolve r = resolve("package a:b; interface i { type a = list<b>; enum b { x, y } }");
        TypeDef a = r.mainPackage().interfaces().get("i").types().get("a");
        WitType.ListType list = (WitType.ListType) ((TypeDef.Alias) a.kind()).target();
        assertEquals(List.of("x", "y"), ((TypeDef.Enum) ((WitType.Ref) list.element()).def().kind()).cases());
    }

    @Test
    void resourceFunctionsAreDesugared() {
        Resolve r = resolve("package a:b; interface i { resource blob { constructor(init: list<u8>);"
                + " read: func(n: u32) -> list<u8>; merge: static func(a: borrow<blob>, b: borrow<blob>) -> blob; } }");
        WitInterface i = r.mainPackage().interfaces().get("i");
        TypeDef blob = i.types().get("blob");
        assertTrue(blob.isResource());
        assertEquals(List.of("[constructor]blob", "[method]blob.read", "[static]blob.merge"),
                List.copyOf(i.functions().keySet()));
        WitFunction read = i.functions().get("[method]blob.read");
        assertEquals(new WitFunction.Param("self", new WitType.HandleType(blob, true)), read.params().get(0));
        assertEquals("read", read.itemName());
        assertEquals(new WitType.Ref(blob), i.functions().get("[constructor]blob").result());
    }

    @Test
    void worldsImportWhatTheirExportsDependOn() {
        Resolve r = resolve("package a:b; interface base { type t = u32; } interface mid { use base.{t}; }\n"
                + "interface top { use mid.{t}; f: func() -> t; } world w { export top; }");
        WitWorld w = r.selectWorld(null);
        WitPackage p = r.mainPackage();
        assertEquals(List.of(new WorldKey.Interface(p.interfaces().get("base")), new WorldKey.Interface(p.interfaces().get("mid"))),
                List.copyOf(w.imports().keySet()));
        assertEquals(List.of(new WorldKey.Interface(p.interfaces().get("top"))), List.copyOf(w.exports().keySet()));
        assertEquals("a:b/top", w.exports().keySet().iterator().next().externalName());
    }

    @Test
    void worldImportsListInterfacesThenTypesThenFunctions() {
        Resolve r = resolve("package a:b; interface i { type u = u8; }\n"
                + "world w { import f: func() -> t; type t = u32; import i; use i.{u}; export g: func(); }");
        assertEquals(List.of("a:b/i", "t", "u", "f"),
                r.selectWorld("w").imports().keySet().stream().map(WorldKey::externalName).toList());
    }

    @Test
    void anExportMayNotReachAnExportThroughAnImport() {
        WitException e = failure("package a:b; interface i1 { type t = u32; } interface i2 { use i1.{t}; }\n"
                + "interface i3 { use i2.{t}; } world test { export i1; export i3; }");
        assertEquals("interface `a:b/i3` transitively depends on an interface in incompatible ways", e.reason());
        assertEquals(2, e.line());
        assertEquals(36, e.column());
    }

    @Test
    void includeMergesWithRenamesAndRefusesShadowing() {
        Resolve r = resolve("package a:b; world a { import f: func(); resource r { constructor(); } }\n"
                + "world b { include a with { f as g, r as s } }");
        WitWorld b = r.mainPackage().worlds().get("b");
        assertTrue(b.imports().containsKey(new WorldKey.Name("g")));
        assertTrue(b.imports().containsKey(new WorldKey.Name("[constructor]s")));
        TypeDef s = ((WorldItem.TypeItem) b.imports().get(new WorldKey.Name("s"))).type();
        assertEquals(new WitType.Ref(s),
                ((WorldItem.FunctionItem) b.imports().get(new WorldKey.Name("[constructor]s"))).function().result());
        WitException e = failure("package a:b; world a { import x: func(); } world c { import x: func(); }\n"
                + "world b { include a; include c; }");
        assertEquals("import of `x` shadows previously imported items", e.reason());
    }

    @Test
    void unstableItemsVanishUnlessTheirFeatureIsEnabled() {
        String src = "package a:b; interface i { @unstable(feature = fancy) f: func(); g: func(); }";
        assertEquals(List.of("g"), List.copyOf(resolve(src).mainPackage().interfaces().get("i").functions().keySet()));
        Resolve on = Wit.parser().withFeatures("fancy").string(src, "t.wit");
        assertEquals(List.of("f", "g"), List.copyOf(on.mainPackage().interfaces().get("i").functions().keySet()));
        WitFunction f = on.mainPackage().interfaces().get("i").functions().get("f");
        assertEquals("fancy", f.stability().feature());
        assertEquals(2, Wit.parser().withAllFeatures().string(src, "t.wit").mainPackage().interfaces().get("i")
                .functions().size());
    }

    @Test
    void referencesToGatedOutItemsAreErrors() {
        WitException e = failure("package a:b; interface i {\n @unstable(feature = off) type g = u32;\n type t = g; }");
        assertEquals("found a reference to a type which is excluded due to its feature not being activated", e.reason());
        assertEquals(3, e.line());
    }

    @Test
    void sinceMayNotNameAFutureVersion() {
        WitException e = failure("package a:b@0.1.0; @since(version = 0.2.0) interface i {}");
        assertTrue(e.reason().startsWith("feature gate cannot reference unreleased version 0.2.0"), e.reason());
        Resolve ok = resolve("package a:b@0.2.0; @since(version = 0.2.0) @deprecated(version = 0.2.0) interface i {}");
        Stability s = ok.mainPackage().interfaces().get("i").stability();
        assertEquals("0.2.0", s.since());
        assertEquals("0.2.0", s.deprecated());
    }

    @Test
    void nameErrorsArePositioned() {
        WitException missing = failure("package a:b;\ninterface i {\n  type foo = bar;\n}");
        assertEquals("type `bar` does not exist", missing.reason());
        assertEquals("t.wit", missing.file());
        assertEquals(3, missing.line());
        assertEquals(14, missing.column());
        assertEquals("type `a` depends on itself", failure("package a:b; interface i { type a = list<a>; }").reason());
        assertEquals("name `x` is defined more than once",
                failure("package a:b; interface i { type x = u8; x: func(); }").reason());
        assertEquals("interface or world `a` depends on itself",
                failure("package a:b; interface a { use b.{t}; type u = u8; } interface b { use a.{u}; type t = u8; }").reason());
        assertEquals("type `t` used in a handle must be a resource",
                failure("package a:b; interface i { type t = u8; type h = borrow<t>; }").reason());
        assertTrue(failure("package a:b; interface i { resource r; f: func() -> borrow<r>; }").reason()
                .contains("borrow<T>"));
    }

    @Test
    void packagesAreOrderedByDependencyAndCyclesRefused() {
        Resolve r = resolve("package a:main; interface i { use x:dep/j@1.0.0.{t}; }\n"
                + "package x:dep@1.0.0 { interface j { type t = u8; } }");
        assertEquals(List.of("x:dep@1.0.0", "a:main"), r.packages().stream().map(p -> p.name().toString()).toList());
        assertEquals("a:main", r.mainPackage().name().toString());
        WitException cycle = failure("package a:main; package x:a { interface i { use x:b/i.{}; } }\n"
                + "package x:b { interface i { use x:a/i.{}; } }");
        assertTrue(cycle.reason().endsWith("creates a dependency cycle"), cycle.reason());
        WitException unknown = failure("package a:b; world w { import some:dep/iface; }");
        assertTrue(unknown.reason().startsWith("package 'some:dep' not found"), unknown.reason());
    }

    @Test
    void selectWorldByNameByQualifiedNameOrTheOnlyOne() {
        Resolve r = resolve("package a:b@1.0.0; world one {} world two {}\npackage c:d { world w {} }");
        assertEquals("two", r.selectWorld("two").name());
        assertEquals("w", r.selectWorld("c:d/w").name());
        assertEquals("one", r.selectWorld("a:b/one@1.0.0").name());
        assertThrows(WitException.class, () -> r.selectWorld(null));
        assertThrows(WitException.class, () -> r.selectWorld("three"));
    }

    @Test
    void labelledImportsOfAnInterfaceAreSeparateNamedItems() {
        Resolve r = resolve("package a:b; interface store { get: func(k: string) -> option<string>; }\n"
                + "world w { @external-id(\"//One\") import one: store; import two: store; export main: store; }");
        WitWorld w = r.selectWorld("w");
        WitInterface store = r.mainPackage().interfaces().get("store");
        assertSame(store, ((WorldItem.InterfaceItem) w.imports().get(new WorldKey.Name("one"))).iface());
        assertSame(store, ((WorldItem.InterfaceItem) w.imports().get(new WorldKey.Name("two"))).iface());
        assertSame(store, ((WorldItem.InterfaceItem) w.exports().get(new WorldKey.Name("main"))).iface());
        assertEquals("import `one` conflicts with prior interface of same name",
                failure("package a:b; interface s {} world w { import one: s; import one: s; }").reason());
    }

    @Test
    void asyncFunctionsAndConcurrencyTypes() {
        Resolve r = resolve("package a:b; interface i { resource r { read: async func() -> stream<u8>; }\n"
                + "f: async func(x: future<list<u8, 4>>) -> result<error-context>; g: func() -> map<string, u32>; }");
        WitInterface i = r.mainPackage().interfaces().get("i");
        WitFunction f = i.functions().get("f");
        assertTrue(f.isAsync());
        assertEquals(new WitType.FutureType(new WitType.ListType(WitType.Primitive.U8, 4)), f.params().get(0).type());
        assertEquals(new WitType.ResultType(WitType.Primitive.ERROR_CONTEXT, null), f.result());
        assertTrue(i.functions().get("[method]r.read").isAsync());
        assertEquals(new WitType.MapType(WitType.Primitive.STRING, WitType.Primitive.U32), i.functions().get("g").result());
        assertEquals("invalid map key type: map keys must be bool, u8, u16, u32, u64, s8, s16, s32, s64, char, or string",
                failure("package a:b; interface i { type m = map<f32, u8>; }").reason());
    }

    @Test
    void topLevelUseRenamesAForeignInterfaceForOneFile() {
        Resolve r = resolve("package a:main;\nuse x:dep/types as t;\nworld w { import t; }\n"
                + "package x:dep { interface types { record point { x: s32 } } }");
        WitInterface types = r.findPackage("x:dep").interfaces().get("types");
        assertEquals(List.of(new WorldKey.Interface(types)), List.copyOf(r.selectWorld("w").imports().keySet()));
        assertEquals("x:dep/types", types.qualifiedName());
    }

    @Test
    void docsAreKept() {
        Resolve r = resolve("/// The package.\npackage a:b;\n/// An interface.\ninterface i {\n"
                + "  /// A record.\n  record r {\n    /// A field.\n    x: u8,\n  }\n  /** A function. */\n  f: func();\n}");
        WitInterface i = r.mainPackage().interfaces().get("i");
        assertEquals("The package.", r.mainPackage().docs());
        assertEquals("An interface.", i.docs());
        assertEquals("A record.", i.types().get("r").docs());
        assertEquals("A field.", ((TypeDef.Record) i.types().get("r").kind()).fields().get(0).docs());
        assertEquals("A function.", i.functions().get("f").docs());
        assertNull(i.functions().get("f").resource());
        assertFalse(i.functions().get("f").isAsync());
    }
}
