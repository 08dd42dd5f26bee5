package dev.weft.engine.internal.numeric;

import static dev.weft.engine.internal.decode.Op.*;

/**
 * Executes the 0xFD instructions that do not touch memory, directly on the interpreter's operand
 * stack. A v128 occupies two consecutive slots: the lower-addressed slot holds bytes 0-7 (lane 0
 * of every shape in its low bits), the next one bytes 8-15. Scalars occupy one slot (i32 as an int
 * in the low bits, f32 as its raw bits, i64/f64 raw).
 *
 * <p>{@link #execute} only routes by operand shape; each family method is a switch over the
 * instructions of that shape, kept separate so that no method grows past HotSpot's 8000-byte
 * limit for JIT compilation. Relaxed-SIMD instructions take the deterministic-profile choice
 * (the spec's first alternative): relaxed_madd is unfused, relaxed_min/max are min/max,
 * relaxed_trunc is trunc_sat, relaxed_swizzle is swizzle, relaxed_laneselect is bitselect,
 * relaxed_q15mulr is q15mulr_sat, relaxed_dot treats the second operand as signed with saturating
 * pairwise sums.
 */
public final class Simd {
    private Simd() {}

    /**
     * Executes SIMD instruction {@code opcode} (full prefixed int, see {@code Op}) on the stack whose
     * top value ends at {@code s[sp-1]} ({@code sp} = number of used slots). Immediates: lane index
     * in {@code lane}, v128.const/shuffle bits in {@code immLo}/{@code immHi}. Returns the new sp.
     */
    public static int execute(int opcode, long[] s, int sp, int lane, long immLo, long immHi) {
        switch (opcode) {
            case V128_CONST -> {
                s[sp] = immLo;
                s[sp + 1] = immHi;
                return sp + 2;
            }
            case I8X16_SHUFFLE -> {
                shuffle(s, sp - 4, immLo, immHi);
                return sp - 2;
            }
            case I8X16_SWIZZLE, I8X16_RELAXED_SWIZZLE -> {
                swizzle(s, sp - 4);
                return sp - 2;
            }
            case I8X16_SPLAT, I16X8_SPLAT, I32X4_SPLAT, I64X2_SPLAT, F32X4_SPLAT, F64X2_SPLAT -> {
                return splat(opcode, s, sp);
            }
            case I8X16_EXTRACT_LANE_S, I8X16_EXTRACT_LANE_U, I16X8_EXTRACT_LANE_S, I16X8_EXTRACT_LANE_U,
                 I32X4_EXTRACT_LANE, I64X2_EXTRACT_LANE, F32X4_EXTRACT_LANE, F64X2_EXTRACT_LANE -> {
                s[sp - 2] = extractLane(opcode, s[sp - 2], s[sp - 1], lane);
                return sp - 1;
            }
            case I8X16_REPLACE_LANE, I16X8_REPLACE_LANE, I32X4_REPLACE_LANE, I64X2_REPLACE_LANE,
                 F32X4_REPLACE_LANE, F64X2_REPLACE_LANE -> {
                replaceLane(opcode, s, sp - 3, lane, s[sp - 1]);
                return sp - 1;
            }
            case V128_ANY_TRUE, I8X16_ALL_TRUE, I16X8_ALL_TRUE, I32X4_ALL_TRUE, I64X2_ALL_TRUE,
                 I8X16_BITMASK, I16X8_BITMASK, I32X4_BITMASK, I64X2_BITMASK -> {
                s[sp - 2] = test(opcode, s[sp - 2], s[sp - 1]);
                return sp - 1;
            }
            case I8X16_SHL, I8X16_SHR_S, I8X16_SHR_U, I16X8_SHL, I16X8_SHR_S, I16X8_SHR_U,
                 I32X4_SHL, I32X4_SHR_S, I32X4_SHR_U, I64X2_SHL, I64X2_SHR_S, I64X2_SHR_U -> {
                shift(opcode, s, sp - 3, (int) s[sp - 1]);
                return sp - 1;
            }
            case V128_BITSELECT, I8X16_RELAXED_LANESELECT, I16X8_RELAXED_LANESELECT, I32X4_RELAXED_LANESELECT,
                 I64X2_RELAXED_LANESELECT, F32X4_RELAXED_MADD, F32X4_RELAXED_NMADD, F64X2_RELAXED_MADD,
                 F64X2_RELAXED_NMADD, I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S -> {
                ternary(opcode, s, sp - 6);
                return sp - 4;
            }
            case V128_NOT, I8X16_ABS, I8X16_NEG, I8X16_POPCNT, I16X8_ABS, I16X8_NEG, I32X4_ABS, I32X4_NEG,
                 I64X2_ABS, I64X2_NEG, F32X4_ABS, F32X4_NEG, F32X4_SQRT, F32X4_CEIL, F32X4_FLOOR, F32X4_TRUNC,
                 F32X4_NEAREST, F64X2_ABS, F64X2_NEG, F64X2_SQRT, F64X2_CEIL, F64X2_FLOOR, F64X2_TRUNC,
                 F64X2_NEAREST -> {
                unary(opcode, s, sp - 2);
                return sp;
            }
            case I16X8_EXTEND_LOW_I8X16_S, I16X8_EXTEND_HIGH_I8X16_S, I16X8_EXTEND_LOW_I8X16_U,
                 I16X8_EXTEND_HIGH_I8X16_U, I32X4_EXTEND_LOW_I16X8_S, I32X4_EXTEND_HIGH_I16X8_S,
                 I32X4_EXTEND_LOW_I16X8_U, I32X4_EXTEND_HIGH_I16X8_U, I64X2_EXTEND_LOW_I32X4_S,
                 I64X2_EXTEND_HIGH_I32X4_S, I64X2_EXTEND_LOW_I32X4_U, I64X2_EXTEND_HIGH_I32X4_U,
                 I16X8_EXTADD_PAIRWISE_I8X16_S, I16X8_EXTADD_PAIRWISE_I8X16_U, I32X4_EXTADD_PAIRWISE_I16X8_S,
                 I32X4_EXTADD_PAIRWISE_I16X8_U, I32X4_TRUNC_SAT_F32X4_S, I32X4_TRUNC_SAT_F32X4_U,
                 I32X4_RELAXED_TRUNC_F32X4_S, I32X4_RELAXED_TRUNC_F32X4_U, I32X4_TRUNC_SAT_F64X2_S_ZERO,
                 I32X4_TRUNC_SAT_F64X2_U_ZERO, I32X4_RELAXED_TRUNC_F64X2_S_ZERO,
                 I32X4_RELAXED_TRUNC_F64X2_U_ZERO, F32X4_CONVERT_I32X4_S, F32X4_CONVERT_I32X4_U,
                 F64X2_CONVERT_LOW_I32X4_S, F64X2_CONVERT_LOW_I32X4_U, F32X4_DEMOTE_F64X2_ZERO,
                 F64X2_PROMOTE_LOW_F32X4 -> {
                convert(opcode, s, sp - 2);
                return sp;
            }
            default -> {
                if (opcode <= V128_XOR) compareOrBitwise(opcode, s, sp - 4);
                else if (opcode < I32X4_ABS) binarySmallLanes(opcode, s, sp - 4);
                else binaryWideLanes(opcode, s, sp - 4);
                return sp - 2;
            }
        }
    }

