package dev.weft.engine.internal.numeric;

import static dev.weft.engine.internal.decode.Op.*;

/**
 * The lane arithmetic of the SIMD memory instructions. The interpreter does the bounds-checked
 * little-endian read or write itself and passes the bits here; results are written to the two
 * stack slots of a v128 at {@code s[at]} (bytes 0-7) and {@code s[at+1]} (bytes 8-15).
 * Plain {@code v128.load}/{@code v128.store} need no help: they are the two slots as they are.
 */
public final class SimdMemory {
    private SimdMemory() {}

    /** v128.load8x8_s/u, load16x4_s/u, load32x2_s/u: {@code bits} are the 8 bytes read. */
    public static void loadExtend(int opcode, long[] s, int at, long bits) {
        int lo = (int) bits, hi = (int) (bits >>> 32);
        switch (opcode) {
            case V128_LOAD8X8_S -> { s[at] = I16x8.extendS(lo); s[at + 1] = I16x8.extendS(hi); }
            case V128_LOAD8X8_U -> { s[at] = I16x8.extendU(lo); s[at + 1] = I16x8.extendU(hi); }
            case V128_LOAD16X4_S -> { s[at] = I32x4.extendS(lo); s[at + 1] = I32x4.extendS(hi); }
            case V128_LOAD16X4_U -> { s[at] = I32x4.extendU(lo); s[at + 1] = I32x4.extendU(hi); }
            case V128_LOAD32X2_S -> { s[at] = lo; s[at + 1] = hi; }
            case V128_LOAD32X2_U -> { s[at] = lo & 0xFFFF_FFFFL; s[at + 1] = hi & 0xFFFF_FFFFL; }
            default -> throw notMemoryOp(opcode);
        }
    }

    /** v128.load8/16/32/64_splat: {@code bits} hold the value read in their low bits. */
    public static void loadSplat(int opcode, long[] s, int at, long bits) {
        long half = switch (opcode) {
            case V128_LOAD8_SPLAT -> I8x16.splat(bits);
            case V128_LOAD16_SPLAT -> I16x8.splat(bits);
            case V128_LOAD32_SPLAT -> I32x4.splat(bits);
            case V128_LOAD64_SPLAT -> bits;
            default -> throw notMemoryOp(opcode);
        };
        s[at] = half;
        s[at + 1] = half;
    }

    /** v128.load32_zero/load64_zero: {@code bits} hold the value read, zero-extended to 64 bits. */
    public static void loadZero(long[] s, int at, long bits) {
        s[at] = bits;
        s[at + 1] = 0;
    }

    /** v128.load8/16/32/64_lane: replaces lane {@code lane} of the v128 at {@code s[at]}. */
    public static void loadLane(int opcode, long[] s, int at, int lane, long bits) {
        int replace = switch (opcode) {
            case V128_LOAD8_LANE -> I8X16_REPLACE_LANE;
            case V128_LOAD16_LANE -> I16X8_REPLACE_LANE;
            case V128_LOAD32_LANE -> I32X4_REPLACE_LANE;
            case V128_LOAD64_LANE -> I64X2_REPLACE_LANE;
            default -> throw notMemoryOp(opcode);
        };
        Simd.replaceLane(replace, s, at, lane, bits);
    }

    /** v128.store8/16/32/64_lane: the bits of lane {@code lane} to write, zero-extended. */
    public static long storeLane(int opcode, long lo, long hi, int lane) {
        return switch (opcode) {
            case V128_STORE8_LANE -> Simd.extractLane(I8X16_EXTRACT_LANE_U, lo, hi, lane);
            case V128_STORE16_LANE -> Simd.extractLane(I16X8_EXTRACT_LANE_U, lo, hi, lane);
            case V128_STORE32_LANE -> Simd.extractLane(I32X4_EXTRACT_LANE, lo, hi, lane) & 0xFFFF_FFFFL;
            case V128_STORE64_LANE -> lane == 0 ? lo : hi;
            default -> throw notMemoryOp(opcode);
        };
    }

    private static IllegalArgumentException notMemoryOp(int opcode) {
        return new IllegalArgumentException("not a SIMD memory instruction handled here: 0x" + Integer.toHexString(opcode));
    }
}
