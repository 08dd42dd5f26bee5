package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.ValType;

/**
 * Operand signatures of the instructions whose typing is a fixed list of value types (numeric,
 * conversion and plain SIMD operations), packed in an int: up to three inputs and one output, four
 * bits each ({@link #NONE} when absent): {@code in1 | in2<<4 | in3<<8 | out<<12}.
 */
final class Signatures {
    private Signatures() {}

    static final int NONE = 0;
    private static final ValType[] TYPES = {null, ValType.I32, ValType.I64, ValType.F32, ValType.F64, ValType.V128};

    private static final int[] CORE = new int[0x100];
    private static final int[] FC = new int[0x20];
    private static final int[] SIMD = new int[0x120];

    /** The signature of an opcode, or {@link #NONE} if its typing is not a fixed signature. */
    static int of(int opcode) {
        int sub = opcode & 0xFFFF;
        return switch (opcode >>> 16) {
            case 0 -> sub < CORE.length ? CORE[sub] : NONE;
            case 0xFC -> sub < FC.length ? FC[sub] : NONE;
            case 0xFD -> sub < SIMD.length ? SIMD[sub] : NONE;
            default -> NONE;
        };
    }

    /** Operand {@code i} (0..2) of a signature, or null. */
    static ValType input(int sig, int i) { return TYPES[(sig >>> (4 * i)) & 0xF]; }

    static ValType output(int sig) { return TYPES[(sig >>> 12) & 0xF]; }

    /** Parses e.g. {@code "ii>i"}: i=i32, I=i64, f=f32, F=f64, v=v128. */
    private static int parse(String s) {
        int sig = 0;
        int gt = s.indexOf('>');
        for (int i = 0; i < gt; i++) sig |= code(s.charAt(i)) << (4 * i);
        if (gt + 1 < s.length()) sig |= code(s.charAt(gt + 1)) << 12;
        return sig;
    }