    // ---- lanes and immediates ----

    private static int splat(int opcode, long[] s, int sp) {
        long x = s[sp - 1];
        long half = switch (opcode) {
            case I8X16_SPLAT -> I8x16.splat(x);
            case I16X8_SPLAT -> I16x8.splat(x);
            case I32X4_SPLAT, F32X4_SPLAT -> I32x4.splat(x);
            default -> x; // i64x2, f64x2
        };
        s[sp - 1] = half;
        s[sp] = half;
        return sp + 1;
    }

    /** The lane as a stack slot: i32 results sign-extended into the long, f32 as raw bits. */
    static long extractLane(int opcode, long lo, long hi, int lane) {
        return switch (opcode) {
            case I8X16_EXTRACT_LANE_S -> I8x16.lane(lane < 8 ? lo : hi, lane & 7);
            case I8X16_EXTRACT_LANE_U -> I8x16.lane(lane < 8 ? lo : hi, lane & 7) & 0xFF;
            case I16X8_EXTRACT_LANE_S -> I16x8.lane(lane < 4 ? lo : hi, lane & 3);
            case I16X8_EXTRACT_LANE_U -> I16x8.lane(lane < 4 ? lo : hi, lane & 3) & 0xFFFF;
            case I32X4_EXTRACT_LANE, F32X4_EXTRACT_LANE -> I32x4.lane(lane < 2 ? lo : hi, lane & 1);
            case I64X2_EXTRACT_LANE, F64X2_EXTRACT_LANE -> lane == 0 ? lo : hi;
            default -> throw unknown(opcode);
        };
    }

    /** Replaces lane {@code lane} of the v128 at {@code s[at]} with the low bits of {@code value}. */
    static void replaceLane(int opcode, long[] s, int at, int lane, long value) {
        switch (opcode) {
            case I8X16_REPLACE_LANE -> {
                int i = at + (lane >>> 3);
                s[i] = I8x16.withLane(s[i], lane & 7, value);
            }
            case I16X8_REPLACE_LANE -> {
                int i = at + (lane >>> 2);
                s[i] = I16x8.withLane(s[i], lane & 3, value);
            }
            case I32X4_REPLACE_LANE, F32X4_REPLACE_LANE -> {
                int i = at + (lane >>> 1);
                s[i] = I32x4.withLane(s[i], lane & 1, value);
            }
            case I64X2_REPLACE_LANE, F64X2_REPLACE_LANE -> s[at + lane] = value;
            default -> throw unknown(opcode);
        }
    }

    /** Selects bytes of two v128 (at {@code s[at]} and {@code s[at+2]}) by the 16 indices in lo/hi. */
    private static void shuffle(long[] s, int at, long indicesLo, long indicesHi) {
        long a0 = s[at], a1 = s[at + 1], b0 = s[at + 2], b1 = s[at + 3];
        long r0 = 0, r1 = 0;
        for (int i = 0; i < 64; i += 8) {
            r0 |= shuffleByte(a0, a1, b0, b1, (int) (indicesLo >>> i) & 31) << i;
            r1 |= shuffleByte(a0, a1, b0, b1, (int) (indicesHi >>> i) & 31) << i;
        }
        s[at] = r0;
        s[at + 1] = r1;
    }

    private static long shuffleByte(long a0, long a1, long b0, long b1, int index) {
        long half = switch (index >>> 3) {
            case 0 -> a0;
            case 1 -> a1;
            case 2 -> b0;
            default -> b1;
        };
        return (half >>> ((index & 7) << 3)) & 0xFF;
    }

