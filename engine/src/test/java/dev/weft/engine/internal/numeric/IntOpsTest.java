package dev.weft.engine.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.TrapException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntOpsTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        // a, b, div_s, div_u, rem_s, rem_u (i32, hex bit patterns)
        "0x00000007, 0x00000002, 0x00000003, 0x00000003, 0x00000001, 0x00000001",
        "0xfffffff9, 0x00000002, 0xfffffffd, 0x7ffffffc, 0xffffffff, 0x00000001",
        "0x00000007, 0xfffffffe, 0xfffffffd, 0x00000000, 0x00000001, 0x00000007",
        "0x80000000, 0x00000002, 0xc0000000, 0x40000000, 0x00000000, 0x00000000",
        "0x80000001, 0xffffffff, 0x7fffffff, 0x00000000, 0x00000000, 0x80000001",
        "0xffffffff, 0xffffffff, 0x00000001, 0x00000001, 0x00000000, 0x00000000",
        "0x00000000, 0x80000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000",
    })
    void i32DivisionAndRemainderRoundTowardZeroAndTreatOperandsByTheirSignedness(
            String a, String b, String divS, String divU, String remS, String remU) {
        int x = hex32(a), y = hex32(b);
        assertEquals(hex32(divS), IntOps.divS(x, y));
        assertEquals(hex32(divU), IntOps.divU(x, y));
        assertEquals(hex32(remS), IntOps.remS(x, y));
        assertEquals(hex32(remU), IntOps.remU(x, y));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "0x0000000000000007, 0x0000000000000002, 0x0000000000000003, 0x0000000000000003, 0x0000000000000001, 0x0000000000000001",
        "0xfffffffffffffff9, 0x0000000000000002, 0xfffffffffffffffd, 0x7ffffffffffffffc, 0xffffffffffffffff, 0x0000000000000001",
        "0x8000000000000000, 0x0000000000000002, 0xc000000000000000, 0x4000000000000000, 0x0000000000000000, 0x0000000000000000",
        "0x8000000000000001, 0xffffffffffffffff, 0x7fffffffffffffff, 0x0000000000000000, 0x0000000000000000, 0x8000000000000001",
        "0x0000000000000005, 0x8000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000005, 0x0000000000000005",
    })
    void i64DivisionAndRemainder(String a, String b, String divS, String divU, String remS, String remU) {
        long x = hex64(a), y = hex64(b);
        assertEquals(hex64(divS), IntOps.divS(x, y));
        assertEquals(hex64(divU), IntOps.divU(x, y));
        assertEquals(hex64(remS), IntOps.remS(x, y));
        assertEquals(hex64(remU), IntOps.remU(x, y));
    }

    @Test
    void divisionByZeroTrapsForEveryVariant() {
        for (Executable e : new Executable[] {
                () -> IntOps.divS(1, 0), () -> IntOps.divU(1, 0), () -> IntOps.remS(1, 0), () -> IntOps.remU(1, 0),
                () -> IntOps.divS(1L, 0L), () -> IntOps.divU(1L, 0L), () -> IntOps.remS(1L, 0L), () -> IntOps.remU(1L, 0L),
                () -> IntOps.remS(Integer.MIN_VALUE, 0)}) {
            assertEquals("integer divide by zero", assertThrows(TrapException.class, e).reason());
        }
    }

    @Test
    void signedDivisionOfMinByMinusOneOverflowsButRemainderIsZero() {
        assertEquals("integer overflow", assertThrows(TrapException.class, () -> IntOps.divS(Integer.MIN_VALUE, -1)).reason());
        assertEquals("integer overflow", assertThrows(TrapException.class, () -> IntOps.divS(Long.MIN_VALUE, -1L)).reason());
        assertEquals(0, IntOps.remS(Integer.MIN_VALUE, -1));
        assertEquals(0L, IntOps.remS(Long.MIN_VALUE, -1L));
    }

    static int hex32(String s) { return Integer.parseUnsignedInt(s.substring(2), 16); }

    static long hex64(String s) { return Long.parseUnsignedLong(s.substring(2), 16); }
}