    private static int code(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'I' -> 2;
            case 'f' -> 3;
            case 'F' -> 4;
            case 'v' -> 5;
            default -> throw new IllegalArgumentException("bad signature char " + c);
        };
    }

    private static void range(int first, int last, String sig) {
        int s = parse(sig);
        int[] table = switch (first >>> 16) {
            case 0 -> CORE;
            case 0xFC -> FC;
            default -> SIMD;
        };
        for (int op = first & 0xFFFF; op <= (last & 0xFFFF); op++) table[op] = s;
    }

    private static void one(int op, String sig) { range(op, op, sig); }

    static {
        one(Op.I32_EQZ, "i>i");
        range(Op.I32_EQ, Op.I32_GE_U, "ii>i");
        one(Op.I64_EQZ, "I>i");
        range(Op.I64_EQ, Op.I64_GE_U, "II>i");
        range(Op.F32_EQ, Op.F32_GE, "ff>i");
        range(Op.F64_EQ, Op.F64_GE, "FF>i");
        range(Op.I32_CLZ, Op.I32_POPCNT, "i>i");
        range(Op.I32_ADD, Op.I32_ROTR, "ii>i");
        range(Op.I64_CLZ, Op.I64_POPCNT, "I>I");
        range(Op.I64_ADD, Op.I64_ROTR, "II>I");
        range(Op.F32_ABS, Op.F32_SQRT, "f>f");
        range(Op.F32_ADD, Op.F32_COPYSIGN, "ff>f");
        range(Op.F64_ABS, Op.F64_SQRT, "F>F");
        range(Op.F64_ADD, Op.F64_COPYSIGN, "FF>F");
        one(Op.I32_WRAP_I64, "I>i");
        range(Op.I32_TRUNC_F32_S, Op.I32_TRUNC_F32_U, "f>i");
        range(Op.I32_TRUNC_F64_S, Op.I32_TRUNC_F64_U, "F>i");
        range(Op.I64_EXTEND_I32_S, Op.I64_EXTEND_I32_U, "i>I");
        range(Op.I64_TRUNC_F32_S, Op.I64_TRUNC_F32_U, "f>I");
        range(Op.I64_TRUNC_F64_S, Op.I64_TRUNC_F64_U, "F>I");
        range(Op.F32_CONVERT_I32_S, Op.F32_CONVERT_I32_U, "i>f");
        range(Op.F32_CONVERT_I64_S, Op.F32_CONVERT_I64_U, "I>f");
        one(Op.F32_DEMOTE_F64, "F>f");
        range(Op.F64_CONVERT_I32_S, Op.F64_CONVERT_I32_U, "i>F");
        range(Op.F64_CONVERT_I64_S, Op.F64_CONVERT_I64_U, "I>F");
        one(Op.F64_PROMOTE_F32, "f>F");
        one(Op.I32_REINTERPRET_F32, "f>i");
        one(Op.I64_REINTERPRET_F64, "F>I");
        one(Op.F32_REINTERPRET_I32, "i>f");
        one(Op.F64_REINTERPRET_I64, "I>F");
        range(Op.I32_EXTEND8_S, Op.I32_EXTEND16_S, "i>i");
        range(Op.I64_EXTEND8_S, Op.I64_EXTEND32_S, "I>I");
        range(Op.I32_TRUNC_SAT_F32_S, Op.I32_TRUNC_SAT_F32_U, "f>i");
        range(Op.I32_TRUNC_SAT_F64_S, Op.I32_TRUNC_SAT_F64_U, "F>i");
        range(Op.I64_TRUNC_SAT_F32_S, Op.I64_TRUNC_SAT_F32_U, "f>I");
        range(Op.I64_TRUNC_SAT_F64_S, Op.I64_TRUNC_SAT_F64_U, "F>I");

        // SIMD: loads/stores, const, shuffle and lane accesses are typed by the validator itself.
        one(Op.I8X16_SWIZZLE, "vv>v");
        range(Op.I8X16_SPLAT, Op.I32X4_SPLAT, "i>v");
        one(Op.I64X2_SPLAT, "I>v");
        one(Op.F32X4_SPLAT, "f>v");
        one(Op.F64X2_SPLAT, "F>v");
        range(Op.I8X16_EQ, Op.F64X2_GE, "vv>v");
        one(Op.V128_NOT, "v>v");
        range(Op.V128_AND, Op.V128_XOR, "vv>v");
        one(Op.V128_BITSELECT, "vvv>v");
        one(Op.V128_ANY_TRUE, "v>i");
        range(Op.F32X4_DEMOTE_F64X2_ZERO, Op.F64X2_PROMOTE_LOW_F32X4, "v>v");
        int[] unary = {Op.I8X16_ABS, Op.I8X16_NEG, Op.I8X16_POPCNT, Op.F32X4_CEIL, Op.F32X4_FLOOR,
            Op.F32X4_TRUNC, Op.F32X4_NEAREST, Op.F64X2_CEIL, Op.F64X2_FLOOR, Op.F64X2_TRUNC,
            Op.I16X8_EXTADD_PAIRWISE_I8X16_S, Op.I16X8_EXTADD_PAIRWISE_I8X16_U,
            Op.I32X4_EXTADD_PAIRWISE_I16X8_S, Op.I32X4_EXTADD_PAIRWISE_I16X8_U, Op.I16X8_ABS, Op.I16X8_NEG,
            Op.I16X8_EXTEND_LOW_I8X16_S, Op.I16X8_EXTEND_HIGH_I8X16_S, Op.I16X8_EXTEND_LOW_I8X16_U,
            Op.I16X8_EXTEND_HIGH_I8X16_U, Op.F64X2_NEAREST, Op.I32X4_ABS, Op.I32X4_NEG,
            Op.I32X4_EXTEND_LOW_I16X8_S, Op.I32X4_EXTEND_HIGH_I16X8_S, Op.I32X4_EXTEND_LOW_I16X8_U,
            Op.I32X4_EXTEND_HIGH_I16X8_U, Op.I64X2_ABS, Op.I64X2_NEG, Op.I64X2_EXTEND_LOW_I32X4_S,
            Op.I64X2_EXTEND_HIGH_I32X4_S, Op.I64X2_EXTEND_LOW_I32X4_U, Op.I64X2_EXTEND_HIGH_I32X4_U,
            Op.F32X4_ABS, Op.F32X4_NEG, Op.F32X4_SQRT, Op.F64X2_ABS, Op.F64X2_NEG, Op.F64X2_SQRT,
            Op.I32X4_RELAXED_TRUNC_F32X4_S, Op.I32X4_RELAXED_TRUNC_F32X4_U,
            Op.I32X4_RELAXED_TRUNC_F64X2_S_ZERO, Op.I32X4_RELAXED_TRUNC_F64X2_U_ZERO};
        for (int op : unary) one(op, "v>v");
        range(Op.I32X4_TRUNC_SAT_F32X4_S, Op.F64X2_CONVERT_LOW_I32X4_U, "v>v");
        int[] test = {Op.I8X16_ALL_TRUE, Op.I8X16_BITMASK, Op.I16X8_ALL_TRUE, Op.I16X8_BITMASK,
            Op.I32X4_ALL_TRUE, Op.I32X4_BITMASK, Op.I64X2_ALL_TRUE, Op.I64X2_BITMASK};
        for (int op : test) one(op, "v>i");
        int[] shifts = {Op.I8X16_SHL, Op.I8X16_SHR_S, Op.I8X16_SHR_U, Op.I16X8_SHL, Op.I16X8_SHR_S,
            Op.I16X8_SHR_U, Op.I32X4_SHL, Op.I32X4_SHR_S, Op.I32X4_SHR_U, Op.I64X2_SHL, Op.I64X2_SHR_S,
            Op.I64X2_SHR_U};
        for (int op : shifts) one(op, "vi>v");
        int[] binary = {Op.I8X16_NARROW_I16X8_S, Op.I8X16_NARROW_I16X8_U, Op.I8X16_AVGR_U,
            Op.I16X8_Q15MULR_SAT_S, Op.I16X8_NARROW_I32X4_S, Op.I16X8_NARROW_I32X4_U, Op.I16X8_MUL,
            Op.I32X4_ADD, Op.I32X4_SUB, Op.I32X4_MUL, Op.I32X4_DOT_I16X8_S, Op.I64X2_ADD, Op.I64X2_SUB,
            Op.I64X2_MUL, Op.I8X16_RELAXED_SWIZZLE, Op.I16X8_RELAXED_Q15MULR_S,
            Op.I16X8_RELAXED_DOT_I8X16_I7X16_S};
        for (int op : binary) one(op, "vv>v");
        range(Op.I8X16_ADD, Op.I8X16_SUB_SAT_U, "vv>v");
        range(Op.I8X16_MIN_S, Op.I8X16_MAX_U, "vv>v");
        range(Op.I16X8_ADD, Op.I16X8_SUB_SAT_U, "vv>v");
        range(Op.I16X8_MIN_S, Op.I16X8_MAX_U, "vv>v");
        range(Op.I16X8_AVGR_U, Op.I16X8_EXTMUL_HIGH_I8X16_U, "vv>v");
        range(Op.I32X4_MIN_S, Op.I32X4_MAX_U, "vv>v");
        range(Op.I32X4_EXTMUL_LOW_I16X8_S, Op.I32X4_EXTMUL_HIGH_I16X8_U, "vv>v");
        range(Op.I64X2_EQ, Op.I64X2_EXTMUL_HIGH_I32X4_U, "vv>v");
        range(Op.F32X4_ADD, Op.F32X4_PMAX, "vv>v");
        range(Op.F64X2_ADD, Op.F64X2_PMAX, "vv>v");
        range(Op.F32X4_RELAXED_MADD, Op.I64X2_RELAXED_LANESELECT, "vvv>v");
        range(Op.F32X4_RELAXED_MIN, Op.F64X2_RELAXED_MAX, "vv>v");
        one(Op.I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S, "vvv>v");
    }
}
