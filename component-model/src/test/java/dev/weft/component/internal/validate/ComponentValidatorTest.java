package dev.weft.component.internal.validate;

import static dev.weft.component.internal.model.ComponentBytes.b;
import static dev.weft.component.internal.model.ComponentBytes.cat;
import static dev.weft.component.internal.model.ComponentBytes.coreModuleExportingFunc;
import static dev.weft.component.internal.model.ComponentBytes.externName;
import static dev.weft.component.internal.model.ComponentBytes.funcType;
import static dev.weft.component.internal.model.ComponentBytes.name;
import static dev.weft.component.internal.model.ComponentBytes.params;
import static dev.weft.component.internal.model.ComponentBytes.vec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.internal.binary.ComponentDecoder;
import dev.weft.component.internal.model.ComponentBytes;
import dev.weft.engine.Engine;
import dev.weft.engine.FuncType;
import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.ValueType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentValidatorTest {
    private static final Engine ENGINE = Engine.create();
    private static final byte U32 = 0x79, STRING = 0x73;

    private static ValidatedComponent validate(ComponentBytes c) {
        return ComponentValidator.validate(ENGINE, ComponentDecoder.decode(c.bytes()));
    }

    private static void invalid(ComponentBytes c, String expected) {
        InvalidModuleException e = assertThrows(InvalidModuleException.class, () -> validate(c));
        assertTrue(e.reason().contains(expected), "reason \"" + e.reason() + "\" should contain \"" + expected + "\"");
    }

    /** A component whose core instance 0 exports "f" of type [i32 x params] -> [i32 x results], aliased as core func 0. */
    private static ComponentBytes withCoreFunc(int params, int results) {
        return ComponentBytes.component()
                .section(ComponentBytes.CORE_MODULE, coreModuleExportingFunc(params, results))
                .vecSection(ComponentBytes.CORE_INSTANCE, b(0x00, 0, 0))
                .vecSection(ComponentBytes.ALIAS, cat(b(0x00, 0x00, 0x01, 0), name("f")));
    }

    @Test
    void liftedFunctionGetsItsComponentTypeAndIsExported() {
        ValidatedComponent v = validate(withCoreFunc(1, 1)
                .vecSection(ComponentBytes.TYPE, funcType(params("x", b(U32)), b(U32)))
                .vecSection(ComponentBytes.CANON, b(0x00, 0x00, 0, 0, 0))
                .vecSection(ComponentBytes.EXPORT, cat(externName("f"), b(0x01, 0, 0x00))));
        FuncSig sig = new FuncSig(false, List.of(new FuncSig.Param("x", Type.Primitive.U32)), Type.Primitive.U32);
        assertEquals(List.of(sig, sig), v.funcs(), "the lifted func and the export's new index");
        assertEquals(Map.of("f", new ExternT.Func(sig)), v.type().exports());
        assertEquals(FuncType.of(List.of(ValueType.I32), List.of(ValueType.I32)), v.coreFuncs().get(0));
        assertTrue(v.coreModules().get(0) != null, "embedded modules are compiled");
    }

    @Test
    void liftedCalleeMustHaveTheFlattenedSignature() {
        invalid(withCoreFunc(0, 1)
                .vecSection(ComponentBytes.TYPE, funcType(params("x", b(U32)), b(U32)))
                .vecSection(ComponentBytes.CANON, b(0x00, 0x00, 0, 0, 0)),
                "lowered parameter types `[I32]` do not match parameter types `[]`");
    }

    @Test
    void stringsNeedMemoryAndRealloc() {
        invalid(withCoreFunc(2, 0)
                .vecSection(ComponentBytes.TYPE, funcType(params("s", b(STRING)), null))
                .vecSection(ComponentBytes.CANON, b(0x00, 0x00, 0, 0, 0)),
                "canonical option `memory` is required");
        ValidatedComponent v = validate(ComponentBytes.component()
                .section(ComponentBytes.CORE_MODULE, ComponentBytes.coreModuleWithMemoryAndRealloc())
                .vecSection(ComponentBytes.CORE_INSTANCE, b(0x00, 0, 0))
                .vecSection(ComponentBytes.ALIAS, cat(b(0x00, 0x02, 0x01, 0), name("mem")),
                        cat(b(0x00, 0x00, 0x01, 0), name("realloc")))
                .vecSection(ComponentBytes.TYPE, funcType(params("s", b(STRING)), null))
                .vecSection(ComponentBytes.IMPORT, cat(externName("log"), b(0x01, 0)))
                .vecSection(ComponentBytes.CANON, b(0x01, 0x00, 0, 3, 0x03, 0, 0x04, 0, 0x01)));
        assertEquals(FuncType.of(List.of(ValueType.I32, ValueType.I32), List.of()), v.coreFuncs().get(1));
        invalid(ComponentBytes.component()
                .vecSection(ComponentBytes.TYPE, b(0x40, 0, 1, 0))
                .vecSection(ComponentBytes.IMPORT, cat(externName("f"), b(0x01, 0)))
                .vecSection(ComponentBytes.CANON, b(0x01, 0x00, 0, 2, 0x00, 0x01)),
                "canonical encoding option `utf8` conflicts with option `utf16`");
    }

    @Test
    void indicesAreBoundsChecked() {
        invalid(ComponentBytes.component().vecSection(ComponentBytes.EXPORT, cat(externName("f"), b(0x01, 0, 0x00))),
                "function index out of bounds");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x70, 5)), "type index out of bounds");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.CORE_INSTANCE, b(0x00, 0, 0)), "unknown module 0");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x73))
                .vecSection(ComponentBytes.ALIAS, b(0x03, 0x02, 1, 0)), "invalid outer alias count of 1");
    }

    @Test
    void valueTypeRules() {
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x72, 0)), "record type must have at least one field");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, cat(b(0x72, 2), name("a"), b(U32), name("A"), b(U32))),
                "record field name `A` conflicts with previous field name `a`");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, cat(b(0x6d, 1), name("NotKebab"))),
                "enum tag name `NotKebab` is not in kebab case");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x73), b(0x69, 0)), "type index 0 is not a resource type");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x67, 0x7d, 0)), "more than zero elements");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, cat(b(0x67, 0x7d), ComponentBytes.u32(1L << 28))),
                "exceeds maximum byte size");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x3f, 0x7f, 0), b(0x68, 0),
                funcType(params(), b(1))), "function result cannot contain a `borrow` type");
    }

    @Test
    void resourcesAreDefinedLocallyWithTheirBuiltins() {
        ValidatedComponent v = validate(ComponentBytes.component()
                .vecSection(ComponentBytes.TYPE, b(0x3f, 0x7f, 0))
                .vecSection(ComponentBytes.CANON, b(0x02, 0), b(0x03, 0), b(0x04, 0))
                .vecSection(ComponentBytes.EXPORT, cat(externName("r"), b(0x03, 0, 0x00))));
        assertEquals(1, v.definedResources().size());
        ResourceType r = v.definedResources().keySet().iterator().next();
        assertEquals(new CType.Resource(r), v.types().get(0));
        assertSame(r, ((CType.Resource) v.types().get(1)).resource(), "the export re-exposes the same resource");
        assertEquals(FuncType.of(List.of(ValueType.I32), List.of(ValueType.I32)), v.coreFuncs().get(0));
        assertEquals(FuncType.of(List.of(ValueType.I32), List.of()), v.coreFuncs().get(1));
        assertEquals(List.of(r), v.type().exportedResources(), "exported resources are abstract to users");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x41, 1, 0x01, 0x3f, 0x7f, 0)),
                "resources can only be defined within a concrete component");
        invalid(withCoreFunc(1, 1).vecSection(ComponentBytes.TYPE, b(0x3f, 0x7f, 1, 0)), "wrong signature for a destructor");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.IMPORT, cat(externName("r"), b(0x03, 0x01)))
                .vecSection(ComponentBytes.CANON, b(0x02, 0)), "not a local resource");
    }

    @Test
    void valueDefinitionsMatchTheirTypesAndAreUsedOnce() {
        byte[] exportValue = cat(externName("v"), b(0x02, 0, 0x00));
        validate(ComponentBytes.component().vecSection(ComponentBytes.VALUE, b(U32, 1, 42))
                .vecSection(ComponentBytes.EXPORT, exportValue));
        validate(ComponentBytes.component().vecSection(ComponentBytes.VALUE, cat(b(STRING, 4), name("abc")))
                .vecSection(ComponentBytes.EXPORT, exportValue));
        invalid(ComponentBytes.component().vecSection(ComponentBytes.VALUE, b(U32, 1, 42)), "value index 0 was not used");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.VALUE, b(0x7f, 1, 2))
                .vecSection(ComponentBytes.EXPORT, exportValue), "invalid boolean value");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.VALUE, b(U32, 2, 42, 0))
                .vecSection(ComponentBytes.EXPORT, exportValue), "value bytes do not match");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.VALUE, b(U32, 1, 42))
                .vecSection(ComponentBytes.EXPORT, exportValue, cat(externName("w"), b(0x02, 0, 0x00))),
                "cannot use value index 0 more than once");
    }

    @Test
    void eachUseOfAnInstanceTypeGetsFreshResources() {
        ValidatedComponent v = validate(ComponentBytes.component()
                .vecSection(ComponentBytes.TYPE, cat(b(0x42, 1, 0x04), externName("r"), b(0x03, 0x01)))
                .vecSection(ComponentBytes.IMPORT, cat(externName("a"), b(0x05, 0)), cat(externName("b"), b(0x05, 0))));
        ResourceType a = ((CType.Resource) ((ExternT.TypeOf) v.instances().get(0).exports().get("r")).type()).resource();
        ResourceType bRes = ((CType.Resource) ((ExternT.TypeOf) v.instances().get(1).exports().get("r")).type()).resource();
        assertNotSame(a, bRes);
        assertEquals(List.of(a, bRes), v.type().importedResources());
        // the instance type itself keeps its own abstract resource
        InstanceSig declared = ((CType.Instance) v.types().get(0)).sig();
        assertEquals(1, declared.abstractResources().size());
    }

    @Test
    void moduleTypedImportsAreMatchedByModules() {
        byte[] moduleType = cat(b(0x50, 2, 0x01, 0x60, 0, 0, 0x00), name(""), name("f"), b(0x00, 0));
        byte[] wantsModule = ComponentBytes.component().vecSection(ComponentBytes.CORE_TYPE, moduleType)
                .vecSection(ComponentBytes.IMPORT, cat(externName("m"), b(0x00, 0x11, 0))).bytes();
        byte[] importsFunc = cat(b(0, 'a', 's', 'm', 1, 0, 0, 0), b(0x01, 4, 1, 0x60, 0, 0),
                cat(b(0x02), ComponentBytes.u32(6), b(1), name(""), name("f"), b(0x00, 0)));
        byte[] importsGlobal = cat(b(0, 'a', 's', 'm', 1, 0, 0, 0),
                cat(b(0x02), ComponentBytes.u32(7), b(1), name(""), name("f"), b(0x03, 0x7f, 0)));
        validate(ComponentBytes.component().section(ComponentBytes.CORE_MODULE, importsFunc)
                .section(ComponentBytes.COMPONENT, wantsModule)
                .vecSection(ComponentBytes.INSTANCE, cat(b(0x00, 0), vec(cat(name("m"), b(0x00, 0x11, 0))))));
        invalid(ComponentBytes.component().section(ComponentBytes.CORE_MODULE, importsGlobal)
                .section(ComponentBytes.COMPONENT, wantsModule)
                .vecSection(ComponentBytes.INSTANCE, cat(b(0x00, 0), vec(cat(name("m"), b(0x00, 0x11, 0))))),
                "type mismatch in import `::f`");
    }

    @Test
    void startFunctionsTakeValuesAndProduceResults() {
        ComponentBytes c = withCoreFunc(1, 1)
                .vecSection(ComponentBytes.TYPE, funcType(params("x", b(U32)), b(U32)))
                .vecSection(ComponentBytes.CANON, b(0x00, 0x00, 0, 0, 0))
                .vecSection(ComponentBytes.VALUE, b(U32, 1, 7));
        validate(c.section(ComponentBytes.START, b(0, 1, 0, 1))
                .vecSection(ComponentBytes.EXPORT, cat(externName("out"), b(0x02, 1, 0x00))));
        invalid(withCoreFunc(1, 1)
                .vecSection(ComponentBytes.TYPE, funcType(params("x", b(U32)), b(U32)))
                .vecSection(ComponentBytes.CANON, b(0x00, 0x00, 0, 0, 0))
                .section(ComponentBytes.START, b(0, 0, 1)), "requires 1 arguments");
    }

    @Test
    void exportsMayBeAscribedASupertype() {
        validate(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x3f, 0x7f, 0))
                .vecSection(ComponentBytes.EXPORT, cat(externName("r"), b(0x03, 0, 0x01, 0x03, 0x01))));
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x73))
                .vecSection(ComponentBytes.EXPORT, cat(externName("r"), b(0x03, 0, 0x01, 0x03, 0x01))),
                "expected resource, found defined type");
        invalid(withCoreFunc(0, 0)
                .vecSection(ComponentBytes.TYPE, funcType(params(), null), funcType(params("x", b(U32)), null))
                .vecSection(ComponentBytes.CANON, b(0x00, 0x00, 0, 0, 0))
                .vecSection(ComponentBytes.EXPORT, cat(externName("f"), b(0x01, 0, 0x01, 0x01, 1))),
                "ascribed type of export is not compatible");
    }

    @Test
    void instantiationChecksArgumentsAndResourceIdentity() {
        // component $eq imports resource "a" and "b" (eq a); instantiated with two different resources
        byte[] eq = ComponentBytes.component().vecSection(ComponentBytes.IMPORT,
                cat(externName("a"), b(0x03, 0x01)), cat(externName("b"), b(0x03, 0x00, 0))).bytes();
        ComponentBytes base = ComponentBytes.component()
                .vecSection(ComponentBytes.IMPORT, cat(externName("t1"), b(0x03, 0x01)), cat(externName("t2"), b(0x03, 0x01)))
                .section(ComponentBytes.COMPONENT, eq);
        invalid(base.vecSection(ComponentBytes.INSTANCE, cat(b(0x00, 0), vec(cat(name("a"), b(0x03, 0)), cat(name("b"), b(0x03, 1))))),
                "resource types are not the same");
        ComponentBytes same = ComponentBytes.component()
                .vecSection(ComponentBytes.IMPORT, cat(externName("t1"), b(0x03, 0x01)))
                .section(ComponentBytes.COMPONENT, eq)
                .vecSection(ComponentBytes.INSTANCE, cat(b(0x00, 0), vec(cat(name("a"), b(0x03, 0)), cat(name("b"), b(0x03, 0)))));
        validate(same);
        invalid(ComponentBytes.component().section(ComponentBytes.COMPONENT, eq)
                .vecSection(ComponentBytes.INSTANCE, b(0x00, 0, 0)), "missing import named `a`");
        // a func import given a component
        byte[] wantsFunc = ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x40, 0, 1, 0))
                .vecSection(ComponentBytes.IMPORT, cat(externName("a"), b(0x01, 0))).bytes();
        invalid(ComponentBytes.component().section(ComponentBytes.COMPONENT, wantsFunc)
                .section(ComponentBytes.COMPONENT, ComponentBytes.preamble())
                .vecSection(ComponentBytes.INSTANCE, cat(b(0x00, 0), vec(cat(name("a"), b(0x04, 1))))),
                "expected func, found component");
    }

    @Test
    void instantiatedExportsHaveTheSuppliedResources() {
        // component C imports resource "x" and exports it as "y"; instantiated with local resource R
        byte[] c = ComponentBytes.component().vecSection(ComponentBytes.IMPORT, cat(externName("x"), b(0x03, 0x01)))
                .vecSection(ComponentBytes.EXPORT, cat(externName("y"), b(0x03, 0, 0x00))).bytes();
        ValidatedComponent v = validate(ComponentBytes.component()
                .vecSection(ComponentBytes.TYPE, b(0x3f, 0x7f, 0))
                .section(ComponentBytes.COMPONENT, c)
                .vecSection(ComponentBytes.INSTANCE, cat(b(0x00, 0), vec(cat(name("x"), b(0x03, 0)))))
                .vecSection(ComponentBytes.ALIAS, cat(b(0x03, 0x00, 0), name("y")))
                .vecSection(ComponentBytes.CANON, b(0x04, 1)));
        assertSame(((CType.Resource) v.types().get(0)).resource(), ((CType.Resource) v.types().get(1)).resource());
        ValidatedComponent nested = v.nested().get(0);
        assertEquals(1, nested.type().importedResources().size());
    }

    @Test
    void namesMustBeKebabCaseAndStronglyUnique() {
        byte[] func = b(0x40, 0, 1, 0);
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, func)
                .vecSection(ComponentBytes.IMPORT, cat(externName("aBc"), b(0x01, 0))), "`aBc` is not in kebab case");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, func)
                .vecSection(ComponentBytes.IMPORT, cat(externName("a"), b(0x01, 0)), cat(externName("A"), b(0x01, 0))),
                "import name `A` conflicts with previous name `a`");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, func)
                .vecSection(ComponentBytes.IMPORT, cat(externName("a"), b(0x01, 0)), cat(externName("[method]a.a"), b(0x01, 0))),
                "conflicts with previous name `a`");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, func)
                .vecSection(ComponentBytes.IMPORT, cat(externName("a:b/c@1.x"), b(0x01, 0))), "unexpected character 'x'");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, func)
                .vecSection(ComponentBytes.IMPORT, cat(externName("A:b/c"), b(0x01, 0))), "is not a valid extern name");
        validate(ComponentBytes.component().vecSection(ComponentBytes.TYPE, func)
                .vecSection(ComponentBytes.IMPORT, cat(externName("wasi:http/types@0.2.1-rc+b"), b(0x01, 0)),
                        cat(externName("foo-BAR"), b(0x01, 0)), cat(externName("x:y/z@0.2"), b(0x01, 0))));
    }

    @Test
    void annotatedNamesConstrainFunctionTypes() {
        // import "a" (sub resource); "[constructor]a" must return (own a); "[method]a.m" takes (borrow a) "self"
        ComponentBytes ok = ComponentBytes.component()
                .vecSection(ComponentBytes.IMPORT, cat(externName("a"), b(0x03, 0x01)))
                .vecSection(ComponentBytes.TYPE, b(0x69, 0), b(0x68, 0), funcType(params(), b(1)),
                        funcType(params("self", b(2)), null))
                .vecSection(ComponentBytes.IMPORT, cat(externName("[constructor]a"), b(0x01, 3)),
                        cat(externName("[method]a.m"), b(0x01, 4)), cat(externName("[static]a.s"), b(0x01, 4)));
        validate(ok);
        invalid(ComponentBytes.component()
                .vecSection(ComponentBytes.IMPORT, cat(externName("a"), b(0x03, 0x01)))
                .vecSection(ComponentBytes.TYPE, b(0x69, 0), b(0x68, 0), funcType(params(), b(U32)))
                .vecSection(ComponentBytes.IMPORT, cat(externName("[constructor]a"), b(0x01, 3))),
                "function should return `(own $T)` or `(result (own $T))`");
        invalid(ComponentBytes.component()
                .vecSection(ComponentBytes.IMPORT, cat(externName("a"), b(0x03, 0x01)))
                .vecSection(ComponentBytes.TYPE, b(0x69, 0), b(0x68, 0), funcType(params("x", b(2)), null))
                .vecSection(ComponentBytes.IMPORT, cat(externName("[method]a.m"), b(0x01, 3))),
                "function should have a first argument called `self`");
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x40, 0, 1, 0))
                .vecSection(ComponentBytes.IMPORT, cat(externName("[static]a.b"), b(0x01, 0))),
                "static resource name is not known in this context");
    }

    @Test
    void exportsMayOnlyMentionNamedTypes() {
        ComponentBytes base = withCoreFunc(0, 1)
                .vecSection(ComponentBytes.TYPE, cat(b(0x6d, 1), name("a")), funcType(params(), b(0)))
                .vecSection(ComponentBytes.CANON, b(0x00, 0x00, 0, 0, 1));
        invalid(base.vecSection(ComponentBytes.EXPORT, cat(externName("f"), b(0x01, 0, 0x00))),
                "func not valid to be used as export");
        ComponentBytes named = withCoreFunc(0, 1)
                .vecSection(ComponentBytes.TYPE, cat(b(0x6d, 1), name("a")))
                .vecSection(ComponentBytes.EXPORT, cat(externName("e"), b(0x03, 0, 0x00)))
                .vecSection(ComponentBytes.TYPE, funcType(params(), b(1)))
                .vecSection(ComponentBytes.CANON, b(0x00, 0x00, 0, 0, 2))
                .vecSection(ComponentBytes.EXPORT, cat(externName("f"), b(0x01, 0, 0x00)));
        validate(named);
    }

    @Test
    void outerAliasesMayNotCarryResourcesIntoNestedComponents() {
        byte[] nested = ComponentBytes.component().vecSection(ComponentBytes.ALIAS, b(0x03, 0x02, 1, 0)).bytes();
        invalid(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x3f, 0x7f, 0))
                .section(ComponentBytes.COMPONENT, nested), "transitively refers to resources");
        validate(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x73))
                .section(ComponentBytes.COMPONENT, nested));
    }

    @Test
    void coreInstantiationChecksImports() {
        // module importing "" "f" (func); instantiated without args, then with an instance exporting a wrong type
        byte[] importer = cat(b(0, 'a', 's', 'm', 1, 0, 0, 0), b(0x01, 4, 1, 0x60, 0, 0),
                cat(b(0x02), ComponentBytes.u32(6), b(1), name(""), name("f"), b(0x00, 0)));
        invalid(ComponentBytes.component().section(ComponentBytes.CORE_MODULE, importer)
                .vecSection(ComponentBytes.CORE_INSTANCE, b(0x00, 0, 0)), "missing module instantiation argument");
        invalid(withCoreFunc(1, 0).section(ComponentBytes.CORE_MODULE, importer)
                .vecSection(ComponentBytes.CORE_INSTANCE, cat(b(0x00, 1), vec(cat(name(""), b(0x12, 0))))),
                "expected: (func), found: (func (param i32))");
    }

    @Test
    void substitutionReplacesPlaceholderResources() {
        ResourceType placeholder = ResourceType.host("r");
        ResourceType real = ResourceType.host("r");
        FuncSig sig = new FuncSig(false, List.of(new FuncSig.Param("x", new Type.Borrow(placeholder))),
                new Type.ListType(new Type.Own(placeholder), -1));
        FuncSig out = new ResourceSubstitution(Map.of(placeholder, real)).apply(sig);
        assertSame(real, ((Type.Borrow) out.params().get(0).type()).resource());
        assertSame(real, ((Type.Own) ((Type.ListType) out.result()).element()).resource());
        InstanceSig inst = new InstanceSig(Map.of("r", new ExternT.TypeOf(new CType.Resource(placeholder))), List.of(placeholder));
        List<ResourceType> fresh = new java.util.ArrayList<>();
        InstanceSig used = ResourceSubstitution.freshen(inst, fresh);
        ResourceType f = ((CType.Resource) ((ExternT.TypeOf) used.exports().get("r")).type()).resource();
        assertNotSame(placeholder, f);
        assertEquals(List.of(f), fresh);
        assertInstanceOf(ExternT.TypeOf.class, used.exports().get("r"));
    }
}