    /** Byte {@code j} of the result is byte {@code b[j]} of {@code a}, or 0 if that index is >= 16. */
    private static void swizzle(long[] s, int at) {
        long a0 = s[at], a1 = s[at + 1];
        s[at] = swizzle(a0, a1, s[at + 2]);
        s[at + 1] = swizzle(a0, a1, s[at + 3]);
    }

    private static long swizzle(long a0, long a1, long indices) {
        long r = 0;
        for (int i = 0; i < 64; i += 8) {
            int index = (int) (indices >>> i) & 0xFF;
            if (index < 16) r |= ((index < 8 ? a0 : a1) >>> ((index & 7) << 3) & 0xFF) << i;
        }
        return r;
    }

    // ---- families by operand shape ----

    private static long test(int opcode, long lo, long hi) {
        return switch (opcode) {
            case V128_ANY_TRUE -> (lo | hi) != 0 ? 1 : 0;
            case I8X16_ALL_TRUE -> I8x16.allNonZero(lo) && I8x16.allNonZero(hi) ? 1 : 0;
            case I16X8_ALL_TRUE -> I16x8.allNonZero(lo) && I16x8.allNonZero(hi) ? 1 : 0;
            case I32X4_ALL_TRUE -> I32x4.allNonZero(lo) && I32x4.allNonZero(hi) ? 1 : 0;
            case I64X2_ALL_TRUE -> lo != 0 && hi != 0 ? 1 : 0;
            case I8X16_BITMASK -> I8x16.bitmask(lo) | I8x16.bitmask(hi) << 8;
            case I16X8_BITMASK -> I16x8.bitmask(lo) | I16x8.bitmask(hi) << 4;
            case I32X4_BITMASK -> I32x4.bitmask(lo) | I32x4.bitmask(hi) << 2;
            case I64X2_BITMASK -> I64x2.bitmask(lo, hi);
            default -> throw unknown(opcode);
        };
    }

    /** Shift counts are taken modulo the lane width (Java's int/long shifts already do that). */
    private static void shift(int opcode, long[] s, int at, int n) {
        long lo = s[at], hi = s[at + 1];
        switch (opcode) {
            case I8X16_SHL -> { lo = I8x16.shl(lo, n); hi = I8x16.shl(hi, n); }
            case I8X16_SHR_S -> { lo = I8x16.shrS(lo, n); hi = I8x16.shrS(hi, n); }
            case I8X16_SHR_U -> { lo = I8x16.shrU(lo, n); hi = I8x16.shrU(hi, n); }
            case I16X8_SHL -> { lo = I16x8.shl(lo, n); hi = I16x8.shl(hi, n); }
            case I16X8_SHR_S -> { lo = I16x8.shrS(lo, n); hi = I16x8.shrS(hi, n); }
            case I16X8_SHR_U -> { lo = I16x8.shrU(lo, n); hi = I16x8.shrU(hi, n); }
            case I32X4_SHL -> { lo = I32x4.shl(lo, n); hi = I32x4.shl(hi, n); }
            case I32X4_SHR_S -> { lo = I32x4.shrS(lo, n); hi = I32x4.shrS(hi, n); }
            case I32X4_SHR_U -> { lo = I32x4.shrU(lo, n); hi = I32x4.shrU(hi, n); }
            case I64X2_SHL -> { lo <<= n; hi <<= n; }
            case I64X2_SHR_S -> { lo >>= n; hi >>= n; }
            case I64X2_SHR_U -> { lo >>>= n; hi >>>= n; }
            default -> throw unknown(opcode);
        }
        s[at] = lo;
        s[at + 1] = hi;
    }

    /** Three v128 operands at {@code s[at..at+5]}; the result replaces the first. */
    private static void ternary(int opcode, long[] s, int at) {
        long a0 = s[at], a1 = s[at + 1], b0 = s[at + 2], b1 = s[at + 3], c0 = s[at + 4], c1 = s[at + 5];
        long r0, r1;
        switch (opcode) {
            case V128_BITSELECT, I8X16_RELAXED_LANESELECT, I16X8_RELAXED_LANESELECT, I32X4_RELAXED_LANESELECT,
                 I64X2_RELAXED_LANESELECT -> {
                r0 = I8x16.select(c0, a0, b0);
                r1 = I8x16.select(c1, a1, b1);
            }
            case F32X4_RELAXED_MADD -> { r0 = F32x4.madd(a0, b0, c0); r1 = F32x4.madd(a1, b1, c1); }
            case F32X4_RELAXED_NMADD -> { r0 = F32x4.madd(F32x4.neg(a0), b0, c0); r1 = F32x4.madd(F32x4.neg(a1), b1, c1); }
            case F64X2_RELAXED_MADD -> { r0 = F64x2.madd(a0, b0, c0); r1 = F64x2.madd(a1, b1, c1); }
            case F64X2_RELAXED_NMADD -> {
                r0 = F64x2.madd(FloatOps.f64Neg(a0), b0, c0);
                r1 = F64x2.madd(FloatOps.f64Neg(a1), b1, c1);
            }
            case I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S -> {
                r0 = I32x4.add(I32x4.extaddPairwiseS(I16x8.relaxedDotS(a0, b0)), c0);
                r1 = I32x4.add(I32x4.extaddPairwiseS(I16x8.relaxedDotS(a1, b1)), c1);
            }
            default -> throw unknown(opcode);
        }
        s[at] = r0;
        s[at + 1] = r1;
    }

