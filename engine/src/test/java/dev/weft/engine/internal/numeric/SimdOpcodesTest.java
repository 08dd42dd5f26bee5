package dev.weft.engine.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.engine.internal.decode.Op;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class SimdOpcodesTest {

    @Test
    void everyConstantEqualsTheOpcodeOfTheSameNameInOp() throws ReflectiveOperationException {
        int checked = 0;
        for (Field local : SimdOpcodes.class.getDeclaredFields()) {
            if (!Modifier.isStatic(local.getModifiers())) continue;
            assertEquals(Op.class.getField(local.getName()).getInt(null), local.getInt(null), local.getName());
            checked++;
        }
        long simdInOp = java.util.Arrays.stream(Op.opcodes()).filter(op -> op >>> 16 == 0xFD).count();
        assertEquals(simdInOp, checked, "SimdOpcodes must list every 0xFD opcode");
    }
}
