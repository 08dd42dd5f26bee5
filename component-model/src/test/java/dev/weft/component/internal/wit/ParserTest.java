package dev.weft.component.internal.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.component.wit.WitException;
import dev.weft.component.wit.WitFunction;
import dev.weft.component.wit.WitType;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static Ast.File parse(String text) { return Parser.parse(new Source("t.wit", text)); }

    private static WitException failure(String text) {
        return assertThrows(WitException.class, () -> parse(text));
    }

    private static Ast.Type aliasTarget(String type) {
        Ast.File f = parse("package a:b; interface i { type t = " + type + "; }");
        Ast.Interface i = (Ast.Interface) f.items().get(0);
        return ((Ast.AliasBody) ((Ast.TypeDecl) i.items().get(0)).body()).target();
    }

    @Test
    void packageDeclarationWithVersionAndNestedPackages() {
        Ast.File f = parse("/// docs\npackage a:b@1.2.3-rc.1;\ninterface i {}\npackage c:d { world w {} }");
        assertEquals("a", f.pkg().namespace());
        assertEquals("b", f.pkg().name());
        assertEquals("1.2.3-rc.1", f.pkg().version());
        assertEquals("docs", f.pkg().docs());
        assertEquals(1, f.items().size());
        assertEquals("c", f.nested().get(0).pkg().namespace());
        assertInstanceOf(Ast.World.class, f.nested().get(0).items().get(0));
    }

    @Test
    void allFourResultForms() {
        Ast.ResultOf both = (Ast.ResultOf) aliasTarget("result<u32, string>");
        assertInstanceOf(Ast.Primitive.class, both.ok());
        Ast.ResultOf errOnly = (Ast.ResultOf) aliasTarget("result<_, string>");
        assertNull(errOnly.ok());
        Ast.ResultOf okOnly = (Ast.ResultOf) aliasTarget("result<u8>");
        assertNull(okOnly.err());
        Ast.ResultOf bare = (Ast.ResultOf) aliasTarget("result");
        assertNull(bare.ok());
        assertNull(bare.err());
    }

    @Test
    void fixedLengthListsMapsHandlesAndAsyncTypes() {
        assertEquals(4, ((Ast.ListOf) aliasTarget("list<u8, 4>")).length());
        assertEquals(-1, ((Ast.ListOf) aliasTarget("list<u8>")).length());
        assertInstanceOf(Ast.MapOf.class, aliasTarget("map<string, list<u32>>"));
        assertEquals(true, ((Ast.Handle) aliasTarget("borrow<r>")).borrow());
        assertNull(((Ast.FutureOf) aliasTarget("future")).payload());
        assertInstanceOf(Ast.StreamOf.class, aliasTarget("stream<u8>"));
        assertEquals(WitType.Primitive.ERROR_CONTEXT, ((Ast.Primitive) aliasTarget("error-context")).type());
    }

    @Test
    void resourcesDeclareConstructorsMethodsAndAsyncStatics() {
        Ast.File f = parse("package a:b; interface i { resource r { constructor(x: u32); m: func(); "
                + "s: static async func() -> u8; } }");
        Ast.TypeDecl r = (Ast.TypeDecl) ((Ast.Interface) f.items().get(0)).items().get(0);
        var funcs = ((Ast.ResourceBody) r.body()).funcs();
        assertEquals(WitFunction.Kind.CONSTRUCTOR, funcs.get(0).kind());
        assertEquals(WitFunction.Kind.METHOD, funcs.get(1).kind());
        assertEquals(WitFunction.Kind.STATIC, funcs.get(2).kind());
        assertEquals(true, funcs.get(2).type().isAsync());
    }

    @Test
    void worldImportForms() {
        Ast.File f = parse("package a:b; world w { import f: func(); import x: interface { g: func(); } "
                + "import ns:pkg/iface@1.0.0; import label: ns:pkg/iface; import local; "
                + "include other with { a as b } }");
        var items = ((Ast.World) f.items().get(0)).items();
        assertInstanceOf(Ast.FuncExtern.class, ((Ast.ImportExport) items.get(0)).extern());
        assertInstanceOf(Ast.InlineInterface.class, ((Ast.ImportExport) items.get(1)).extern());
        Ast.ImportExport foreign = (Ast.ImportExport) items.get(2);
        assertNull(foreign.label());
        Ast.ForeignPath path = (Ast.ForeignPath) ((Ast.PathExtern) foreign.extern()).path();
        assertEquals("ns:pkg", path.packageName());
        assertEquals("1.0.0", path.version());
        Ast.ImportExport labelled = (Ast.ImportExport) items.get(3);
        assertEquals("label", labelled.label().name());
        assertInstanceOf(Ast.ForeignPath.class, ((Ast.PathExtern) labelled.extern()).path());
        assertInstanceOf(Ast.LocalPath.class, ((Ast.PathExtern) ((Ast.ImportExport) items.get(4)).extern()).path());
        assertEquals("b", ((Ast.Include) items.get(5)).with().get(0).as().name());
    }

    @Test
    void aPackageNameWithoutSpacesIsNeverALabel() {
        assertEquals("expected '/', found ';'", failure("package a:b; world w { import a:b; }").reason());
        Ast.File f = parse("package a:b; world w { import a: b; }");
        Ast.ImportExport ie = (Ast.ImportExport) ((Ast.World) f.items().get(0)).items().get(0);
        assertEquals("a", ie.label().name());
    }

    @Test
    void gatesAreRecordedOnItems() {
        Ast.File f = parse("package a:b@1.0.0; @since(version = 1.0.0) @deprecated(version = 1.0.0) interface i {"
                + " @unstable(feature = fancy) f: func(); }");
        Ast.Interface i = (Ast.Interface) f.items().get(0);
        assertEquals("1.0.0", i.gate().since());
        assertEquals("1.0.0", i.gate().deprecated());
        assertEquals("fancy", ((Ast.FuncDecl) i.items().get(0)).gate().feature());
    }

    @Test
    void errorsNameLineColumnAndWhatWasExpected() {
        WitException e = failure("package a:b;\ninterface i {\n  type a = list<u32,>\n}");
        assertEquals(3, e.line());
        assertEquals(21, e.column());
        assertEquals("expected fixed-length, found '>'", e.reason());
        WitException kw = failure("package a:b;\ninterface i { type option = u32; }");
        assertEquals("expected an identifier or string, found keyword `option`", kw.reason());
        WitException since = failure("package a:b;\n@since(feature = x)\ninterface i {}");
        assertEquals("expected `version`, found `feature`", since.reason());
        assertEquals(2, since.line());
        assertEquals(8, since.column());
    }

    @Test
    void namesMustBeKebabCase() {
        failure("package a:b; interface Foo-bar {}");
        failure("package a:b; interface a--b {}");
        failure("package a:b; interface 1a {}");
        parse("package a:b; interface HTTP-client2 { x: func(); }");
    }

    @Test
    void aSecondMainDeclarationOrDeepNestingIsRefused() {
        assertEquals("expected '{', found ';'", failure("package a:b;\ninterface i {}\npackage c:d;").reason());
        failure("package a:b { package c:d {} }");
        failure("package a:b; interface i { type t = " + "list<".repeat(200) + "u8" + ">".repeat(200) + "; }");
    }
}