    /** Lane-wise v128 -> v128 operations that keep the lane shape. */
    private static void unary(int opcode, long[] s, int at) {
        long a0 = s[at], a1 = s[at + 1];
        long r0, r1;
        switch (opcode) {
            case V128_NOT -> { r0 = ~a0; r1 = ~a1; }
            case I8X16_ABS -> { r0 = I8x16.abs(a0); r1 = I8x16.abs(a1); }
            case I8X16_NEG -> { r0 = I8x16.neg(a0); r1 = I8x16.neg(a1); }
            case I8X16_POPCNT -> { r0 = I8x16.popcnt(a0); r1 = I8x16.popcnt(a1); }
            case I16X8_ABS -> { r0 = I16x8.abs(a0); r1 = I16x8.abs(a1); }
            case I16X8_NEG -> { r0 = I16x8.neg(a0); r1 = I16x8.neg(a1); }
            case I32X4_ABS -> { r0 = I32x4.abs(a0); r1 = I32x4.abs(a1); }
            case I32X4_NEG -> { r0 = I32x4.neg(a0); r1 = I32x4.neg(a1); }
            case I64X2_ABS -> { r0 = Math.abs(a0); r1 = Math.abs(a1); }
            case I64X2_NEG -> { r0 = -a0; r1 = -a1; }
            case F32X4_ABS -> { r0 = F32x4.abs(a0); r1 = F32x4.abs(a1); }
            case F32X4_NEG -> { r0 = F32x4.neg(a0); r1 = F32x4.neg(a1); }
            case F32X4_SQRT -> { r0 = F32x4.sqrt(a0); r1 = F32x4.sqrt(a1); }
            case F32X4_CEIL -> { r0 = F32x4.ceil(a0); r1 = F32x4.ceil(a1); }
            case F32X4_FLOOR -> { r0 = F32x4.floor(a0); r1 = F32x4.floor(a1); }
            case F32X4_TRUNC -> { r0 = F32x4.trunc(a0); r1 = F32x4.trunc(a1); }
            case F32X4_NEAREST -> { r0 = F32x4.nearest(a0); r1 = F32x4.nearest(a1); }
            case F64X2_ABS -> { r0 = FloatOps.f64Abs(a0); r1 = FloatOps.f64Abs(a1); }
            case F64X2_NEG -> { r0 = FloatOps.f64Neg(a0); r1 = FloatOps.f64Neg(a1); }
            case F64X2_SQRT -> { r0 = F64x2.sqrt(a0); r1 = F64x2.sqrt(a1); }
            case F64X2_CEIL -> { r0 = F64x2.ceil(a0); r1 = F64x2.ceil(a1); }
            case F64X2_FLOOR -> { r0 = F64x2.floor(a0); r1 = F64x2.floor(a1); }
            case F64X2_TRUNC -> { r0 = F64x2.trunc(a0); r1 = F64x2.trunc(a1); }
            case F64X2_NEAREST -> { r0 = F64x2.nearest(a0); r1 = F64x2.nearest(a1); }
            default -> throw unknown(opcode);
        }
        s[at] = r0;
        s[at + 1] = r1;
    }

