package dev.weft.engine.internal.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.DataSegment;
import dev.weft.engine.internal.model.ElemSegment;
import dev.weft.engine.internal.model.ExternKind;
import dev.weft.engine.internal.model.FunctionBody;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.Import;
import dev.weft.engine.internal.model.Limits;
import dev.weft.engine.internal.model.ModuleInfo;
import dev.weft.engine.internal.model.SubType;
import dev.weft.engine.internal.model.ValType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModuleDecoderTest {

    /** Type section with one type: (func). */
    private static final Bin VOID_FUNC_TYPE = Bin.of(0x01, 0x60, 0x00, 0x00);

    private static ModuleInfo decode(Bin b) { return ModuleDecoder.decode(b.bytes()); }

    private static MalformedModuleException failure(Bin b) {
        return assertThrows(MalformedModuleException.class, () -> decode(b));
    }

    @Test
    void decodesTheEmptyModule() {
        ModuleInfo m = decode(Bin.module());
        assertTrue(m.types().isEmpty());
        assertEquals(ModuleInfo.NO_START, m.start());
        assertEquals(ModuleInfo.NO_DATA_COUNT, m.dataCount());
        assertEquals(0, m.funcTypes().length);
    }

    @Test
    void decodesRecGroupsSubtypesAndStorageTypes() {
        Bin types = Bin.of(0x02)                                               // two entries, one a rec group
                .b(0x60, 0x02, 0x7F, 0x64, 0x70, 0x01, 0x7B)                 // (func (param i32 (ref func)) (result v128))
                .b(0x4E, 0x02)                                                 // rec group of two
                .b(0x50, 0x00, 0x5F, 0x02, 0x78, 0x01, 0x63, 0x01, 0x00)       // (sub (struct (mut i8) (ref null 1)))
                .b(0x4F, 0x01, 0x01, 0x5E, 0x77, 0x00);                        // (sub final 1 (array i16))
        ModuleInfo m = decode(Bin.module().section(1, types));
        assertEquals(3, m.types().size());
        CompositeType.Func f = m.types().get(0).func();
        assertEquals(List.of(ValType.I32, ValType.ref(false, HeapType.FUNC)), f.params());
        assertEquals(List.of(ValType.V128), f.results());
        SubType s = m.types().get(1);
        assertFalse(s.isFinal());
        assertEquals(1, s.recGroupStart());
        assertEquals(2, s.recGroupSize());
        CompositeType.Struct st = (CompositeType.Struct) s.composite();
        assertEquals(new CompositeType.FieldType(ValType.I8, true), st.fields().get(0));
        assertEquals(new CompositeType.FieldType(ValType.ref(true, 1), false), st.fields().get(1));
        SubType a = m.types().get(2);
        assertTrue(a.isFinal());
        assertArrayEquals(new int[] {1}, a.supertypes());
        assertEquals(new CompositeType.FieldType(ValType.I16, false), ((CompositeType.Array) a.composite()).element());
        assertEquals(0, m.types().get(0).recGroupStart());
        assertEquals(1, m.types().get(0).recGroupSize());
    }

    @Test
    void decodesAllImportKindsAndIndexSpaces() {
        Bin imports = Bin.of(0x05)
                .name("m").name("f").b(0x00, 0x00)
                .name("m").name("t").b(0x01, 0x70, 0x05).u32(1).u32(10)        // table i64 1..10
                .name("m").name("mem").b(0x02, 0x03).u32(1).u32(2)             // shared memory 1..2
                .name("m").name("g").b(0x03, 0x7E, 0x01)
                .name("m").name("e").b(0x04, 0x00, 0x00);
        Bin funcs = Bin.of(0x02, 0x00, 0x00);
        Bin code = Bin.of(0x02).body(Bin.of(0x00, 0x0B)).body(Bin.of(0x00, 0x0B));
        ModuleInfo m = decode(Bin.module().section(1, VOID_FUNC_TYPE).section(2, imports).section(3, funcs)
                .section(10, code));
        assertEquals(5, m.imports().size());
        assertEquals(1, m.numImportedFuncs());
        assertArrayEquals(new int[] {0, 0, 0}, m.funcTypes());
        Import t = m.imports().get(1);
        assertEquals(ExternKind.TABLE, t.kind());
        assertEquals(new Limits(1, 10, true, false, 16), t.table().limits());
        assertEquals(new Limits(1, 2, false, true, 16), m.imports().get(2).memory().limits());
        assertTrue(m.imports().get(3).global().mutable());
        assertEquals(ExternKind.TAG, m.imports().get(4).kind());
        assertEquals(2, m.code().size());
    }

    @Test
    void decodesTablesMemoriesGlobalsTagsExportsAndStart() {
        Bin tables = Bin.of(0x02)
                .b(0x70, 0x00, 0x01)                                         // funcref, min 1
                .b(0x40, 0x00, 0x64, 0x6E, 0x00, 0x01, 0x41, 0x02, 0xFB, 0x1C, 0x0B); // init expr form
        Bin memories = Bin.of(0x01, 0x05).u32(1).u32(0x1_0000_0000L);
        Bin tags = Bin.of(0x01, 0x00, 0x00);
        Bin globals = Bin.of(0x01, 0x7F, 0x00, 0x41, 0x2A, 0x0B);
        Bin exports = Bin.of(0x02).name("run").b(0x00, 0x00).name("g").b(0x03, 0x00);
        Bin code = Bin.of(0x01).body(Bin.of(0x00, 0x0B));
        ModuleInfo m = decode(Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                .section(4, tables).section(5, memories).section(13, tags).section(6, globals)
                .section(7, exports).section(8, Bin.of(0x00)).section(10, code));
        assertNull(m.tables().get(0).init());
        assertEquals(ValType.ref(false, HeapType.ANY), m.tables().get(1).type().elemType());
        assertArrayEquals(new byte[] {0x41, 0x02, (byte) 0xFB, 0x1C, 0x0B}, m.tables().get(1).init().code());
        assertEquals(new Limits(1, 0x1_0000_0000L, true, false, 16), m.memories().get(0).limits());
        assertEquals(0, m.tags().get(0).typeIndex());
        assertArrayEquals(new byte[] {0x41, 0x2A, 0x0B}, m.globals().get(0).init().code());
        assertEquals("g", m.exports().get(1).name());
        assertEquals(ExternKind.GLOBAL, m.exports().get(1).kind());
        assertEquals(0, m.start());
    }

    @Test
    void decodesAllEightElementSegmentForms() {
        Bin offset = Bin.of(0x41, 0x00, 0x0B);
        Bin expr = Bin.of(0xD2, 0x00, 0x0B);
        Bin elems = Bin.of(0x08)
                .b(0x00).raw(offset.bytes()).b(0x01, 0x00)
                .b(0x01, 0x00, 0x01, 0x00)
                .b(0x02, 0x01).raw(offset.bytes()).b(0x00, 0x01).u32(200)
                .b(0x03, 0x00, 0x01, 0x00)
                .b(0x04).raw(offset.bytes()).b(0x01).raw(expr.bytes())
                .b(0x05, 0x70, 0x02, 0xD0, 0x70, 0x0B).raw(expr.bytes())
                .b(0x06, 0x02).raw(offset.bytes()).b(0x6F, 0x01, 0xD0, 0x6F, 0x0B)
                .b(0x07, 0x64, 0x70, 0x01).raw(expr.bytes());
        ModuleInfo m = decode(Bin.module().section(9, elems));
        List<ElemSegment> e = m.elems();
        assertEquals(8, e.size());
        ValType funcNonNull = ValType.ref(false, HeapType.FUNC);
        assertEquals(ElemSegment.Mode.ACTIVE, e.get(0).mode());
        assertEquals(funcNonNull, e.get(0).type());
        assertArrayEquals(expr.bytes(), e.get(0).items().get(0).code(), "function index becomes ref.func");
        assertEquals(ElemSegment.Mode.PASSIVE, e.get(1).mode());
        assertEquals(1, e.get(2).table());
        assertArrayEquals(new byte[] {(byte) 0xD2, (byte) 0xC8, 0x01, 0x0B}, e.get(2).items().get(0).code());
        assertEquals(ElemSegment.Mode.DECLARATIVE, e.get(3).mode());
        assertEquals(ValType.FUNCREF, e.get(4).type());
        assertEquals(2, e.get(5).items().size());
        assertEquals(2, e.get(6).table());
        assertEquals(ValType.EXTERNREF, e.get(6).type());
        assertEquals(ElemSegment.Mode.DECLARATIVE, e.get(7).mode());
        assertEquals(funcNonNull, e.get(7).type());
    }

    @Test
    void decodesDataSegmentsAndDataCount() {
        Bin datas = Bin.of(0x03)
                .b(0x00, 0x41, 0x08, 0x0B).name("hi")
                .b(0x01).name("")
                .b(0x02, 0x01, 0x42, 0x00, 0x0B).b(0x01, 0xFF);
        Bin code = Bin.of(0x01).body(Bin.of(0x00, 0xFC, 0x09, 0x01, 0x0B));
        ModuleInfo m = decode(Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                .section(12, Bin.of(0x03)).section(10, code).section(11, datas));
        assertEquals(3, m.dataCount());
        DataSegment d = m.datas().get(0);
        assertTrue(d.active());
        assertArrayEquals("hi".getBytes(), d.bytes());
        assertFalse(m.datas().get(1).active());
        assertEquals(1, m.datas().get(2).memory());
        assertArrayEquals(new byte[] {(byte) 0xFF}, m.datas().get(2).bytes());
    }

    @Test
    void dataIndicesInConstantExpressionsDoNotRequireADataCount() {
        // Not constant, so validation rejects it; the binary itself is well formed.
        ModuleInfo m = decode(Bin.module().section(6, Bin.of(0x01, 0x7F, 0x00, 0xFC, 0x09, 0x00, 0x0B)));
        assertEquals(1, m.globals().size());
    }

    @Test
    void keepsAnOutOfRangeStartFunctionDistinctFromNoStart() {
        assertEquals(Integer.MAX_VALUE, decode(Bin.module().section(8, Bin.of().u32(0xFFFFFFFFL))).start());
    }

    @Test
    void decodesFunctionBodiesWithLocals() {
        Bin code = Bin.of(0x01).body(Bin.of(0x02, 0x02, 0x7F, 0x01, 0x7D, 0x20, 0x00, 0x1A, 0x0B));
        byte[] wasm = Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00)).section(10, code).bytes();
        FunctionBody body = ModuleDecoder.decode(wasm).code().get(0);
        assertArrayEquals(new ValType[] {ValType.I32, ValType.I32, ValType.F32}, body.localTypes());
        assertEquals(0x20, wasm[body.codeStart()]);
        assertEquals(wasm.length, body.codeEnd());
        assertEquals(0x0B, wasm[body.codeEnd() - 1]);
    }

    @Test
    void keepsCustomSectionsAndNames() {
        Bin names = Bin.of()
                .section(0, Bin.of().name("mod"))
                .section(1, Bin.of(0x01, 0x00).name("main"))
                .section(2, Bin.of(0x01, 0x00, 0x01, 0x00).name("x"));
        Bin code = Bin.of(0x01).body(Bin.of(0x01, 0x01, 0x7F, 0x0B));
        ModuleInfo m = decode(Bin.module().section(0, Bin.of().name("before").b(1, 2, 3))
                .section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00)).section(10, code)
                .section(0, Bin.of().name("name").raw(names.bytes())));
        assertEquals("before", m.customs().get(0).name());
        assertArrayEquals(new byte[] {1, 2, 3}, m.customs().get(0).payload());
        assertEquals("mod", m.names().module());
        assertEquals(Map.of(0, "main"), m.names().functions());
        assertEquals(Map.of(0, Map.of(0, "x")), m.names().locals());
    }

    @Test
    void ignoresAMalformedNameSection() {
        ModuleInfo m = decode(Bin.module().section(0, Bin.of().name("name").b(0x01, 0x05, 0x01)));
        assertNull(m.names().module());
        assertTrue(m.names().functions().isEmpty());
    }

    static Stream<Arguments> malformed() {
        Bin oneFunc = Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00));
        return Stream.of(
            Arguments.of("empty input", Bin.of(), "unexpected end"),
            Arguments.of("short magic", Bin.of(0x00, 0x61, 0x73), "unexpected end"),
            Arguments.of("bad magic", Bin.of(0x00, 0x41, 0x53, 0x4D, 1, 0, 0, 0), "magic header not detected"),
            Arguments.of("short version", Bin.of(0x00, 0x61, 0x73, 0x6D, 1), "unexpected end"),
            Arguments.of("version 2", Bin.of(0x00, 0x61, 0x73, 0x6D, 2, 0, 0, 0), "unknown binary version"),
            Arguments.of("section id 14", Bin.module().b(0x0E, 0x00), "malformed section id"),
            Arguments.of("section past end", Bin.module().b(0x01, 0x05, 0x00), "length out of bounds"),
            Arguments.of("section too long", Bin.module().section(1, Bin.of(0x00, 0x00)), "section size mismatch"),
            Arguments.of("sections out of order",
                    Bin.module().section(3, Bin.of(0x00)).section(1, Bin.of(0x00)), "unexpected content after last section"),
            Arguments.of("duplicate section",
                    Bin.module().section(1, Bin.of(0x00)).section(1, Bin.of(0x00)), "unexpected content after last section"),
            Arguments.of("data count after code",
                    Bin.module().section(10, Bin.of(0x00)).section(12, Bin.of(0x00)), "unexpected content after last section"),
            Arguments.of("bad composite type", Bin.module().section(1, Bin.of(0x01, 0x40)), "malformed definition type"),
            Arguments.of("bad mutability", Bin.module().section(1, Bin.of(0x01, 0x5E, 0x7F, 0x02)), "malformed mutability"),
            Arguments.of("bad storage type", Bin.module().section(1, Bin.of(0x01, 0x5E, 0x60, 0x00)), "malformed storage type"),
            Arguments.of("bad value type", Bin.module().section(1, Bin.of(0x01, 0x60, 0x01, 0x40, 0x00)), "malformed reference type"),
            Arguments.of("bad import kind", Bin.module().section(2, Bin.of(0x01).name("a").name("b").b(0x05)), "malformed import kind"),
            Arguments.of("bad tag attribute", Bin.module().section(13, Bin.of(0x01, 0x01, 0x00)), "zero byte expected"),
            Arguments.of("table limits flag 8", Bin.module().section(4, Bin.of(0x01, 0x70, 0x08, 0x00)), "malformed limits flags"),
            Arguments.of("shared table", Bin.module().section(4, Bin.of(0x01, 0x70, 0x02, 0x00)), "malformed limits flags"),
            Arguments.of("memory limits flag 0x10", Bin.module().section(5, Bin.of(0x01, 0x10, 0x00)), "malformed limits flags"),
            Arguments.of("bad export kind", Bin.module().section(7, Bin.of(0x01).name("x").b(0x05, 0x00)), "malformed export kind"),
            Arguments.of("bad elem flags", Bin.module().section(9, Bin.of(0x01, 0x08)), "malformed elements segment kind"),
            Arguments.of("bad elem kind", Bin.module().section(9, Bin.of(0x01, 0x01, 0x01, 0x00)), "malformed element kind"),
            Arguments.of("bad elem reftype", Bin.module().section(9, Bin.of(0x01, 0x05, 0x7F, 0x00)), "malformed reference type"),
            Arguments.of("bad data flags", Bin.module().section(11, Bin.of(0x01, 0x03)), "malformed data segment kind"),
            Arguments.of("data longer than module", Bin.module().section(11, Bin.of(0x01, 0x01, 0x05, 0x61)), "length out of bounds"),
            Arguments.of("data segments running into the next section",
                    Bin.module().section(11, Bin.of(0x02, 0x01, 0x01)).section(0, Bin.of(0x00)), "section size mismatch"),
            Arguments.of("bad UTF-8 name", Bin.module().section(0, Bin.of(0x01, 0xFF)), "malformed UTF-8 encoding"),
            Arguments.of("custom name longer than section", Bin.module().section(0, Bin.of(0x05, 0x61)), "length out of bounds"),
            Arguments.of("function without code", oneFunc, "function and code section have inconsistent lengths"),
            Arguments.of("code without function", Bin.module().section(10, Bin.of(0x01).body(Bin.of(0x00, 0x0B))),
                    "function and code section have inconsistent lengths"),
            Arguments.of("data count mismatch", Bin.module().section(12, Bin.of(0x01)), "data count and data section have inconsistent lengths"),
            Arguments.of("data count 2^32-1", Bin.module().section(12, Bin.of().u32(0xFFFFFFFFL)),
                    "data count and data section have inconsistent lengths"),
            Arguments.of("data.drop without data count",
                    Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                            .section(10, Bin.of(0x01).body(Bin.of(0x00, 0xFC, 0x09, 0x00, 0x0B))), "data count section required"),
            Arguments.of("array.new_data without data count",
                    Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                            .section(10, Bin.of(0x01).body(Bin.of(0x00, 0xFB, 0x09, 0x00, 0x00, 0x0B))), "data count section required"),
            Arguments.of("too many locals (2^32)", Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                    .section(10, Bin.of(0x01).body(Bin.of(0x02).u32(0xFFFFFFFFL).b(0x7F, 0x01, 0x7F, 0x0B))), "too many locals"),
            Arguments.of("too many locals (limit)", Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                    .section(10, Bin.of(0x01).body(Bin.of(0x01).u32(ModuleDecoder.MAX_LOCALS + 1).b(0x7F, 0x0B))), "too many locals"),
            Arguments.of("body missing end", Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                    .section(10, Bin.of(0x01).body(Bin.of(0x00, 0x01))), "unexpected end of section or function"),
            Arguments.of("body with extra bytes", Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                    .section(10, Bin.of(0x01).body(Bin.of(0x00, 0x0B, 0x01))), "section size mismatch"),
            Arguments.of("else outside if", Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                    .section(10, Bin.of(0x01).body(Bin.of(0x00, 0x02, 0x40, 0x05, 0x0B, 0x0B))), "END opcode expected"),
            Arguments.of("second else", Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                    .section(10, Bin.of(0x01).body(Bin.of(0x00, 0x41, 0x00, 0x04, 0x40, 0x05, 0x05, 0x0B, 0x0B))),
                    "END opcode expected"),
            Arguments.of("illegal opcode in body", Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                    .section(10, Bin.of(0x01).body(Bin.of(0x00, 0xC5, 0x0B))), "illegal opcode c5"),
            Arguments.of("illegal opcode in global init", Bin.module().section(6, Bin.of(0x01, 0x7F, 0x00, 0x06, 0x0B)),
                    "illegal opcode 06"),
            Arguments.of("global init without end", Bin.module().section(6, Bin.of(0x01, 0x7F, 0x00, 0x41, 0x00)),
                    "unexpected end of section or function")
        );
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("malformed")
    void rejectsMalformedModules(String what, Bin module, String reason) {
        MalformedModuleException e = failure(module);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.offset() >= 0 && e.offset() <= module.bytes().length, "offset inside the input");
    }

    @Test
    void namesTheSectionAndOffsetOfAnError() {
        byte[] wasm = Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                .section(10, Bin.of(0x01).body(Bin.of(0x00, 0x41, 0x00, 0xFF, 0x0B))).bytes();
        MalformedModuleException e = assertThrows(MalformedModuleException.class, () -> ModuleDecoder.decode(wasm));
        assertEquals("illegal opcode ff", e.reason());
        assertEquals(wasm.length - 2, e.offset());
        assertTrue(e.getMessage().contains("code section, function 0"), e.getMessage());
    }

    @Test
    void neverLetsARuntimeExceptionEscapeOnTruncatedInput() {
        Bin code = Bin.of(0x01).body(Bin.of(0x01, 0x02, 0x7F, 0x41, 0x01, 0xFD, 0x0C,
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 0x1A, 0x1A, 0x0B));
        byte[] full = Bin.module().section(1, VOID_FUNC_TYPE).section(3, Bin.of(0x01, 0x00))
                .section(9, Bin.of(0x01, 0x05, 0x70, 0x01, 0xD2, 0x00, 0x0B))
                .section(10, code).section(11, Bin.of(0x01, 0x01, 0x03, 1, 2, 3)).bytes();
        ModuleDecoder.decode(full);
        assertThrows(MalformedModuleException.class, () -> ModuleDecoder.decode(Arrays.copyOf(full, full.length - 1)));
        // Every prefix and many single-byte corruptions: decoding either succeeds or reports a
        // malformed module; any other exception fails the test.
        for (int n = 0; n < full.length; n++) decodeOrReject(Arrays.copyOf(full, n));
        for (int i = 8; i < full.length; i++) {
            for (int v : new int[] {0x00, 0x01, 0x40, 0x7F, 0x80, 0xFF}) {
                byte[] mutated = full.clone();
                mutated[i] = (byte) v;
                decodeOrReject(mutated);
            }
        }
    }

    private static void decodeOrReject(byte[] wasm) {
        try {
            ModuleDecoder.decode(wasm);
        } catch (MalformedModuleException expected) {
            assertTrue(expected.offset() >= 0 && expected.offset() <= wasm.length);
        }
    }
}
