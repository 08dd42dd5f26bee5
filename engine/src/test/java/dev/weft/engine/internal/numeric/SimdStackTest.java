package dev.weft.engine.internal.numeric;

import static dev.weft.engine.internal.numeric.SimdTesting.SENTINEL;
import static dev.weft.engine.internal.numeric.SimdTesting.i16;
import static dev.weft.engine.internal.numeric.SimdTesting.i32;
import static dev.weft.engine.internal.numeric.SimdTesting.i64;
import static dev.weft.engine.internal.numeric.SimdTesting.i8;
import static dev.weft.engine.internal.numeric.SimdTesting.opcode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link Simd#execute} moves the stack pointer and where it leaves results. */
class SimdStackTest {

    private static final long LO = 0x8786_8584_8382_8180L, HI = 0x8f8e_8d8c_8b8a_8988L;

    @Test
    void constPushesTwoSlots() {
        long[] s = {SENTINEL, 0, 0};
        assertEquals(3, Simd.execute(opcode("v128.const"), s, 1, 0, LO, HI));
        assertArrayEquals(new long[] {SENTINEL, LO, HI}, s);
    }

    @ParameterizedTest(name = "{0} lane {1}")
    @CsvSource({
        "i8x16.extract_lane_s, 0, 0xffffffffffffff80",
        "i8x16.extract_lane_u, 15, 0x000000000000008f",
        "i16x8.extract_lane_s, 5, 0xffffffffffff8b8a",
        "i16x8.extract_lane_u, 3, 0x0000000000008786",
        "i32x4.extract_lane, 1, 0xffffffff87868584",
        "f32x4.extract_lane, 2, 0xffffffff8b8a8988",
        "i64x2.extract_lane, 1, 0x8f8e8d8c8b8a8988",
        "f64x2.extract_lane, 0, 0x8786858483828180",
    })
    void extractLaneReplacesTheVectorWithOneSlot(String name, int lane, String expected) {
        long[] s = {SENTINEL, LO, HI};
        assertEquals(2, Simd.execute(opcode(name), s, 3, lane, 0, 0));
        assertEquals(SENTINEL, s[0]);
        // i32 results are compared as ints: only the low 32 bits of the slot are the value
        long want = IntOpsTest.hex64(expected);
        if (name.startsWith("i64") || name.startsWith("f64")) assertEquals(want, s[1]);
        else assertEquals((int) want, (int) s[1]);
    }

    @ParameterizedTest(name = "{0} lane {1}")
    @CsvSource({
        "i8x16.replace_lane, 9, 0x8f8e8d8c8b8a7788, 0x8786858483828180",
        "i16x8.replace_lane, 0, 0x8f8e8d8c8b8a8988, 0x8786858483827777",
        "i32x4.replace_lane, 3, 0x777777778b8a8988, 0x8786858483828180",
        "f32x4.replace_lane, 0, 0x8f8e8d8c8b8a8988, 0x8786858477777777",
        "i64x2.replace_lane, 0, 0x8f8e8d8c8b8a8988, 0x7777777777777777",
        "f64x2.replace_lane, 1, 0x7777777777777777, 0x8786858483828180",
    })
    void replaceLaneConsumesTheScalar(String name, int lane, String hi, String lo) {
        long[] s = {SENTINEL, LO, HI, 0x7777_7777_7777_7777L};
        assertEquals(3, Simd.execute(opcode(name), s, 4, lane, 0, 0));
        assertEquals(SENTINEL, s[0]);
        assertEquals(IntOpsTest.hex64(lo), s[1]);
        assertEquals(IntOpsTest.hex64(hi), s[2]);
    }

    @Test
    void splatTurnsOneSlotIntoTwo() {
        long[] s = {SENTINEL, 0xffff_ffff_ffff_ff81L, 0};
        assertEquals(3, Simd.execute(opcode("i8x16.splat"), s, 2, 0, 0, 0));
        assertArrayEquals(new long[] {SENTINEL, 0x8181_8181_8181_8181L, 0x8181_8181_8181_8181L}, s);
        s = new long[] {SENTINEL, 0x1234_5678_9abc_def0L, 0};
        Simd.execute(opcode("i16x8.splat"), s, 2, 0, 0, 0);
        assertArrayEquals(i16(0xdef0, 0xdef0, 0xdef0, 0xdef0, 0xdef0, 0xdef0, 0xdef0, 0xdef0), new long[] {s[1], s[2]});
        s = new long[] {SENTINEL, 0x1234_5678_9abc_def0L, 0};
        Simd.execute(opcode("f32x4.splat"), s, 2, 0, 0, 0);
        assertArrayEquals(i32(0x9abcdef0, 0x9abcdef0, 0x9abcdef0, 0x9abcdef0), new long[] {s[1], s[2]});
        s = new long[] {SENTINEL, 0x1234_5678_9abc_def0L, 0};
        Simd.execute(opcode("i64x2.splat"), s, 2, 0, 0, 0);
        assertArrayEquals(i64(0x1234_5678_9abc_def0L, 0x1234_5678_9abc_def0L), new long[] {s[1], s[2]});
    }

    @Test
    void shuffleTakesLaneIndicesFromTheImmediates() {
        long[] a = i8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        long[] b = i8(16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
        long[] indices = i8(31, 0, 16, 15, 8, 24, 7, 23, 1, 30, 2, 29, 3, 28, 4, 27);
        long[] s = {SENTINEL, a[0], a[1], b[0], b[1]};
        assertEquals(3, Simd.execute(opcode("i8x16.shuffle"), s, 5, 0, indices[0], indices[1]));
        assertEquals(SENTINEL, s[0]);
        assertArrayEquals(indices, new long[] {s[1], s[2]});
    }

    @Test
    void familiesOfEachShapeReturnTheRightStackPointer() {
        long[] s = {SENTINEL, 1, 2, 3, 4, 5, 6};
        assertEquals(3, Simd.execute(opcode("v128.bitselect"), s, 7, 0, 0, 0));
        assertEquals(5, Simd.execute(opcode("i32x4.add"), new long[7], 7, 0, 0, 0));
        assertEquals(7, Simd.execute(opcode("f64x2.sqrt"), new long[7], 7, 0, 0, 0));
        assertEquals(7, Simd.execute(opcode("i16x8.extend_low_i8x16_u"), new long[7], 7, 0, 0, 0));
        assertEquals(6, Simd.execute(opcode("v128.any_true"), new long[7], 7, 0, 0, 0));
        assertEquals(6, Simd.execute(opcode("i64x2.shl"), new long[7], 7, 0, 0, 0));
        assertEquals(5, Simd.execute(opcode("i8x16.swizzle"), new long[7], 7, 0, 0, 0));
    }
}