    /** v128 -> v128 operations that change the lane shape (extend, pairwise add, conversions). */
    private static void convert(int opcode, long[] s, int at) {
        long a0 = s[at], a1 = s[at + 1];
        long r0, r1;
        switch (opcode) {
            case I16X8_EXTEND_LOW_I8X16_S -> { r0 = I16x8.extendS((int) a0); r1 = I16x8.extendS((int) (a0 >>> 32)); }
            case I16X8_EXTEND_HIGH_I8X16_S -> { r0 = I16x8.extendS((int) a1); r1 = I16x8.extendS((int) (a1 >>> 32)); }
            case I16X8_EXTEND_LOW_I8X16_U -> { r0 = I16x8.extendU((int) a0); r1 = I16x8.extendU((int) (a0 >>> 32)); }
            case I16X8_EXTEND_HIGH_I8X16_U -> { r0 = I16x8.extendU((int) a1); r1 = I16x8.extendU((int) (a1 >>> 32)); }
            case I32X4_EXTEND_LOW_I16X8_S -> { r0 = I32x4.extendS((int) a0); r1 = I32x4.extendS((int) (a0 >>> 32)); }
            case I32X4_EXTEND_HIGH_I16X8_S -> { r0 = I32x4.extendS((int) a1); r1 = I32x4.extendS((int) (a1 >>> 32)); }
            case I32X4_EXTEND_LOW_I16X8_U -> { r0 = I32x4.extendU((int) a0); r1 = I32x4.extendU((int) (a0 >>> 32)); }
            case I32X4_EXTEND_HIGH_I16X8_U -> { r0 = I32x4.extendU((int) a1); r1 = I32x4.extendU((int) (a1 >>> 32)); }
            case I64X2_EXTEND_LOW_I32X4_S -> { r0 = (int) a0; r1 = (int) (a0 >>> 32); }
            case I64X2_EXTEND_HIGH_I32X4_S -> { r0 = (int) a1; r1 = (int) (a1 >>> 32); }
            case I64X2_EXTEND_LOW_I32X4_U -> { r0 = a0 & 0xFFFF_FFFFL; r1 = a0 >>> 32; }
            case I64X2_EXTEND_HIGH_I32X4_U -> { r0 = a1 & 0xFFFF_FFFFL; r1 = a1 >>> 32; }
            case I16X8_EXTADD_PAIRWISE_I8X16_S -> { r0 = I16x8.extaddPairwiseS(a0); r1 = I16x8.extaddPairwiseS(a1); }
            case I16X8_EXTADD_PAIRWISE_I8X16_U -> { r0 = I16x8.extaddPairwiseU(a0); r1 = I16x8.extaddPairwiseU(a1); }
            case I32X4_EXTADD_PAIRWISE_I16X8_S -> { r0 = I32x4.extaddPairwiseS(a0); r1 = I32x4.extaddPairwiseS(a1); }
            case I32X4_EXTADD_PAIRWISE_I16X8_U -> { r0 = I32x4.extaddPairwiseU(a0); r1 = I32x4.extaddPairwiseU(a1); }
            case I32X4_TRUNC_SAT_F32X4_S, I32X4_RELAXED_TRUNC_F32X4_S -> { r0 = I32x4.truncSatS(a0); r1 = I32x4.truncSatS(a1); }
            case I32X4_TRUNC_SAT_F32X4_U, I32X4_RELAXED_TRUNC_F32X4_U -> { r0 = I32x4.truncSatU(a0); r1 = I32x4.truncSatU(a1); }
            case I32X4_TRUNC_SAT_F64X2_S_ZERO, I32X4_RELAXED_TRUNC_F64X2_S_ZERO -> { r0 = I32x4.truncSatS(a0, a1); r1 = 0; }
            case I32X4_TRUNC_SAT_F64X2_U_ZERO, I32X4_RELAXED_TRUNC_F64X2_U_ZERO -> { r0 = I32x4.truncSatU(a0, a1); r1 = 0; }
            case F32X4_CONVERT_I32X4_S -> { r0 = F32x4.convertS(a0); r1 = F32x4.convertS(a1); }
            case F32X4_CONVERT_I32X4_U -> { r0 = F32x4.convertU(a0); r1 = F32x4.convertU(a1); }
            case F64X2_CONVERT_LOW_I32X4_S -> { r0 = F64x2.bits((int) a0); r1 = F64x2.bits((int) (a0 >>> 32)); }
            case F64X2_CONVERT_LOW_I32X4_U -> {
                r0 = F64x2.bits(Conversions.f64ConvertI32U((int) a0));
                r1 = F64x2.bits(Conversions.f64ConvertI32U((int) (a0 >>> 32)));
            }
            case F32X4_DEMOTE_F64X2_ZERO -> { r0 = F32x4.demote(a0, a1); r1 = 0; }
            case F64X2_PROMOTE_LOW_F32X4 -> {
                r0 = F64x2.bits(Conversions.f64PromoteF32(F32x4.lane(a0, 0)));
                r1 = F64x2.bits(Conversions.f64PromoteF32(F32x4.lane(a0, 1)));
            }
            default -> throw unknown(opcode);
        }
        s[at] = r0;
        s[at + 1] = r1;
    }

