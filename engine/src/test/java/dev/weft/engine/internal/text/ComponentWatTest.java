package dev.weft.engine.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.MalformedModuleException;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Component text to binary: the expected bytes are what wasm-tools (the reference text
 * implementation) produces for the same text, with custom sections (names) removed on both sides.
 */
class ComponentWatTest {

    private static void assertEncodes(String wat, String expectedHex) {
        byte[] got = withoutCustomSections(Wat.toBinary(wat));
        assertEquals(expectedHex, HexFormat.of().formatHex(got));
    }

    /** Drops custom sections of a component and of the modules and components nested in it. */
    private static byte[] withoutCustomSections(byte[] b) {
        boolean component = b[4] == 0x0D;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, 8);
        int i = 8;
        while (i < b.length) {
            int id = b[i] & 0xFF;
            int[] at = {i + 1};
            int len = (int) leb(b, at);
            int start = at[0];
            if (id != 0) {
                if (component && (id == 1 || id == 4)) {
                    byte[] inner = withoutCustomSections(java.util.Arrays.copyOfRange(b, start, start + len));
                    out.write(id);
                    out.writeBytes(new ByteWriter().u32(inner.length).toByteArray());
                    out.writeBytes(inner);
                } else {
                    out.write(b, i, start + len - i);
                }
            }
            i = start + len;
        }
        return out.toByteArray();
    }

    private static long leb(byte[] b, int[] at) {
        long r = 0;
        for (int shift = 0; ; shift += 7) {
            int x = b[at[0]++] & 0xFF;
            r |= (long) (x & 0x7F) << shift;
            if (x < 0x80) return r;
        }
    }

    @Test
    void valueTypesEncodeAsWasmTools() {
        assertEncodes("(component (type (record (field \"a\" u32) (field \"b\" string))) (type (variant (case \"n\")"
                + " (case \"s\" s64))) (type (list (list u8))) (type (list u32 4)) (type (tuple bool char))"
                + " (type (flags \"x\" \"y\")) (type (enum \"p\" \"q\")) (type (option f32)) (type (result u8"
                + " (error f64))) (type (result)) (type $r (resource (rep i32))) (type (own $r)) (type"
                + " (borrow $r)) (type (stream u8)) (type (future)) (type error-context) (type"
                + " (map string u32)))",
                "0061736d0d00010007451272020161790162737102016e00000173017800707d70026779046f027f746e02017801796d"
                + "02017001716b766a017d01756a00003f7f00690b680b66017d650064637379");
    }

    @Test
    void funcAndInstanceTypesEncodeAsWasmTools() {
        assertEncodes("(component (type (func (param \"a\" u32) (param \"b\" (list u8)) (result string))) (type"
                + " (func async)) (type (instance (export \"r\" (type (sub resource))) (export \"f\" (func"
                + " (param \"x\" (own 0)))))) (type (component (import \"i\" (instance (export \"g\" (func))))"
                + " (export \"h\" (func (result u32))))))",
                "0061736d0d000100074b05707d4002016179016200007343000100420404000172030101690001400101780101000400"
                + "01660102410401420201400001000400016701000300016905000140000079040001680101");
    }

    @Test
    void coreModuleAndInstancesEncodeAsWasmTools() {
        assertEncodes("(component (core module $m (func (export \"f\") (result i32) i32.const 7) (memory"
                + " (export \"mem\") 1)) (core instance $i (instantiate $m)) (core instance $j (export \"g\""
                + " (func $i \"f\")) (export \"m\" (memory $i \"mem\"))) (core instance (instantiate $m (with \"env\""
                + " (instance $j)) (with \"x\" (instance (export \"h\" (func $i \"f\")))))))",
                "0061736d0d000100012d0061736d010000000105016000017f030201000503010001070b0201660000036d656d02000a"
                + "0601040041070b020401000000060f0200000100016600020100036d656d020b01010201670000016d02000607010000"
                + "0100016602140201010168000100000203656e76120101781202");
    }

    @Test
    void canonLiftLowerEncodeAsWasmTools() {
        assertEncodes("(component (import \"host\" (func $h (param \"s\" string))) (core module $m (memory"
                + " (export \"mem\") 1) (func (export \"realloc\") (param i32 i32 i32 i32)"
                + " (result i32) i32.const 0) (func (export \"run\") (param i32 i32))) (core instance $i"
                + " (instantiate $m)) (core func $lowered (canon lower (func $h) (memory"
                + " (core memory $i \"mem\")) (realloc (core func $i \"realloc\")) string-encoding=utf16)) (func"
                + " (export \"run\") (param \"s\" string) (canon lift (core func $i \"run\") (memory"
                + " (core memory $i \"mem\")) (realloc"
                + " (core func $i \"realloc\")) string-encoding=latin1+utf16)))",
                "0061736d0d000100070801400101737301000a09010004686f7374010001460061736d01000000010e0260047f7f7f7f"
                + "017f60027f7f0003030200010503010001071703036d656d0200077265616c6c6f6300000372756e00010a0902040041"
                + "000b02000b02040100000006150200020100036d656d00000100077265616c6c6f63080a010100000303000400010708"
                + "0140010173730100061d03000001000372756e00020100036d656d00000100077265616c6c6f63080b01000002030301"
                + "040302010b0901000372756e010100");
    }

    @Test
    void builtinsEncodeAsWasmTools() {
        assertEncodes("(component (type $r (resource (rep i32))) (type $s (stream u8)) (type $fu (future u32))"
                + " (core module $m (memory (export \"mem\") 1) (table (export \"t\") 1 funcref))"
                + " (core instance $i (instantiate $m)) (core type $ft (func (param i32)))"
                + " (canon resource.new $r (core func)) (canon resource.drop $r (core func))"
                + " (canon resource.rep $r (core func)) (canon backpressure.inc (core func))"
                + " (canon task.return (result u32) (core func)) (canon task.cancel (core func))"
                + " (canon context.get i32 0 (core func)) (canon context.set i32 0 (core func))"
                + " (canon subtask.cancel async (core func)) (canon subtask.drop (core func))"
                + " (canon stream.new $s (core func)) (canon stream.read $s (memory (core memory $i \"mem\"))"
                + " (core func)) (canon stream.write $s async (memory (core memory $i \"mem\")) (core func))"
                + " (canon stream.cancel-read $s (core func)) (canon stream.drop-writable $s (core func))"
                + " (canon future.new $fu (core func)) (canon future.cancel-write $fu async (core func))"
                + " (canon waitable-set.new (core func)) (canon waitable-set.wait (memory"
                + " (core memory $i \"mem\")) (core func)) (canon waitable.join (core func))"
                + " (canon thread.index (core func)) (canon thread.new-indirect $ft (core table $i \"t\")"
                + " (core func)) (canon thread.yield (core func)) (canon error-context.drop (core func)))",
                "0061736d0d000100070a033f7f0066017d65017901200061736d010000000404017000010503010001070b02036d656d"
                + "02000174010002040100000003050160017f0008180b0200030004002409007900050a7f000b7f0006010d0e01060901"
                + "00020100036d656d0806010f0101030006090100020100036d656d081206100102060301110100140115021902011f06"
                + "090100020100036d656d08060320000223260607010001010001740807032700000c001e");
    }

    @Test
    void aliasesAndNestedEncodeAsWasmTools() {
        assertEncodes("(component $outer (type $t (record (field \"x\" u32))) (import \"i\" (instance $inst"
                + " (export \"f\" (func)) (export \"c\" (component)))) (alias export $inst \"f\" (func $f))"
                + " (component $inner (alias outer $outer $t (type $t2)) (import \"g\" (func))) (instance $made"
                + " (instantiate $inner (with \"g\" (func $f)))) (instance $bag (export \"f\" (func $f))"
                + " (export \"t\" (type $t))) (export \"out\" (func $inst \"f\")) (export \"again\" (instance $bag)"
                + " (instance (export \"f\" (func)) (export \"t\" (type (eq 0))))))",
                "0061736d0d000100071c027201017879420401400001000400016601000141000400016304010a060100016905010606"
                + "010100000166041e0061736d0d00010006050103020100070501400001000a0601000167010105140200000101670100"
                + "01020001660100000174030006060101000001660b090100036f75740101000715014203014000010004000166010004"
                + "0001740300000b0d010005616761696e0502010502");
    }

    @Test
    void importAttributesEncodeAsWasmTools() {
        assertEncodes("(component (import \"a:b/c\" (instance)) (import \"x\" (implements \"a:b/c\") (instance))"
                + " (import \"y\" (external-id \"id\") (func)) (export \"z\" (external-id \"e\") (func 0)))",
                "0061736d0d00010007030142000a0a010005613a622f63050007030142000a0e01020178010005613a622f6305010705"
                + "01400001000a0b01020179010202696401020b0b0102017a01020165010000");
    }

    @Test
    void implicitOuterAliasesEncodeAsWasmTools() {
        // each reference to an enclosing scope's type becomes an alias of its own
        assertEncodes("(component $c (type $t (record (field \"x\" u32))) (core type $ft (func))"
                + " (component (type (list $t)) (type (option $t)) (core type (func)) (alias outer $c $ft (core type))))",
                "0061736d0d0001000706017201017879030401600000042e0061736d0d00010006050103020100070301700006050103"
                + "0201000703016b020304016000000606010010020100");
    }

    @Test
    void coreGcTypesEncodeAsWasmTools() {
        assertEncodes("(component (core type $s (struct (field i32) (field (mut i64)))) (core type (array (mut i8)))"
                + " (core type (sub (struct))) (core type (sub final (func)))"
                + " (core type (module (type (struct (field f32))) (export \"g\" (global (ref null 0))))))",
                "0061736d0d0001000320055f027f007e015e78010050005f006000005002015f017d0003016703630000");
    }

    @Test
    void coreRecGroupsEncodeAsWasmTools() {
        assertEncodes("(component (core rec (type $a (struct (field (ref null $b)))) (type $b (func (param (ref $a)))))"
                + " (core type (func (result (ref $b)))))",
                "0061736d0d0001000312024e025f0163010060016400006000016401");
    }

    @Test
    void inlineExportsComeAfterAllOtherFields() {
        byte[] b = Wat.toBinary("(component (type (export \"t\") u8) (type u16))");
        // the type section (u8, u16), then an export section: name "t", sort type, index 0, no ascription
        assertEquals("0061736d0d000100" + "0703027d7b" + "0b0701000174030000", HexFormat.of().formatHex(b));
    }

    @Test
    void unknownNamesAreMalformedWithALocation() {
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> Wat.toBinary("(component\n  (export \"x\" (func $nope)))"));
        assertTrue(e.getMessage().contains("unknown func $nope"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2:"), e.getMessage());
    }

    @Test
    void implicitOuterAliasesOnlyReachModulesTypesAndComponents() {
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> Wat.componentQuoteToBinary("(import \"x\" (func $x)) (component (export \"x\" (func $x)))"));
        assertTrue(e.getMessage().contains("outer item `x` is not a module, type, or component"), e.getMessage());
        byte[] b = Wat.toBinary("(component (type $t u8) (component (type (list $t))))");
        // the nested component aliases the outer type: alias section 06, sort type 03, outer 02, count 1, index 0
        assertTrue(HexFormat.of().formatHex(b).contains("06050103020100" + "0703017000"), HexFormat.of().formatHex(b));
    }

    @Test
    void absurdNestingIsMalformedNotACrash() {
        int n = 100_000;
        assertThrows(MalformedModuleException.class,
                () -> Wat.toBinary("(component ".repeat(n) + ")".repeat(n)));
        assertThrows(MalformedModuleException.class,
                () -> Wat.toBinary("(component (type " + "(list ".repeat(n) + "u8" + ")".repeat(n) + "))"));
    }

    @Test
    void repeatedNameAttributesAreMalformed() {
        assertThrows(MalformedModuleException.class, () -> Wat.toBinary(
                "(component (import \"a\" (external-id \"x\") (external-id \"y\") (func)))"));
    }

    @Test
    void idsGoToTheComponentNameSection() {
        byte[] b = Wat.toBinary("(component $c (type $t u8))");
        String hex = HexFormat.of().formatHex(b);
        String name = HexFormat.of().formatHex("component-name".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // custom section: "component-name", subsection 0 = "c", subsection 1 = sort type, one entry 0 -> "t"
        String expected = "0e" + name + "00020163" + "0105030100" + "0174";
        assertEquals("0061736d0d000100" + "0702017d" + "00" + Integer.toHexString(expected.length() / 2) + expected, hex);
    }

    @Test
    void badEscapesUseTheComponentModelWording() {
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> Wat.componentQuoteToBinary("(import \"a\" (external-id \"\\zz\") (func))"));
        assertEquals("invalid string escape", e.reason());
    }

    @Test
    void binaryAndQuoteComponents() {
        byte[] text = Wat.toBinary("(component (type u8))");
        byte[] quoted = Wat.toBinary("(component quote \"(type u8)\")");
        assertEquals(HexFormat.of().formatHex(text), HexFormat.of().formatHex(quoted));
        byte[] bin = Wat.toBinary("(component binary \"\\00asm\" \"\\0d\\00\\01\\00\")");
        assertEquals("0061736d0d000100", HexFormat.of().formatHex(bin));
    }
}
