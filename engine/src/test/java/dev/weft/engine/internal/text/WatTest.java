package dev.weft.engine.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.decode.ModuleDecoder;
import dev.weft.engine.internal.model.ElemSegment;
import dev.weft.engine.internal.model.ExternKind;
import dev.weft.engine.internal.model.FunctionBody;
import dev.weft.engine.internal.model.ModuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatTest {
    private static ModuleInfo module(String src) {
        return ModuleDecoder.decode(Wat.toBinary(src));
    }

    /** The instruction bytes of defined function {@code i}, including the final end. */
    private static byte[] code(ModuleInfo m, int i) {
        FunctionBody b = m.code().get(i);
        return Arrays.copyOfRange(b.module(), b.codeStart(), b.codeEnd());
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    private static String reason(String src) {
        return assertThrows(MalformedModuleException.class, () -> Wat.toBinary(src)).reason();
    }

    @Test
    void foldedAndFlatInstructionsEncodeAlike() {
        ModuleInfo m = module("(func (result i32) (i32.add (i32.const 1) (i32.const 2)))"
                + "(func (result i32) i32.const 1 i32.const 2 i32.add)");
        assertArrayEquals(bytes(0x41, 1, 0x41, 2, 0x6A, 0x0B), code(m, 0));
        assertArrayEquals(code(m, 0), code(m, 1));
    }

    @Test
    void labelsResolveToRelativeDepths() {
        ModuleInfo m = module("(func (block $a (block $b (br $a) (br $b) (br 1))) loop $l br $l end $l)");
        assertArrayEquals(bytes(0x02, 0x40, 0x02, 0x40, 0x0C, 1, 0x0C, 0, 0x0C, 1, 0x0B, 0x0B,
                0x03, 0x40, 0x0C, 0, 0x0B, 0x0B), code(m, 0));
    }

    @Test
    void foldedIfEvaluatesConditionFirst() {
        ModuleInfo m = module("(func (param i32) (result i32)"
                + " (if (result i32) (local.get 0) (then (i32.const 1)) (else (i32.const 2))))");
        assertArrayEquals(bytes(0x20, 0, 0x04, 0x7F, 0x41, 1, 0x05, 0x41, 2, 0x0B, 0x0B), code(m, 0));
    }

    @Test
    void inlineImportsAndExportsExpand() {
        ModuleInfo m = module("(module $M (func $f (export \"a\") (export \"b\") (import \"m\" \"n\") (param i32))"
                + " (global $g (import \"m\" \"g\") (mut i64)) (memory (export \"mem\") 1))");
        assertEquals(2, m.imports().size());
        assertEquals(ExternKind.FUNC, m.imports().get(0).kind());
        assertEquals("g", m.imports().get(1).name());
        assertEquals(List.of("a", "b", "mem"), m.exports().stream().map(e -> e.name()).toList());
        assertEquals(0, m.exports().get(1).index());
        assertEquals(ExternKind.MEMORY, m.exports().get(2).kind());
        assertEquals("M", m.names().module());
    }

    @Test
    void inlineSignaturesReuseOrAppendTypes() {
        ModuleInfo m = module("(type $t (func (param i32))) (func (param i32)) (func (result f64) (f64.const 0))"
                + " (func (type $t)) (func (result f64) (f64.const 1))");
        assertEquals(2, m.types().size());
        assertArrayEquals(new int[] {0, 1, 0, 1}, m.funcTypes());
    }

    @Test
    void inlineSignaturesReuseOnlyPlainFunctionTypes() {
        ModuleInfo m = module("(rec (type (func)) (type (struct))) (type (sub (func))) (rec (type (func (param i32))))"
                + " (func) (func (param i32))");
        assertEquals(5, m.types().size());
        assertArrayEquals(new int[] {4, 3}, m.funcTypes());
    }

    @Test
    void naturalAlignmentFollowsAccessWidth() {
        assertEquals(0, CodeEncoder.naturalAlignLog2("i64.load8_u"));
        assertEquals(2, CodeEncoder.naturalAlignLog2("f32.store"));
        assertEquals(3, CodeEncoder.naturalAlignLog2("v128.load16x4_s"));
        assertEquals(2, CodeEncoder.naturalAlignLog2("v128.load32_zero"));
        assertEquals(1, CodeEncoder.naturalAlignLog2("v128.store16_lane"));
        assertEquals(4, CodeEncoder.naturalAlignLog2("v128.load"));
    }

    @Test
    void namedParamsAndLocalsShareOneSpace() {
        ModuleInfo m = module("(func (param $a i32) (param i64) (local $b f32) (local f64 f64)"
                + " (local.get $a) drop (local.get $b) drop (local.get 4) drop)");
        assertArrayEquals(bytes(0x20, 0, 0x1A, 0x20, 2, 0x1A, 0x20, 4, 0x1A, 0x0B), code(m, 0));
        assertEquals(3, m.code().get(0).localTypes().length);
        assertEquals("a", m.names().locals().get(0).get(0));
    }

    @Test
    void memoryDataAndTableElemAbbreviations() {
        ModuleInfo m = module("(memory (data \"hello\" \"!\")) (func $f) (table funcref (elem $f $f))");
        assertEquals(1, m.memories().get(0).limits().min());
        assertEquals(1, m.memories().get(0).limits().max());
        assertEquals("hello!", new String(m.datas().get(0).bytes(), StandardCharsets.UTF_8));
        assertTrue(m.datas().get(0).active());
        assertEquals(2, m.tables().get(0).type().limits().min());
        assertEquals(ElemSegment.Mode.ACTIVE, m.elems().get(0).mode());
        assertEquals(2, m.elems().get(0).items().size());
    }

    @Test
    void elemSegmentForms() {
        ModuleInfo m = module("(table $t 4 funcref) (func $f)"
                + " (elem (i32.const 0) $f) (elem $p func $f) (elem declare func $f)"
                + " (elem (table $t) (offset (i32.const 1)) funcref (ref.func $f) (item ref.null func))");
        List<ElemSegment> e = m.elems();
        assertEquals(ElemSegment.Mode.ACTIVE, e.get(0).mode());
        assertEquals(ElemSegment.Mode.PASSIVE, e.get(1).mode());
        assertEquals(ElemSegment.Mode.DECLARATIVE, e.get(2).mode());
        assertEquals(2, e.get(3).items().size());
    }

    @Test
    void functionNamesGoToTheNameSection() {
        ModuleInfo m = module("(import \"m\" \"f\" (func $imp)) (func $g) (func)");
        assertEquals("imp", m.names().functions().get(0));
        assertEquals("g", m.names().functions().get(1));
    }

    @Test
    void memargsDefaultToNaturalAlignmentAndTakeMemoryIndices() {
        ModuleInfo m = module("(memory 1) (memory $m 1)"
                + " (func (drop (i64.load32_u offset=8 (i32.const 0))) (drop (i32.load $m align=1 (i32.const 0))))");
        assertArrayEquals(bytes(0x41, 0, 0x35, 2, 8, 0x1A, 0x41, 0, 0x28, 0x40, 1, 0, 0x1A, 0x0B), code(m, 0));
    }

    @Test
    void v128ConstantsAndShuffles() {
        ModuleInfo m = module("(func (result v128) (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31"
                + " (v128.const i16x8 1 2 3 4 5 6 7 -1) (v128.const f32x4 1 0 0 -0)))");
        byte[] c = code(m, 0);
        assertArrayEquals(bytes(0xFD, 0x0C, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0xFF, 0xFF),
                Arrays.copyOfRange(c, 0, 18));
        assertEquals((byte) 0x80, c[18 + 2 + 15]);
        assertEquals(31, c[c.length - 2]);
    }

    @Test
    void structFieldNamesResolvePerType() {
        ModuleInfo m = module("(type $s (struct (field $x i32) (field $y (mut i64))))"
                + " (func (param (ref $s)) (result i64) (struct.get $s $y (local.get 0)))");
        assertArrayEquals(bytes(0x20, 0, 0xFB, 0x02, 0, 1, 0x0B), code(m, 0));
    }

    @Test
    void recGroupsAndSubtypes() {
        ModuleInfo m = module("(rec (type $a (sub (struct (field (ref null $b))))) (type $b (sub $a (struct))))"
                + " (type $c (sub final $a (struct (field i32))))");
        assertEquals(3, m.types().size());
        assertEquals(2, m.types().get(0).recGroupSize());
        assertEquals(false, m.types().get(1).isFinal());
        assertArrayEquals(new int[] {0}, m.types().get(2).supertypes());
    }

    @Test
    void moduleBinaryAndQuoteForms() {
        assertArrayEquals(bytes(0, 'a', 's', 'm', 1, 0, 0, 0),
                Wat.toBinary("(module $m binary \"\\00asm\" \"\\01\\00\\00\\00\")"));
        assertEquals(1, ModuleDecoder.decode(Wat.toBinary("(module quote \"(func)\" \"(func)\")")).code().size() - 1);
    }

    @Test
    void textLevelErrorsUseTheSpecMessages() {
        assertTrue(reason("(func $f) (func $f)").startsWith("duplicate function"));
        assertTrue(reason("(func (param $x i32) (local $x i32))").startsWith("duplicate local"));
        assertTrue(reason("(func (br $nope))").startsWith("unknown label"));
        assertEquals("mismatching label", reason("(func block $a end $b)"));
        assertEquals("import after function definition", reason("(func) (import \"\" \"\" (func))"));
        assertEquals("inline function type does not match explicit type",
                reason("(type (func)) (func (type 0) (param i32))"));
        assertEquals("alignment must be a power of two", reason("(memory 1) (func (drop (i32.load align=3 (i32.const 0))))"));
        assertEquals("unknown operator i32.const0", reason("(func (i32.const0))"));
        assertEquals("constant out of range", reason("(func (drop (i32.const 0x1_0000_0000)))"));
        assertEquals("malformed UTF-8 encoding", reason("(func (export \"\\ff\"))"));
        assertEquals("unexpected token", reason("(func (nop) (local i32))"));
        assertEquals("multiple start sections", reason("(func $f) (start $f) (start $f)"));
        assertTrue(reason("(type $t (struct (field $x i32) (field $x i32)))").startsWith("duplicate field"));
    }
}