    /** Comparisons of every shape and the two-operand bitwise operations. */
    private static void compareOrBitwise(int opcode, long[] s, int at) {
        long a0 = s[at], a1 = s[at + 1], b0 = s[at + 2], b1 = s[at + 3];
        long r0, r1;
        switch (opcode) {
            case I8X16_EQ -> { r0 = I8x16.eq(a0, b0); r1 = I8x16.eq(a1, b1); }
            case I8X16_NE -> { r0 = I8x16.ne(a0, b0); r1 = I8x16.ne(a1, b1); }
            case I8X16_LT_S -> { r0 = I8x16.ltS(a0, b0); r1 = I8x16.ltS(a1, b1); }
            case I8X16_LT_U -> { r0 = I8x16.ltU(a0, b0); r1 = I8x16.ltU(a1, b1); }
            case I8X16_GT_S -> { r0 = I8x16.ltS(b0, a0); r1 = I8x16.ltS(b1, a1); }
            case I8X16_GT_U -> { r0 = I8x16.ltU(b0, a0); r1 = I8x16.ltU(b1, a1); }
            case I8X16_LE_S -> { r0 = I8x16.leS(a0, b0); r1 = I8x16.leS(a1, b1); }
            case I8X16_LE_U -> { r0 = I8x16.leU(a0, b0); r1 = I8x16.leU(a1, b1); }
            case I8X16_GE_S -> { r0 = I8x16.leS(b0, a0); r1 = I8x16.leS(b1, a1); }
            case I8X16_GE_U -> { r0 = I8x16.leU(b0, a0); r1 = I8x16.leU(b1, a1); }
            case I16X8_EQ -> { r0 = I16x8.eq(a0, b0); r1 = I16x8.eq(a1, b1); }
            case I16X8_NE -> { r0 = I16x8.ne(a0, b0); r1 = I16x8.ne(a1, b1); }
            case I16X8_LT_S -> { r0 = I16x8.ltS(a0, b0); r1 = I16x8.ltS(a1, b1); }
            case I16X8_LT_U -> { r0 = I16x8.ltU(a0, b0); r1 = I16x8.ltU(a1, b1); }
            case I16X8_GT_S -> { r0 = I16x8.ltS(b0, a0); r1 = I16x8.ltS(b1, a1); }
            case I16X8_GT_U -> { r0 = I16x8.ltU(b0, a0); r1 = I16x8.ltU(b1, a1); }
            case I16X8_LE_S -> { r0 = I16x8.leS(a0, b0); r1 = I16x8.leS(a1, b1); }
            case I16X8_LE_U -> { r0 = I16x8.leU(a0, b0); r1 = I16x8.leU(a1, b1); }
            case I16X8_GE_S -> { r0 = I16x8.leS(b0, a0); r1 = I16x8.leS(b1, a1); }
            case I16X8_GE_U -> { r0 = I16x8.leU(b0, a0); r1 = I16x8.leU(b1, a1); }
            case I32X4_EQ -> { r0 = I32x4.eq(a0, b0); r1 = I32x4.eq(a1, b1); }
            case I32X4_NE -> { r0 = I32x4.ne(a0, b0); r1 = I32x4.ne(a1, b1); }
            case I32X4_LT_S -> { r0 = I32x4.ltS(a0, b0); r1 = I32x4.ltS(a1, b1); }
            case I32X4_LT_U -> { r0 = I32x4.ltU(a0, b0); r1 = I32x4.ltU(a1, b1); }
            case I32X4_GT_S -> { r0 = I32x4.ltS(b0, a0); r1 = I32x4.ltS(b1, a1); }
            case I32X4_GT_U -> { r0 = I32x4.ltU(b0, a0); r1 = I32x4.ltU(b1, a1); }
            case I32X4_LE_S -> { r0 = I32x4.leS(a0, b0); r1 = I32x4.leS(a1, b1); }
            case I32X4_LE_U -> { r0 = I32x4.leU(a0, b0); r1 = I32x4.leU(a1, b1); }
            case I32X4_GE_S -> { r0 = I32x4.leS(b0, a0); r1 = I32x4.leS(b1, a1); }
            case I32X4_GE_U -> { r0 = I32x4.leU(b0, a0); r1 = I32x4.leU(b1, a1); }
            case F32X4_EQ -> { r0 = F32x4.eq(a0, b0); r1 = F32x4.eq(a1, b1); }
            case F32X4_NE -> { r0 = F32x4.ne(a0, b0); r1 = F32x4.ne(a1, b1); }
            case F32X4_LT -> { r0 = F32x4.lt(a0, b0); r1 = F32x4.lt(a1, b1); }
            case F32X4_GT -> { r0 = F32x4.lt(b0, a0); r1 = F32x4.lt(b1, a1); }
            case F32X4_LE -> { r0 = F32x4.le(a0, b0); r1 = F32x4.le(a1, b1); }
            case F32X4_GE -> { r0 = F32x4.le(b0, a0); r1 = F32x4.le(b1, a1); }
            case F64X2_EQ -> { r0 = F64x2.eq(a0, b0); r1 = F64x2.eq(a1, b1); }
            case F64X2_NE -> { r0 = F64x2.ne(a0, b0); r1 = F64x2.ne(a1, b1); }
            case F64X2_LT -> { r0 = F64x2.lt(a0, b0); r1 = F64x2.lt(a1, b1); }
            case F64X2_GT -> { r0 = F64x2.lt(b0, a0); r1 = F64x2.lt(b1, a1); }
            case F64X2_LE -> { r0 = F64x2.le(a0, b0); r1 = F64x2.le(a1, b1); }
            case F64X2_GE -> { r0 = F64x2.le(b0, a0); r1 = F64x2.le(b1, a1); }
            case V128_AND -> { r0 = a0 & b0; r1 = a1 & b1; }
            case V128_ANDNOT -> { r0 = a0 & ~b0; r1 = a1 & ~b1; }
            case V128_OR -> { r0 = a0 | b0; r1 = a1 | b1; }
            case V128_XOR -> { r0 = a0 ^ b0; r1 = a1 ^ b1; }
            default -> throw unknown(opcode);
        }
        s[at] = r0;
        s[at + 1] = r1;
    }

