package dev.weft.component.internal.binary;

import static dev.weft.component.internal.model.ComponentBytes.b;
import static dev.weft.component.internal.model.ComponentBytes.cat;
import static dev.weft.component.internal.model.ComponentBytes.externName;
import static dev.weft.component.internal.model.ComponentBytes.name;
import static dev.weft.component.internal.model.ComponentBytes.u32;
import static dev.weft.component.internal.model.ComponentBytes.vec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Type;
import dev.weft.component.internal.model.Alias;
import dev.weft.component.internal.model.BuiltinKind;
import dev.weft.component.internal.model.Canon;
import dev.weft.component.internal.model.CanonOption;
import dev.weft.component.internal.model.ComponentAst;
import dev.weft.component.internal.model.ComponentBytes;
import dev.weft.component.internal.model.CoreCompositeType;
import dev.weft.component.internal.model.CoreExternType;
import dev.weft.component.internal.model.CoreType;
import dev.weft.component.internal.model.Decl;
import dev.weft.component.internal.model.DefType;
import dev.weft.component.internal.model.DefValType;
import dev.weft.component.internal.model.Definition;
import dev.weft.component.internal.model.ExternDesc;
import dev.weft.component.internal.model.ExternName;
import dev.weft.component.internal.model.ModuleDecl;
import dev.weft.component.internal.model.Sort;
import dev.weft.component.internal.model.SortIndex;
import dev.weft.component.internal.model.ValType;
import dev.weft.engine.MalformedModuleException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentDecoderTest {

    private static ComponentAst decode(ComponentBytes c) { return ComponentDecoder.decode(c.bytes()); }

    private static Definition only(ComponentBytes c) {
        List<Definition> defs = decode(c).definitions();
        assertEquals(1, defs.size());
        return defs.get(0);
    }

    private static DefType type(byte[] typeBytes) {
        return ((Definition.TypeDef) only(ComponentBytes.component().vecSection(ComponentBytes.TYPE, typeBytes))).type();
    }

    private static MalformedModuleException malformed(byte[] bytes) {
        return assertThrows(MalformedModuleException.class, () -> ComponentDecoder.decode(bytes));
    }

    @Test
    void preambleLayerTellsModulesFromComponents() {
        assertEquals(ComponentDecoder.Kind.COMPONENT, ComponentDecoder.kindOf(ComponentBytes.preamble()));
        assertEquals(ComponentDecoder.Kind.CORE_MODULE, ComponentDecoder.kindOf(b(0, 'a', 's', 'm', 1, 0, 0, 0)));
        assertEquals(ComponentDecoder.Kind.UNKNOWN, ComponentDecoder.kindOf(b(0, 'a', 's')));
        assertTrue(ComponentDecoder.decode(ComponentBytes.preamble()).definitions().isEmpty());
    }

    @Test
    void badPreamblesAreMalformed() {
        assertEquals("magic header not detected", malformed(b(1, 'a', 's', 'm', 0x0d, 0, 1, 0)).reason());
        assertEquals("unknown binary version", malformed(b(0, 'a', 's', 'm', 0x0c, 0, 1, 0)).reason());
        assertEquals("expected a version header for a component", malformed(b(0, 'a', 's', 'm', 1, 0, 0, 0)).reason());
        assertEquals("unexpected end-of-file", malformed(b(0, 'a', 's', 'm', 0x0d)).reason());
    }

    @Test
    void sectionErrorsCarryTheSectionAndOffset() {
        MalformedModuleException e = malformed(cat(ComponentBytes.preamble(), b(0x0d, 0)));
        assertEquals("malformed section id", e.reason());
        assertEquals(8, e.offset());
        e = malformed(ComponentBytes.component().section(ComponentBytes.CANON, b(1, 0x07)).bytes());
        assertEquals("invalid leading byte (0x7) for canonical function", e.reason());
        assertTrue(e.getMessage().contains("canon section"), e.getMessage());
        assertEquals("unexpected end-of-file", malformed(ComponentBytes.component().section(ComponentBytes.TYPE, b(2, 0x73)).bytes()).reason());
        assertEquals("malformed UTF-8 encoding", malformed(ComponentBytes.component().section(ComponentBytes.CUSTOM, b(2, 0xff, 0xfe)).bytes()).reason());
        assertEquals("integer too large", malformed(cat(ComponentBytes.preamble(), b(0x07, 0x81, 0x80, 0x80, 0x80, 0x70, 0))).reason());
    }

    @Test
    void definedValueTypesDecode() {
        assertEquals(new DefValType.Primitive(Type.Primitive.STRING), type(b(0x73)));
        assertEquals(new DefValType.Primitive(Type.Primitive.ERROR_CONTEXT), type(b(0x64)));
        assertEquals(new DefValType.Record(List.of(new dev.weft.component.internal.model.LabeledValType("a",
                new ValType.Primitive(Type.Primitive.U32)))), type(cat(b(0x72, 1), name("a"), b(0x79))));
        DefValType.Variant v = (DefValType.Variant) type(cat(b(0x71, 2), name("x"), b(0x00, 0x00), name("y"), b(0x01, 0x05, 0x00)));
        assertNull(v.cases().get(0).type());
        assertEquals(new ValType.Indexed(5), v.cases().get(1).type());
        assertEquals(new DefValType.ListOf(new ValType.Primitive(Type.Primitive.U8), -1), type(b(0x70, 0x7d)));
        assertEquals(new DefValType.ListOf(new ValType.Primitive(Type.Primitive.U8), 4), type(b(0x67, 0x7d, 4)));
        assertEquals(2, ((DefValType.Tuple) type(b(0x6f, 2, 0x7f, 0x7e))).types().size());
        assertEquals(List.of("a", "b"), ((DefValType.Flags) type(cat(b(0x6e, 2), name("a"), name("b")))).labels());
        assertEquals(List.of("c"), ((DefValType.Enum) type(cat(b(0x6d, 1), name("c")))).labels());
        assertEquals(new DefValType.Option(new ValType.Primitive(Type.Primitive.CHAR)), type(b(0x6b, 0x74)));
        assertEquals(new DefValType.Result(null, new ValType.Primitive(Type.Primitive.STRING)), type(b(0x6a, 0, 1, 0x73)));
        assertEquals(new DefValType.Own(3), type(b(0x69, 3)));
        assertEquals(new DefValType.Borrow(3), type(b(0x68, 3)));
        assertEquals(new DefValType.Stream(null), type(b(0x66, 0)));
        assertEquals(new DefValType.Future(new ValType.Primitive(Type.Primitive.U32)), type(b(0x65, 1, 0x79)));
        assertEquals(new DefValType.MapOf(new ValType.Primitive(Type.Primitive.STRING), new ValType.Indexed(0)), type(b(0x63, 0x73, 0)));
        assertEquals("invalid leading byte (0x62) for component defined type",
                malformed(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x62)).bytes()).reason());
        assertEquals("invalid leading byte (0x1) for zero byte required", malformed(ComponentBytes.component()
                .vecSection(ComponentBytes.TYPE, cat(b(0x71, 1), name("c"), b(0, 1))).bytes()).reason());
    }

    @Test
    void funcResourceComponentAndInstanceTypesDecode() {
        DefType.Func f = (DefType.Func) type(cat(b(0x43), vec(cat(name("x"), b(0x79))), b(0x00, 0x73)));
        assertTrue(f.async());
        assertEquals("x", f.params().get(0).label());
        assertEquals(new ValType.Primitive(Type.Primitive.STRING), f.result());
        assertNull(((DefType.Func) type(b(0x40, 0, 1, 0))).result());
        assertEquals("invalid leading byte (0x1) for number of results",
                malformed(ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x40, 0, 1, 1)).bytes()).reason());

        DefType.Resource r = (DefType.Resource) type(b(0x3f, 0x7f, 1, 2));
        assertEquals(2, r.destructor());
        assertEquals(-1, ((DefType.Resource) type(b(0x3f, 0x7f, 0))).destructor());

        DefType.Component c = (DefType.Component) type(cat(b(0x41, 3),
                b(0x01, 0x40, 0, 1, 0),                                  // type: (func)
                cat(b(0x03), externName("f"), b(0x01, 0)),                // import "f" (func (type 0))
                cat(b(0x04), externName("r"), b(0x03, 0x01))));           // export "r" (type (sub resource))
        assertInstanceOf(Decl.TypeDecl.class, c.decls().get(0));
        assertEquals(new ExternDesc.Func(0), ((Decl.ImportDecl) c.decls().get(1)).desc());
        assertEquals(new ExternDesc.TypeSubResource(), ((Decl.ExportDecl) c.decls().get(2)).desc());

        DefType.Instance i = (DefType.Instance) type(cat(b(0x42, 1), b(0x02, 0x03, 0x02, 1, 0)));
        assertEquals(new Alias.Outer(Sort.TYPE, 1, 0), ((Decl.AliasDecl) i.decls().get(0)).alias());
        assertEquals("invalid leading byte (0x3) for component or instance type declaration", malformed(ComponentBytes
                .component().vecSection(ComponentBytes.TYPE, cat(b(0x42, 1, 0x03), externName("a"), b(0x03, 1))).bytes()).reason());
    }

    @Test
    void coreTypesAndModuleTypesDecode() {
        ComponentAst ast = decode(ComponentBytes.component().vecSection(ComponentBytes.CORE_TYPE,
                b(0x60, 1, 0x7f, 0),
                cat(b(0x50, 3),
                        cat(b(0x00), name("m"), name("g"), b(0x03, 0x7e, 1)),
                        b(0x02, 0x10, 0x01, 1, 0),
                        cat(b(0x03), name("mem"), b(0x02, 0x01, 1, 2))),
                b(0x4e, 2, 0x5f, 1, 0x78, 1, 0x5e, 0x63, 0x70, 0)));
        CoreType.Rec func = (CoreType.Rec) ((Definition.CoreTypeDef) ast.definitions().get(0)).type();
        assertInstanceOf(CoreCompositeType.Func.class, func.types().get(0).type());
        CoreType.Module m = (CoreType.Module) ((Definition.CoreTypeDef) ast.definitions().get(1)).type();
        assertEquals(new CoreExternType.Global(dev.weft.component.internal.model.CoreValType.numeric(0x7e), true),
                ((ModuleDecl.Import) m.decls().get(0)).type());
        assertEquals(new ModuleDecl.OuterAlias(1, 0), m.decls().get(1));
        CoreExternType.Memory mem = (CoreExternType.Memory) ((ModuleDecl.Export) m.decls().get(2)).type();
        assertEquals(2, mem.limits().max());
        CoreType.Rec rec = (CoreType.Rec) ((Definition.CoreTypeDef) ast.definitions().get(2)).type();
        assertEquals(2, rec.types().size());
        assertEquals(4, ast.indexSpaces().size(Sort.CORE_TYPE), "a rec group takes one index per member");
    }

    @Test
    void instancesAliasesImportsAndExportsDecode() {
        ComponentAst ast = decode(ComponentBytes.component()
                .vecSection(ComponentBytes.TYPE, b(0x40, 0, 1, 0))
                .vecSection(ComponentBytes.IMPORT, cat(b(0x02), name("i"), vec(cat(b(0x00), name("a:b/c")),
                        cat(b(0x02), name("id"))), b(0x01, 0)))
                .vecSection(ComponentBytes.INSTANCE, cat(b(0x01), vec(cat(externName("g"), b(0x01, 0)))),
                        cat(b(0x00, 0), vec(cat(name("x"), b(0x01, 0)))))
                .vecSection(ComponentBytes.ALIAS, cat(b(0x01, 0x00, 0), name("g")), cat(b(0x00, 0x00, 0x01, 0), name("f")))
                .vecSection(ComponentBytes.EXPORT, cat(externName("e"), b(0x01, 1, 0x01, 0x01, 0)))
                .section(ComponentBytes.START, b(1, 0, 0)));
        Definition.Import im = (Definition.Import) ast.definitions().get(1);
        assertEquals(List.of(new ExternName.Attribute.Implements("a:b/c"), new ExternName.Attribute.ExternalId("id")),
                im.name().attributes());
        Definition.InstanceFromExports bag = (Definition.InstanceFromExports) ast.definitions().get(2);
        assertEquals(new SortIndex(Sort.FUNC, 0), bag.exports().get(0).target());
        Definition.Instantiate inst = (Definition.Instantiate) ast.definitions().get(3);
        assertEquals("x", inst.args().get(0).name());
        assertEquals(new Alias.InstanceExport(Sort.FUNC, 0, "g"), ((Definition.AliasDef) ast.definitions().get(4)).alias());
        assertEquals(new Alias.CoreInstanceExport(Sort.CORE_FUNC, 0, "f"), ((Definition.AliasDef) ast.definitions().get(5)).alias());
        Definition.Export ex = (Definition.Export) ast.definitions().get(6);
        assertEquals(new SortIndex(Sort.FUNC, 1), ex.target());
        assertEquals(new ExternDesc.Func(0), ex.ascribed());
        assertEquals(new Definition.Start(1, List.of(), 0, ((Definition.Start) ast.definitions().get(7)).offset()),
                ast.definitions().get(7));
        // func space: import, alias, export
        assertEquals(3, ast.indexSpaces().size(Sort.FUNC));
        assertTrue(ast.indexSpaces().creator(Sort.FUNC, 2) instanceof Definition.Export);
        assertEquals(2, ast.indexSpaces().size(Sort.INSTANCE));
        assertEquals("invalid leading byte (0x3) for name option", malformed(ComponentBytes.component().vecSection(ComponentBytes.IMPORT,
                cat(b(0x02), name("i"), vec(cat(b(0x03), name("x"))), b(0x01, 0))).bytes()).reason());
    }

    @Test
    void canonDefinitionsDecode() {
        ComponentAst ast = decode(ComponentBytes.component().vecSection(ComponentBytes.CANON,
                b(0x00, 0x00, 0, 3, 0x03, 0, 0x04, 1, 0x01, 2),      // lift core func 0 (memory 0) (realloc 1) utf16, type 2
                b(0x01, 0x00, 0, 1, 0x06),                            // lower func 0 async
                b(0x02, 4), b(0x03, 4), b(0x04, 4),
                b(0x09, 0x00, 0x79, 0),                               // task.return (result u32)
                b(0x0a, 0x7f, 0),                                     // context.get i32 0
                b(0x0f, 5, 1, 0x03, 0),                               // stream.read 5 (memory 0)
                b(0x12, 5, 1),                                        // stream.cancel-write 5 async
                b(0x20, 1, 0),                                        // waitable-set.wait cancellable (memory 0)
                b(0x41, 0, 3, 0),                                     // thread.spawn-indirect type 3 table 0
                b(0x24)));                                            // backpressure.inc
        List<Canon> canons = ast.definitions().stream().map(d -> ((Definition.CanonDef) d).canon()).toList();
        Canon.Lift lift = (Canon.Lift) canons.get(0);
        assertEquals(List.of(new CanonOption.Memory(0), new CanonOption.Realloc(1),
                new CanonOption.StringEncoding(CanonOption.Encoding.UTF16)), lift.options());
        assertEquals(2, lift.typeIndex());
        assertEquals(List.of(new CanonOption.Async()), ((Canon.Lower) canons.get(1)).options());
        assertEquals(new Canon.ResourceRep(4), canons.get(4));
        assertEquals(new ValType.Primitive(Type.Primitive.U32), ((Canon.TaskReturn) canons.get(5)).result());
        assertEquals(BuiltinKind.CONTEXT_GET, ((Canon.Context) canons.get(6)).kind());
        assertEquals(new Canon.Typed(BuiltinKind.STREAM_READ, 5, List.of(new CanonOption.Memory(0)), false), canons.get(7));
        assertTrue(((Canon.Typed) canons.get(8)).async());
        assertEquals(new Canon.WaitableSet(BuiltinKind.WAITABLE_SET_WAIT, true, 0), canons.get(9));
        assertEquals(new Canon.Thread(BuiltinKind.THREAD_SPAWN_INDIRECT, false, 3, 0), canons.get(10));
        assertEquals(new Canon.Simple(BuiltinKind.BACKPRESSURE_INC), canons.get(11));
        assertEquals(1, ast.indexSpaces().size(Sort.FUNC));
        assertEquals(11, ast.indexSpaces().size(Sort.CORE_FUNC));
        assertEquals("invalid boolean value", malformed(ComponentBytes.component().vecSection(ComponentBytes.CANON, b(0x0c, 2)).bytes()).reason());
        assertEquals("invalid leading byte (0xa) for canonical option",
                malformed(ComponentBytes.component().vecSection(ComponentBytes.CANON, b(0x01, 0, 0, 1, 0x0a)).bytes()).reason());
    }

    @Test
    void modulesNestedComponentsValuesAndNamesDecode() {
        byte[] module = b(0, 'a', 's', 'm', 1, 0, 0, 0);
        byte[] nested = ComponentBytes.component().vecSection(ComponentBytes.TYPE, b(0x73)).bytes();
        byte[] names = cat(name("component-name"), b(0x00), u32(name("top").length), name("top"),
                b(0x01), u32(1 + 1 + name("nested").length + 1), b(0x04, 1, 0), name("nested"));
        ComponentAst ast = decode(ComponentBytes.component()
                .section(ComponentBytes.CORE_MODULE, module)
                .section(ComponentBytes.COMPONENT, nested)
                .vecSection(ComponentBytes.VALUE, b(0x79, 1, 42))
                .section(ComponentBytes.CUSTOM, names));
        assertArrayEquals(module, ((Definition.CoreModule) ast.definitions().get(0)).bytes());
        assertEquals(10, ((Definition.CoreModule) ast.definitions().get(0)).offset(), "offset of the module's own bytes");
        ComponentAst inner = ((Definition.Component) ast.definitions().get(1)).component();
        assertEquals(1, inner.indexSpaces().size(Sort.TYPE));
        assertArrayEquals(b(42), ((Definition.Value) ast.definitions().get(2)).bytes());
        assertEquals("top", ast.names().componentName());
        assertEquals("nested", ast.names().nameOf(Sort.COMPONENT, 0));
        assertEquals("expected a version header for a module", malformed(ComponentBytes.component()
                .section(ComponentBytes.CORE_MODULE, ComponentBytes.preamble()).bytes()).reason());
        // garbage in the name section is tolerated
        decode(ComponentBytes.component().section(ComponentBytes.CUSTOM, cat(name("component-name"), b(0xff, 0xfe))));
    }
}
