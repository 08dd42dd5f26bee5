package dev.weft.engine.internal.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.ValType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeReaderTest {

    private static CodeReader read(Bin code) {
        byte[] bytes = code.bytes();
        CodeReader r = new CodeReader(bytes, 0, bytes.length);
        r.next();
        assertTrue(r.atEnd(), "instruction consumed all its bytes");
        return r;
    }

    private static String failure(Bin code) {
        byte[] bytes = code.bytes();
        CodeReader r = new CodeReader(bytes, 0, bytes.length);
        return assertThrows(MalformedModuleException.class, () -> {
            while (!r.atEnd()) r.next();
            r.next();
        }).reason();
    }

    @Test
    void decodesPlainAndPrefixedOpcodes() {
        assertEquals(Op.I32_ADD, read(Bin.of(0x6A)).opcode);
        assertEquals(Op.I32_TRUNC_SAT_F64_U, read(Bin.of(0xFC, 0x03)).opcode);
        // The sub-opcode is a u32 and may use a redundant LEB128 encoding.
        assertEquals(Op.I32_TRUNC_SAT_F64_U, read(Bin.of(0xFC, 0x83, 0x80, 0x00)).opcode);
        assertEquals(Op.I16X8_ABS, read(Bin.of(0xFD, 0x80, 0x01)).opcode);
        assertEquals(Op.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S, read(Bin.of(0xFD, 0x93, 0x02)).opcode);
        assertEquals(Op.REF_I31, read(Bin.of(0xFB, 0x1C)).opcode);
    }

    @Test
    void decodesIndexImmediatesInBinaryOrder() {
        CodeReader r = read(Bin.of(0x11).u32(3).u32(1));
        assertEquals(Op.CALL_INDIRECT, r.opcode);
        assertEquals(3, r.a);
        assertEquals(1, r.b);
        r = read(Bin.of(0xFC, 0x0C).u32(7).u32(2));
        assertEquals(Op.TABLE_INIT, r.opcode);
        assertEquals(7, r.a, "element segment");
        assertEquals(2, r.b, "table");
        r = read(Bin.of(0xFC, 0x08).u32(4).u32(1));
        assertEquals(4, r.a, "data segment");
        assertEquals(1, r.b, "memory");
        r = read(Bin.of(0xFB, 0x02).u32(9).u32(300));
        assertEquals(9, r.a);
        assertEquals(300, r.b);
        r = read(Bin.of(0xFB, 0x08).u32(2).u32(5));
        assertEquals(Op.ARRAY_NEW_FIXED, r.opcode);
        assertEquals(5, r.b);
        assertEquals(0xFFFFFFFF, read(Bin.of(0x20).u32(0xFFFFFFFFL)).a);
        assertEquals(2, read(Bin.of(0x3F).u32(2)).a, "memory.size memory index");
    }

    @Test
    void decodesConstants() {
        assertEquals(-1, read(Bin.of(0x41, 0x7F)).constant);
        assertEquals(Integer.MIN_VALUE, read(Bin.of(0x41).s64(Integer.MIN_VALUE)).constant);
        assertEquals(Long.MIN_VALUE, read(Bin.of(0x42).s64(Long.MIN_VALUE)).constant);
        assertEquals(0x3F800000L, read(Bin.of(0x43, 0x00, 0x00, 0x80, 0x3F)).constant);
        assertEquals(0xFFF8000000000001L, read(Bin.of(0x44, 0x01, 0, 0, 0, 0, 0, 0xF8, 0xFF)).constant);
        CodeReader r = read(Bin.of(0xFD, 0x0C, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));
        assertEquals(0x0807060504030201L, r.v128Lo);
        assertEquals(0x100F0E0D0C0B0A09L, r.v128Hi);
        r = read(Bin.of(0xFD, 0x0D, 0, 31, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
        assertEquals(Op.I8X16_SHUFFLE, r.opcode);
        assertEquals(0x0706050403021F00L, r.v128Lo);
    }

    @Test
    void decodesMemargs() {
        CodeReader r = read(Bin.of(0x28, 0x02).u32(16));
        assertEquals(0, r.memIndex);
        assertEquals(2, r.alignLog2);
        assertEquals(16, r.memOffset);
        // Bit 6 of the flags: an explicit memory index follows (multi-memory).
        r = read(Bin.of(0x36, 0x42).u32(3).u32(0xFFFFFFFFFFL));
        assertEquals(3, r.memIndex);
        assertEquals(2, r.alignLog2);
        assertEquals(0xFFFFFFFFFFL, r.memOffset, "memory64 offsets are u64");
        r = read(Bin.of(0xFD, 0x57, 0x03, 0x08, 0x01));
        assertEquals(Op.V128_LOAD64_LANE, r.opcode);
        assertEquals(3, r.alignLog2);
        assertEquals(8, r.memOffset);
        assertEquals(1, r.a, "lane");
        assertEquals(15, read(Bin.of(0xFD, 0x15, 0x0F)).a);
        assertEquals(255, read(Bin.of(0xFD, 0x15, 0xFF)).a, "a lane index is a plain byte");
    }

    @Test
    void decodesBlockTypes() {
        assertEquals(CodeReader.BLOCK_EMPTY, read(Bin.of(0x02, 0x40)).blockType);
        CodeReader r = read(Bin.of(0x03, 0x7E));
        assertEquals(CodeReader.BLOCK_VALTYPE, r.blockType);
        assertEquals(ValType.I64, r.blockValType);
        r = read(Bin.of(0x04, 0x63, 0x6E));
        assertEquals(ValType.ANYREF, r.blockValType);
        assertEquals(200, read(Bin.of(0x02).s64(200)).blockType);
    }

    @Test
    void decodesBrTableBeyondTheInitialArray() {
        Bin code = Bin.of(0x0E).u32(40);
        for (int i = 0; i < 40; i++) code.u32(i * 3);
        code.u32(7);
        CodeReader r = read(code);
        assertEquals(40, r.brCount);
        assertEquals(117, r.brTargets[39]);
        assertEquals(7, r.a);
    }

    @Test
    void decodesTryTableCatches() {
        Bin code = Bin.of(0x1F, 0x40).u32(6);
        for (int i = 0; i < 6; i++) {
            int kind = i % 4;
            code.b(kind);
            if (kind < 2) code.u32(10 + i);
            code.u32(i);
        }
        CodeReader r = read(code);
        assertEquals(6, r.catchCount);
        assertArrayEquals(new int[] {0, 1, 2, 3, 0, 1}, Arrays.copyOf(r.catchKinds, 6));
        assertArrayEquals(new int[] {10, 11, -1, -1, 14, 15}, Arrays.copyOf(r.catchTags, 6));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, Arrays.copyOf(r.catchLabels, 6));
    }

    @Test
    void decodesReferenceImmediates() {
        assertEquals(ValType.NULLFUNCREF, read(Bin.of(0xD0, 0x73)).refType1);
        assertEquals(ValType.ref(true, 4), read(Bin.of(0xD0, 0x04)).refType1);
        assertEquals(ValType.ref(false, HeapType.I31), read(Bin.of(0xFB, 0x14, 0x6C)).refType1);
        assertEquals(ValType.ref(true, 2), read(Bin.of(0xFB, 0x17, 0x02)).refType1);
        CodeReader r = read(Bin.of(0xFB, 0x18, 0x01, 0x03, 0x6E, 0x02));
        assertEquals(3, r.a);
        assertEquals(ValType.ANYREF, r.refType1);
        assertEquals(ValType.ref(false, 2), r.refType2);
        r = read(Bin.of(0xFB, 0x19, 0x02, 0x00, 0x6E, 0x6C));
        assertEquals(ValType.ref(false, HeapType.ANY), r.refType1);
        assertEquals(ValType.I31REF, r.refType2);
    }

    @Test
    void reusesReferenceTypesInsteadOfAllocating() {
        assertTrue(read(Bin.of(0xD0, 0x05)).refType1 == read(Bin.of(0xFB, 0x17, 0x05)).refType1);
        assertTrue(read(Bin.of(0xD0, 0x6E)).refType1 == ValType.ANYREF);
    }

    @Test
    void decodesTypedSelect() {
        CodeReader r = read(Bin.of(0x1C, 0x01, 0x7B));
        assertEquals(Op.SELECT_T, r.opcode);
        assertEquals(1, r.b);
        assertEquals(ValType.V128, r.refType1);
        r = read(Bin.of(0x1C, 0x00));
        assertEquals(0, r.b);
        assertNull(r.refType1);
        assertEquals(2, read(Bin.of(0x1C, 0x02, 0x7F, 0x7F)).b);
    }

    @Test
    void reportsTheInstructionOffset() {
        byte[] code = Bin.of(0x41, 0x80, 0x01, 0x1A, 0x0B).bytes();
        CodeReader r = new CodeReader(code, 0, code.length);
        r.next();
        assertEquals(3, r.position());
        r.next();
        assertEquals(3, r.instrOffset());
        r.next();
        assertTrue(r.atEnd());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "06, illegal opcode 06",
        "ff, illegal opcode ff",
        "27, illegal opcode 27",
        "fb 1f, illegal opcode fb 1f",
        "fc 12, illegal opcode fc 12",
        "fd 9a 01, illegal opcode fd 9a",
        "fd 94 02, illegal opcode fd 114",
        "fc ff ff ff ff 0f, illegal opcode fc ffffffff",
        "28 80 01 00, malformed memop flags",
        "28 80 02 00, malformed memop flags",
        "28 02, unexpected end of section or function",
        "41 80 80 80 80 70, integer too large",
        "41, unexpected end of section or function",
        "1f 40 01 04 00, malformed catch clause",
        "fb 18 04 00 6e 6e, malformed br_on_cast flags",
        "d0 7a, malformed heap type",
        "02 50, malformed reference type",
        "02 ff 7f, malformed type index",
        "44 00 00 00 00, unexpected end of section or function",
        "fd 0c 00 00, unexpected end of section or function",
        "fd 15, unexpected end of section or function",
        "0e 05 00, length out of bounds",
    })
    void rejectsMalformedInstructions(String hex, String reason) {
        Bin code = new Bin();
        for (String h : hex.split(" ")) code.b(Integer.parseInt(h, 16));
        assertEquals(reason, failure(code));
    }
}