    /** Two-operand i8x16 and i16x8 arithmetic. */
    private static void binarySmallLanes(int opcode, long[] s, int at) {
        long a0 = s[at], a1 = s[at + 1], b0 = s[at + 2], b1 = s[at + 3];
        long r0, r1;
        switch (opcode) {
            case I8X16_NARROW_I16X8_S -> { r0 = I8x16.narrowS(a0, a1); r1 = I8x16.narrowS(b0, b1); }
            case I8X16_NARROW_I16X8_U -> { r0 = I8x16.narrowU(a0, a1); r1 = I8x16.narrowU(b0, b1); }
            case I8X16_ADD -> { r0 = I8x16.add(a0, b0); r1 = I8x16.add(a1, b1); }
            case I8X16_ADD_SAT_S -> { r0 = I8x16.addSatS(a0, b0); r1 = I8x16.addSatS(a1, b1); }
            case I8X16_ADD_SAT_U -> { r0 = I8x16.addSatU(a0, b0); r1 = I8x16.addSatU(a1, b1); }
            case I8X16_SUB -> { r0 = I8x16.sub(a0, b0); r1 = I8x16.sub(a1, b1); }
            case I8X16_SUB_SAT_S -> { r0 = I8x16.subSatS(a0, b0); r1 = I8x16.subSatS(a1, b1); }
            case I8X16_SUB_SAT_U -> { r0 = I8x16.subSatU(a0, b0); r1 = I8x16.subSatU(a1, b1); }
            case I8X16_MIN_S -> { r0 = I8x16.minS(a0, b0); r1 = I8x16.minS(a1, b1); }
            case I8X16_MIN_U -> { r0 = I8x16.minU(a0, b0); r1 = I8x16.minU(a1, b1); }
            case I8X16_MAX_S -> { r0 = I8x16.maxS(a0, b0); r1 = I8x16.maxS(a1, b1); }
            case I8X16_MAX_U -> { r0 = I8x16.maxU(a0, b0); r1 = I8x16.maxU(a1, b1); }
            case I8X16_AVGR_U -> { r0 = I8x16.avgrU(a0, b0); r1 = I8x16.avgrU(a1, b1); }
            case I16X8_Q15MULR_SAT_S -> { r0 = I16x8.q15mulrSatS(a0, b0); r1 = I16x8.q15mulrSatS(a1, b1); }
            case I16X8_NARROW_I32X4_S -> { r0 = I16x8.narrowS(a0, a1); r1 = I16x8.narrowS(b0, b1); }
            case I16X8_NARROW_I32X4_U -> { r0 = I16x8.narrowU(a0, a1); r1 = I16x8.narrowU(b0, b1); }
            case I16X8_ADD -> { r0 = I16x8.add(a0, b0); r1 = I16x8.add(a1, b1); }
            case I16X8_ADD_SAT_S -> { r0 = I16x8.addSatS(a0, b0); r1 = I16x8.addSatS(a1, b1); }
            case I16X8_ADD_SAT_U -> { r0 = I16x8.addSatU(a0, b0); r1 = I16x8.addSatU(a1, b1); }
            case I16X8_SUB -> { r0 = I16x8.sub(a0, b0); r1 = I16x8.sub(a1, b1); }
            case I16X8_SUB_SAT_S -> { r0 = I16x8.subSatS(a0, b0); r1 = I16x8.subSatS(a1, b1); }
            case I16X8_SUB_SAT_U -> { r0 = I16x8.subSatU(a0, b0); r1 = I16x8.subSatU(a1, b1); }
            case I16X8_MUL -> { r0 = I16x8.mul(a0, b0); r1 = I16x8.mul(a1, b1); }
            case I16X8_MIN_S -> { r0 = I16x8.minS(a0, b0); r1 = I16x8.minS(a1, b1); }
            case I16X8_MIN_U -> { r0 = I16x8.minU(a0, b0); r1 = I16x8.minU(a1, b1); }
            case I16X8_MAX_S -> { r0 = I16x8.maxS(a0, b0); r1 = I16x8.maxS(a1, b1); }
            case I16X8_MAX_U -> { r0 = I16x8.maxU(a0, b0); r1 = I16x8.maxU(a1, b1); }
            case I16X8_AVGR_U -> { r0 = I16x8.avgrU(a0, b0); r1 = I16x8.avgrU(a1, b1); }
            case I16X8_EXTMUL_LOW_I8X16_S -> { r0 = I16x8.extmulS(a0, b0, 0); r1 = I16x8.extmulS(a0, b0, 1); }
            case I16X8_EXTMUL_HIGH_I8X16_S -> { r0 = I16x8.extmulS(a1, b1, 0); r1 = I16x8.extmulS(a1, b1, 1); }
            case I16X8_EXTMUL_LOW_I8X16_U -> { r0 = I16x8.extmulU(a0, b0, 0); r1 = I16x8.extmulU(a0, b0, 1); }
            case I16X8_EXTMUL_HIGH_I8X16_U -> { r0 = I16x8.extmulU(a1, b1, 0); r1 = I16x8.extmulU(a1, b1, 1); }
            default -> throw unknown(opcode);
        }
        s[at] = r0;
        s[at + 1] = r1;
    }

