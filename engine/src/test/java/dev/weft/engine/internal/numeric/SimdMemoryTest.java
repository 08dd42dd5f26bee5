package dev.weft.engine.internal.numeric;

import static dev.weft.engine.internal.numeric.SimdTesting.i16;
import static dev.weft.engine.internal.numeric.SimdTesting.i32;
import static dev.weft.engine.internal.numeric.SimdTesting.i64;
import static dev.weft.engine.internal.numeric.SimdTesting.i8;
import static dev.weft.engine.internal.numeric.SimdTesting.opcode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimdMemoryTest {

    /** Bytes 0x80, 0x81, ..., 0x87 as read little-endian from memory. */
    private static final long BYTES = 0x8786_8584_8382_8180L;

    private static long[] at1(java.util.function.Consumer<long[]> write) {
        long[] s = {SimdTesting.SENTINEL, 0, 0, SimdTesting.SENTINEL};
        write.accept(s);
        assertEquals(SimdTesting.SENTINEL, s[0]);
        assertEquals(SimdTesting.SENTINEL, s[3]);
        return new long[] {s[1], s[2]};
    }

    @Test
    void loadExtendWidensEachHalfOfTheEightBytes() {
        assertArrayEquals(i16(-128, -127, -126, -125, -124, -123, -122, -121),
                at1(s -> SimdMemory.loadExtend(opcode("v128.load8x8_s"), s, 1, BYTES)));
        assertArrayEquals(i16(0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87),
                at1(s -> SimdMemory.loadExtend(opcode("v128.load8x8_u"), s, 1, BYTES)));
        assertArrayEquals(i32(0xffff8180, 0xffff8382, 0xffff8584, 0xffff8786),
                at1(s -> SimdMemory.loadExtend(opcode("v128.load16x4_s"), s, 1, BYTES)));
        assertArrayEquals(i32(0x8180, 0x8382, 0x8584, 0x8786),
                at1(s -> SimdMemory.loadExtend(opcode("v128.load16x4_u"), s, 1, BYTES)));
        assertArrayEquals(i64(0xffff_ffff_8382_8180L, 0xffff_ffff_8786_8584L),
                at1(s -> SimdMemory.loadExtend(opcode("v128.load32x2_s"), s, 1, BYTES)));
        assertArrayEquals(i64(0x8382_8180L, 0x8786_8584L),
                at1(s -> SimdMemory.loadExtend(opcode("v128.load32x2_u"), s, 1, BYTES)));
    }

    @Test
    void loadSplatRepeatsTheValueInEveryLane() {
        assertArrayEquals(i8(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80),
                at1(s -> SimdMemory.loadSplat(opcode("v128.load8_splat"), s, 1, 0x80)));
        assertArrayEquals(i16(0x8180, 0x8180, 0x8180, 0x8180, 0x8180, 0x8180, 0x8180, 0x8180),
                at1(s -> SimdMemory.loadSplat(opcode("v128.load16_splat"), s, 1, 0x8180)));
        assertArrayEquals(i32(0x83828180, 0x83828180, 0x83828180, 0x83828180),
                at1(s -> SimdMemory.loadSplat(opcode("v128.load32_splat"), s, 1, 0x8382_8180L)));
        assertArrayEquals(i64(BYTES, BYTES), at1(s -> SimdMemory.loadSplat(opcode("v128.load64_splat"), s, 1, BYTES)));
    }

    @Test
    void loadZeroClearsTheUpperBytes() {
        assertArrayEquals(i64(0x8382_8180L, 0), at1(s -> SimdMemory.loadZero(s, 1, 0x8382_8180L)));
        assertArrayEquals(i64(BYTES, 0), at1(s -> SimdMemory.loadZero(s, 1, BYTES)));
    }

    @Test
    void loadLaneReplacesOnlyThatLane() {
        long[] base = i64(0x0706_0504_0302_0100L, 0x0f0e_0d0c_0b0a_0908L);
        assertArrayEquals(i64(0x0706_0504_0302_0100L, 0x0f0e_0d0c_0bff_0908L),
                at1(s -> { s[1] = base[0]; s[2] = base[1]; SimdMemory.loadLane(opcode("v128.load8_lane"), s, 1, 10, 0xff); }));
        assertArrayEquals(i64(0x0706_beef_0302_0100L, base[1]),
                at1(s -> { s[1] = base[0]; s[2] = base[1]; SimdMemory.loadLane(opcode("v128.load16_lane"), s, 1, 2, 0xbeef); }));
        assertArrayEquals(i64(base[0], 0xdead_beef_0b0a_0908L),
                at1(s -> { s[1] = base[0]; s[2] = base[1]; SimdMemory.loadLane(opcode("v128.load32_lane"), s, 1, 3, 0xdead_beefL); }));
        assertArrayEquals(i64(base[0], BYTES),
                at1(s -> { s[1] = base[0]; s[2] = base[1]; SimdMemory.loadLane(opcode("v128.load64_lane"), s, 1, 1, BYTES); }));
    }

    @Test
    void storeLaneReturnsTheLaneZeroExtended() {
        long lo = 0x8786_8584_8382_8180L, hi = 0x8f8e_8d8c_8b8a_8988L;
        assertEquals(0x8fL, SimdMemory.storeLane(opcode("v128.store8_lane"), lo, hi, 15));
        assertEquals(0x8180L, SimdMemory.storeLane(opcode("v128.store16_lane"), lo, hi, 0));
        assertEquals(0x8b8a_8988L, SimdMemory.storeLane(opcode("v128.store32_lane"), lo, hi, 2));
        assertEquals(hi, SimdMemory.storeLane(opcode("v128.store64_lane"), lo, hi, 1));
    }
}
