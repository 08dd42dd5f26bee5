package dev.weft.engine.internal.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpTest {

    @Test
    void prefixedOpcodesCombinePrefixAndSubOpcode() {
        assertEquals(0xFC0000, Op.I32_TRUNC_SAT_F32_S);
        assertEquals(0xFD000D, Op.I8X16_SHUFFLE);
        assertEquals(0xFD0113, Op.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S);
        assertEquals(0xFB001E, Op.I31_GET_U);
    }

    @Test
    void namesRoundTripThroughByName() {
        Set<String> seen = new HashSet<>();
        for (int op : Op.opcodes()) {
            String name = Op.name(op);
            assertNotNull(name);
            assertNotNull(Op.immediates(op));
            if (seen.add(name)) assertEquals(op, Op.byName(name), name);
        }
        assertEquals(499, Op.opcodes().length);
    }

    @Test
    void everyConstantIsNamedAfterItsTextNameAndInTheTable() throws IllegalAccessException {
        Set<Integer> tabled = new HashSet<>();
        for (int op : Op.opcodes()) tabled.add(op);
        int constants = 0;
        for (Field f : Op.class.getFields()) {
            if (f.getType() != int.class || !Modifier.isStatic(f.getModifiers())) continue;
            int op = f.getInt(null);
            constants++;
            assertTrue(tabled.contains(op), f.getName());
            String expected = Op.name(op).toUpperCase(Locale.ROOT).replace('.', '_');
            switch (f.getName()) {
                case "SELECT_T" -> assertEquals("SELECT", expected);
                case "REF_TEST_NULL", "REF_CAST_NULL" -> assertEquals(f.getName(), expected + "_NULL");
                default -> assertEquals(f.getName(), expected);
            }
        }
        assertEquals(tabled.size(), constants);
    }

    @Test
    void sharedTextNamesResolveToTheUntypedForm() {
        assertEquals(Op.SELECT, Op.byName("select"));
        assertEquals("select", Op.name(Op.SELECT_T));
        assertEquals(Op.REF_TEST, Op.byName("ref.test"));
        assertEquals("ref.cast", Op.name(Op.REF_CAST_NULL));
    }

    @Test
    void unknownOpcodesAndNamesAreReported() {
        assertNull(Op.name(0x06));
        assertNull(Op.immediates(0xFD0114));
        assertNull(Op.immediates(0xFE0000));
        assertNull(Op.immediates(0x1FF));
        assertEquals(-1, Op.byName("i32.frob"));
    }

    @Test
    void immediateShapes() {
        assertEquals(Op.Imm.CALL_INDIRECT, Op.immediates(Op.RETURN_CALL_INDIRECT));
        assertEquals(Op.Imm.MEMARG_LANE, Op.immediates(Op.V128_STORE64_LANE));
        assertEquals(Op.Imm.ELEM_TABLE, Op.immediates(Op.TABLE_INIT));
        assertEquals(Op.Imm.BR_ON_CAST, Op.immediates(Op.BR_ON_CAST_FAIL));
        assertEquals(Op.Imm.NONE, Op.immediates(Op.I32_ADD));
    }
}