    /** Two-operand i32x4, i64x2, f32x4 and f64x2 arithmetic, and the remaining relaxed operations. */
    private static void binaryWideLanes(int opcode, long[] s, int at) {
        long a0 = s[at], a1 = s[at + 1], b0 = s[at + 2], b1 = s[at + 3];
        long r0, r1;
        switch (opcode) {
            case I32X4_ADD -> { r0 = I32x4.add(a0, b0); r1 = I32x4.add(a1, b1); }
            case I32X4_SUB -> { r0 = I32x4.sub(a0, b0); r1 = I32x4.sub(a1, b1); }
            case I32X4_MUL -> { r0 = I32x4.mul(a0, b0); r1 = I32x4.mul(a1, b1); }
            case I32X4_MIN_S -> { r0 = I32x4.minS(a0, b0); r1 = I32x4.minS(a1, b1); }
            case I32X4_MIN_U -> { r0 = I32x4.minU(a0, b0); r1 = I32x4.minU(a1, b1); }
            case I32X4_MAX_S -> { r0 = I32x4.maxS(a0, b0); r1 = I32x4.maxS(a1, b1); }
            case I32X4_MAX_U -> { r0 = I32x4.maxU(a0, b0); r1 = I32x4.maxU(a1, b1); }
            case I32X4_DOT_I16X8_S -> { r0 = I32x4.dotS(a0, b0); r1 = I32x4.dotS(a1, b1); }
            case I32X4_EXTMUL_LOW_I16X8_S -> { r0 = I32x4.extmulS(a0, b0, 0); r1 = I32x4.extmulS(a0, b0, 1); }
            case I32X4_EXTMUL_HIGH_I16X8_S -> { r0 = I32x4.extmulS(a1, b1, 0); r1 = I32x4.extmulS(a1, b1, 1); }
            case I32X4_EXTMUL_LOW_I16X8_U -> { r0 = I32x4.extmulU(a0, b0, 0); r1 = I32x4.extmulU(a0, b0, 1); }
            case I32X4_EXTMUL_HIGH_I16X8_U -> { r0 = I32x4.extmulU(a1, b1, 0); r1 = I32x4.extmulU(a1, b1, 1); }
            case I64X2_ADD -> { r0 = a0 + b0; r1 = a1 + b1; }
            case I64X2_SUB -> { r0 = a0 - b0; r1 = a1 - b1; }
            case I64X2_MUL -> { r0 = a0 * b0; r1 = a1 * b1; }
            case I64X2_EQ -> { r0 = I64x2.mask(a0 == b0); r1 = I64x2.mask(a1 == b1); }
            case I64X2_NE -> { r0 = I64x2.mask(a0 != b0); r1 = I64x2.mask(a1 != b1); }
            case I64X2_LT_S -> { r0 = I64x2.mask(a0 < b0); r1 = I64x2.mask(a1 < b1); }
            case I64X2_GT_S -> { r0 = I64x2.mask(a0 > b0); r1 = I64x2.mask(a1 > b1); }
            case I64X2_LE_S -> { r0 = I64x2.mask(a0 <= b0); r1 = I64x2.mask(a1 <= b1); }
            case I64X2_GE_S -> { r0 = I64x2.mask(a0 >= b0); r1 = I64x2.mask(a1 >= b1); }
            case I64X2_EXTMUL_LOW_I32X4_S -> { r0 = I64x2.extmulS(a0, b0, 0); r1 = I64x2.extmulS(a0, b0, 1); }
            case I64X2_EXTMUL_HIGH_I32X4_S -> { r0 = I64x2.extmulS(a1, b1, 0); r1 = I64x2.extmulS(a1, b1, 1); }
            case I64X2_EXTMUL_LOW_I32X4_U -> { r0 = I64x2.extmulU(a0, b0, 0); r1 = I64x2.extmulU(a0, b0, 1); }
            case I64X2_EXTMUL_HIGH_I32X4_U -> { r0 = I64x2.extmulU(a1, b1, 0); r1 = I64x2.extmulU(a1, b1, 1); }
            case F32X4_ADD -> { r0 = F32x4.add(a0, b0); r1 = F32x4.add(a1, b1); }
            case F32X4_SUB -> { r0 = F32x4.sub(a0, b0); r1 = F32x4.sub(a1, b1); }
            case F32X4_MUL -> { r0 = F32x4.mul(a0, b0); r1 = F32x4.mul(a1, b1); }
            case F32X4_DIV -> { r0 = F32x4.div(a0, b0); r1 = F32x4.div(a1, b1); }
            case F32X4_MIN, F32X4_RELAXED_MIN -> { r0 = F32x4.min(a0, b0); r1 = F32x4.min(a1, b1); }
            case F32X4_MAX, F32X4_RELAXED_MAX -> { r0 = F32x4.max(a0, b0); r1 = F32x4.max(a1, b1); }
            case F32X4_PMIN -> { r0 = F32x4.pmin(a0, b0); r1 = F32x4.pmin(a1, b1); }
            case F32X4_PMAX -> { r0 = F32x4.pmax(a0, b0); r1 = F32x4.pmax(a1, b1); }
            case F64X2_ADD -> { r0 = F64x2.add(a0, b0); r1 = F64x2.add(a1, b1); }
            case F64X2_SUB -> { r0 = F64x2.sub(a0, b0); r1 = F64x2.sub(a1, b1); }
            case F64X2_MUL -> { r0 = F64x2.mul(a0, b0); r1 = F64x2.mul(a1, b1); }
            case F64X2_DIV -> { r0 = F64x2.div(a0, b0); r1 = F64x2.div(a1, b1); }
            case F64X2_MIN, F64X2_RELAXED_MIN -> { r0 = F64x2.min(a0, b0); r1 = F64x2.min(a1, b1); }
            case F64X2_MAX, F64X2_RELAXED_MAX -> { r0 = F64x2.max(a0, b0); r1 = F64x2.max(a1, b1); }
            case F64X2_PMIN -> { r0 = F64x2.pmin(a0, b0); r1 = F64x2.pmin(a1, b1); }
            case F64X2_PMAX -> { r0 = F64x2.pmax(a0, b0); r1 = F64x2.pmax(a1, b1); }
            case I16X8_RELAXED_Q15MULR_S -> { r0 = I16x8.q15mulrSatS(a0, b0); r1 = I16x8.q15mulrSatS(a1, b1); }
            case I16X8_RELAXED_DOT_I8X16_I7X16_S -> { r0 = I16x8.relaxedDotS(a0, b0); r1 = I16x8.relaxedDotS(a1, b1); }
            default -> throw unknown(opcode);
        }
        s[at] = r0;
        s[at + 1] = r1;
    }

    private static IllegalArgumentException unknown(int opcode) {
        return new IllegalArgumentException("not a SIMD instruction handled here: 0x" + Integer.toHexString(opcode));
    }
}
