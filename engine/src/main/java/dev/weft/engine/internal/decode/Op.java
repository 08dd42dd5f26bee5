package dev.weft.engine.internal.decode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every Wasm 3.0 instruction: its opcode int, text name and immediate shape, declared once per line.
 *
 * <p>The constants are compile-time constants (usable in {@code switch}); the table below them
 * gives each one its text name and immediate shape, one line per instruction (OpTest checks that
 * the two agree). Opcodes follow {@link CodeReader}: single-byte opcodes are the byte; prefixed ones are
 * {@code (prefix << 16) | subOpcode} (0xFB GC, 0xFC numeric/bulk, 0xFD SIMD). The binary decoder
 * and the text encoder both read {@link #immediates}, so the encoding of immediates is described
 * in this one table.
 *
 * <p>A few text names map to two opcodes, distinguished by their immediate: {@code select} vs.
 * {@code select t} ({@link #SELECT_T}), and {@code ref.test}/{@code ref.cast} with a nullable
 * target ({@link #REF_TEST_NULL}, {@link #REF_CAST_NULL}). {@link #byName} returns the first.
 */
public final class Op {
    private Op() {}

    /** The shape of an instruction's immediates, in binary order. */
    public enum Imm {
        NONE,
        /** Label index. */
        LABEL,
        /** Vector of label indices, then the default label. */
        BR_TABLE,
        FUNC,
        TYPE,
        /** Type index, then table index. */
        CALL_INDIRECT,
        LOCAL,
        GLOBAL,
        TABLE,
        /** Destination table, then source table. */
        TABLE_TABLE,
        MEMORY,
        /** Destination memory, then source memory. */
        MEMORY_MEMORY,
        /** Alignment flags (bit 6: memory index follows), optional memory index, offset. */
        MEMARG,
        /** A memarg, then a lane index byte. */
        MEMARG_LANE,
        /** A lane index byte. */
        LANE,
        /** Block type: 0x40, a value type, or a signed 33-bit type index. */
        BLOCK,
        /** Block type, then a vector of catch clauses. */
        TRY_TABLE,
        I32,
        I64,
        F32,
        F64,
        /** 16 bytes. */
        V128,
        /** 16 lane index bytes. */
        SHUFFLE,
        /** A vector of value types (exactly one is valid). */
        SELECT_T,
        /** A heap type ({@code ref.null}). */
        HEAPTYPE,
        /** A heap type; nullability of the target reference type is given by the opcode. */
        REFTYPE,
        /** Cast flags byte (bit 0: source nullable, bit 1: target nullable), label, two heap types. */
        BR_ON_CAST,
        /** Type index, then field index. */
        TYPE_FIELD,
        /** Type index, then a u32 count. */
        TYPE_N,
        /** Type index, then data index. */
        TYPE_DATA,
        /** Type index, then element index. */
        TYPE_ELEM,
        /** Destination type index, then source type index. */
        TYPE_TYPE,
        DATA,
        ELEM,
        /** Element index, then table index. */
        ELEM_TABLE,
        /** Data index, then memory index. */
        DATA_MEMORY,
        TAG
    }

    // Lookup tables indexed by sub-opcode, one per prefix (none, 0xFB, 0xFC, 0xFD).
    private static final String[][] NAMES = {new String[0x100], new String[0x20], new String[0x20], new String[0x120]};
    private static final Imm[][] IMMS = {new Imm[0x100], new Imm[0x20], new Imm[0x20], new Imm[0x120]};
    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    private static final int[] ALL = new int[0x200];
    private static int count;

    // control
    public static final int UNREACHABLE = 0x00;
    public static final int NOP = 0x01;
    public static final int BLOCK = 0x02;
    public static final int LOOP = 0x03;
    public static final int IF = 0x04;
    public static final int ELSE = 0x05;
    public static final int THROW = 0x08;
    public static final int THROW_REF = 0x0A;
    public static final int END = 0x0B;
    public static final int BR = 0x0C;
    public static final int BR_IF = 0x0D;
    public static final int BR_TABLE = 0x0E;
    public static final int RETURN = 0x0F;
    public static final int CALL = 0x10;
    public static final int CALL_INDIRECT = 0x11;
    public static final int RETURN_CALL = 0x12;
    public static final int RETURN_CALL_INDIRECT = 0x13;
    public static final int CALL_REF = 0x14;
    public static final int RETURN_CALL_REF = 0x15;
    public static final int TRY_TABLE = 0x1F;

    // parametric
    public static final int DROP = 0x1A;
    public static final int SELECT = 0x1B;
    public static final int SELECT_T = 0x1C;

    // variables
    public static final int LOCAL_GET = 0x20;
    public static final int LOCAL_SET = 0x21;
    public static final int LOCAL_TEE = 0x22;
    public static final int GLOBAL_GET = 0x23;
    public static final int GLOBAL_SET = 0x24;
    public static final int TABLE_GET = 0x25;
    public static final int TABLE_SET = 0x26;

    // memory
    public static final int I32_LOAD = 0x28;
    public static final int I64_LOAD = 0x29;
    public static final int F32_LOAD = 0x2A;
    public static final int F64_LOAD = 0x2B;
    public static final int I32_LOAD8_S = 0x2C;
    public static final int I32_LOAD8_U = 0x2D;
    public static final int I32_LOAD16_S = 0x2E;
    public static final int I32_LOAD16_U = 0x2F;
    public static final int I64_LOAD8_S = 0x30;
    public static final int I64_LOAD8_U = 0x31;
    public static final int I64_LOAD16_S = 0x32;
    public static final int I64_LOAD16_U = 0x33;
    public static final int I64_LOAD32_S = 0x34;
    public static final int I64_LOAD32_U = 0x35;
    public static final int I32_STORE = 0x36;
    public static final int I64_STORE = 0x37;
    public static final int F32_STORE = 0x38;
    public static final int F64_STORE = 0x39;
    public static final int I32_STORE8 = 0x3A;
    public static final int I32_STORE16 = 0x3B;
    public static final int I64_STORE8 = 0x3C;
    public static final int I64_STORE16 = 0x3D;
    public static final int I64_STORE32 = 0x3E;
    public static final int MEMORY_SIZE = 0x3F;
    public static final int MEMORY_GROW = 0x40;

    // numeric
    public static final int I32_CONST = 0x41;
    public static final int I64_CONST = 0x42;
    public static final int F32_CONST = 0x43;
    public static final int F64_CONST = 0x44;
    public static final int I32_EQZ = 0x45;
    public static final int I32_EQ = 0x46;
    public static final int I32_NE = 0x47;
    public static final int I32_LT_S = 0x48;
    public static final int I32_LT_U = 0x49;
    public static final int I32_GT_S = 0x4A;
    public static final int I32_GT_U = 0x4B;
    public static final int I32_LE_S = 0x4C;
    public static final int I32_LE_U = 0x4D;
    public static final int I32_GE_S = 0x4E;
    public static final int I32_GE_U = 0x4F;
    public static final int I64_EQZ = 0x50;
    public static final int I64_EQ = 0x51;
    public static final int I64_NE = 0x52;
    public static final int I64_LT_S = 0x53;
    public static final int I64_LT_U = 0x54;
    public static final int I64_GT_S = 0x55;
    public static final int I64_GT_U = 0x56;
    public static final int I64_LE_S = 0x57;
    public static final int I64_LE_U = 0x58;
    public static final int I64_GE_S = 0x59;
    public static final int I64_GE_U = 0x5A;
    public static final int F32_EQ = 0x5B;
    public static final int F32_NE = 0x5C;
    public static final int F32_LT = 0x5D;
    public static final int F32_GT = 0x5E;
    public static final int F32_LE = 0x5F;
    public static final int F32_GE = 0x60;
    public static final int F64_EQ = 0x61;
    public static final int F64_NE = 0x62;
    public static final int F64_LT = 0x63;
    public static final int F64_GT = 0x64;
    public static final int F64_LE = 0x65;
    public static final int F64_GE = 0x66;
    public static final int I32_CLZ = 0x67;
    public static final int I32_CTZ = 0x68;
    public static final int I32_POPCNT = 0x69;
    public static final int I32_ADD = 0x6A;
    public static final int I32_SUB = 0x6B;
    public static final int I32_MUL = 0x6C;
    public static final int I32_DIV_S = 0x6D;
    public static final int I32_DIV_U = 0x6E;
    public static final int I32_REM_S = 0x6F;
    public static final int I32_REM_U = 0x70;
    public static final int I32_AND = 0x71;
    public static final int I32_OR = 0x72;
    public static final int I32_XOR = 0x73;
    public static final int I32_SHL = 0x74;
    public static final int I32_SHR_S = 0x75;
    public static final int I32_SHR_U = 0x76;
    public static final int I32_ROTL = 0x77;
    public static final int I32_ROTR = 0x78;
    public static final int I64_CLZ = 0x79;
    public static final int I64_CTZ = 0x7A;
    public static final int I64_POPCNT = 0x7B;
    public static final int I64_ADD = 0x7C;
    public static final int I64_SUB = 0x7D;
    public static final int I64_MUL = 0x7E;
    public static final int I64_DIV_S = 0x7F;
    public static final int I64_DIV_U = 0x80;
    public static final int I64_REM_S = 0x81;
    public static final int I64_REM_U = 0x82;
    public static final int I64_AND = 0x83;
    public static final int I64_OR = 0x84;
    public static final int I64_XOR = 0x85;
    public static final int I64_SHL = 0x86;
    public static final int I64_SHR_S = 0x87;
    public static final int I64_SHR_U = 0x88;
    public static final int I64_ROTL = 0x89;
    public static final int I64_ROTR = 0x8A;
    public static final int F32_ABS = 0x8B;
    public static final int F32_NEG = 0x8C;
    public static final int F32_CEIL = 0x8D;
    public static final int F32_FLOOR = 0x8E;
    public static final int F32_TRUNC = 0x8F;
    public static final int F32_NEAREST = 0x90;
    public static final int F32_SQRT = 0x91;
    public static final int F32_ADD = 0x92;
    public static final int F32_SUB = 0x93;
    public static final int F32_MUL = 0x94;
    public static final int F32_DIV = 0x95;
    public static final int F32_MIN = 0x96;
    public static final int F32_MAX = 0x97;
    public static final int F32_COPYSIGN = 0x98;
    public static final int F64_ABS = 0x99;
    public static final int F64_NEG = 0x9A;
    public static final int F64_CEIL = 0x9B;
    public static final int F64_FLOOR = 0x9C;
    public static final int F64_TRUNC = 0x9D;
    public static final int F64_NEAREST = 0x9E;
    public static final int F64_SQRT = 0x9F;
    public static final int F64_ADD = 0xA0;
    public static final int F64_SUB = 0xA1;
    public static final int F64_MUL = 0xA2;
    public static final int F64_DIV = 0xA3;
    public static final int F64_MIN = 0xA4;
    public static final int F64_MAX = 0xA5;
    public static final int F64_COPYSIGN = 0xA6;
    public static final int I32_WRAP_I64 = 0xA7;
    public static final int I32_TRUNC_F32_S = 0xA8;
    public static final int I32_TRUNC_F32_U = 0xA9;
    public static final int I32_TRUNC_F64_S = 0xAA;
    public static final int I32_TRUNC_F64_U = 0xAB;
    public static final int I64_EXTEND_I32_S = 0xAC;
    public static final int I64_EXTEND_I32_U = 0xAD;
    public static final int I64_TRUNC_F32_S = 0xAE;
    public static final int I64_TRUNC_F32_U = 0xAF;
    public static final int I64_TRUNC_F64_S = 0xB0;
    public static final int I64_TRUNC_F64_U = 0xB1;
    public static final int F32_CONVERT_I32_S = 0xB2;
    public static final int F32_CONVERT_I32_U = 0xB3;
    public static final int F32_CONVERT_I64_S = 0xB4;
    public static final int F32_CONVERT_I64_U = 0xB5;
    public static final int F32_DEMOTE_F64 = 0xB6;
    public static final int F64_CONVERT_I32_S = 0xB7;
    public static final int F64_CONVERT_I32_U = 0xB8;
    public static final int F64_CONVERT_I64_S = 0xB9;
    public static final int F64_CONVERT_I64_U = 0xBA;
    public static final int F64_PROMOTE_F32 = 0xBB;
    public static final int I32_REINTERPRET_F32 = 0xBC;
    public static final int I64_REINTERPRET_F64 = 0xBD;
    public static final int F32_REINTERPRET_I32 = 0xBE;
    public static final int F64_REINTERPRET_I64 = 0xBF;
    public static final int I32_EXTEND8_S = 0xC0;
    public static final int I32_EXTEND16_S = 0xC1;
    public static final int I64_EXTEND8_S = 0xC2;
    public static final int I64_EXTEND16_S = 0xC3;
    public static final int I64_EXTEND32_S = 0xC4;

    // reference
    public static final int REF_NULL = 0xD0;
    public static final int REF_IS_NULL = 0xD1;
    public static final int REF_FUNC = 0xD2;
    public static final int REF_EQ = 0xD3;
    public static final int REF_AS_NON_NULL = 0xD4;
    public static final int BR_ON_NULL = 0xD5;
    public static final int BR_ON_NON_NULL = 0xD6;

    // GC
    public static final int STRUCT_NEW = 0xFB_0000;
    public static final int STRUCT_NEW_DEFAULT = 0xFB_0001;
    public static final int STRUCT_GET = 0xFB_0002;
    public static final int STRUCT_GET_S = 0xFB_0003;
    public static final int STRUCT_GET_U = 0xFB_0004;
    public static final int STRUCT_SET = 0xFB_0005;
    public static final int ARRAY_NEW = 0xFB_0006;
    public static final int ARRAY_NEW_DEFAULT = 0xFB_0007;
    public static final int ARRAY_NEW_FIXED = 0xFB_0008;
    public static final int ARRAY_NEW_DATA = 0xFB_0009;
    public static final int ARRAY_NEW_ELEM = 0xFB_000A;
    public static final int ARRAY_GET = 0xFB_000B;
    public static final int ARRAY_GET_S = 0xFB_000C;
    public static final int ARRAY_GET_U = 0xFB_000D;
    public static final int ARRAY_SET = 0xFB_000E;
    public static final int ARRAY_LEN = 0xFB_000F;
    public static final int ARRAY_FILL = 0xFB_0010;
    public static final int ARRAY_COPY = 0xFB_0011;
    public static final int ARRAY_INIT_DATA = 0xFB_0012;
    public static final int ARRAY_INIT_ELEM = 0xFB_0013;
    public static final int REF_TEST = 0xFB_0014;
    public static final int REF_TEST_NULL = 0xFB_0015;
    public static final int REF_CAST = 0xFB_0016;
    public static final int REF_CAST_NULL = 0xFB_0017;
    public static final int BR_ON_CAST = 0xFB_0018;
    public static final int BR_ON_CAST_FAIL = 0xFB_0019;
    public static final int ANY_CONVERT_EXTERN = 0xFB_001A;
    public static final int EXTERN_CONVERT_ANY = 0xFB_001B;
    public static final int REF_I31 = 0xFB_001C;
    public static final int I31_GET_S = 0xFB_001D;
    public static final int I31_GET_U = 0xFB_001E;

    // saturating truncation, bulk memory, tables
    public static final int I32_TRUNC_SAT_F32_S = 0xFC_0000;
    public static final int I32_TRUNC_SAT_F32_U = 0xFC_0001;
    public static final int I32_TRUNC_SAT_F64_S = 0xFC_0002;
    public static final int I32_TRUNC_SAT_F64_U = 0xFC_0003;
    public static final int I64_TRUNC_SAT_F32_S = 0xFC_0004;
    public static final int I64_TRUNC_SAT_F32_U = 0xFC_0005;
    public static final int I64_TRUNC_SAT_F64_S = 0xFC_0006;
    public static final int I64_TRUNC_SAT_F64_U = 0xFC_0007;
    public static final int MEMORY_INIT = 0xFC_0008;
    public static final int DATA_DROP = 0xFC_0009;
    public static final int MEMORY_COPY = 0xFC_000A;
    public static final int MEMORY_FILL = 0xFC_000B;
    public static final int TABLE_INIT = 0xFC_000C;
    public static final int ELEM_DROP = 0xFC_000D;
    public static final int TABLE_COPY = 0xFC_000E;
    public static final int TABLE_GROW = 0xFC_000F;
    public static final int TABLE_SIZE = 0xFC_0010;
    public static final int TABLE_FILL = 0xFC_0011;

    // SIMD
    public static final int V128_LOAD = 0xFD_0000;
    public static final int V128_LOAD8X8_S = 0xFD_0001;
    public static final int V128_LOAD8X8_U = 0xFD_0002;
    public static final int V128_LOAD16X4_S = 0xFD_0003;
    public static final int V128_LOAD16X4_U = 0xFD_0004;
    public static final int V128_LOAD32X2_S = 0xFD_0005;
    public static final int V128_LOAD32X2_U = 0xFD_0006;
    public static final int V128_LOAD8_SPLAT = 0xFD_0007;
    public static final int V128_LOAD16_SPLAT = 0xFD_0008;
    public static final int V128_LOAD32_SPLAT = 0xFD_0009;
    public static final int V128_LOAD64_SPLAT = 0xFD_000A;
    public static final int V128_STORE = 0xFD_000B;
    public static final int V128_CONST = 0xFD_000C;
    public static final int I8X16_SHUFFLE = 0xFD_000D;
    public static final int I8X16_SWIZZLE = 0xFD_000E;
    public static final int I8X16_SPLAT = 0xFD_000F;
    public static final int I16X8_SPLAT = 0xFD_0010;
    public static final int I32X4_SPLAT = 0xFD_0011;
    public static final int I64X2_SPLAT = 0xFD_0012;
    public static final int F32X4_SPLAT = 0xFD_0013;
    public static final int F64X2_SPLAT = 0xFD_0014;
    public static final int I8X16_EXTRACT_LANE_S = 0xFD_0015;
    public static final int I8X16_EXTRACT_LANE_U = 0xFD_0016;
    public static final int I8X16_REPLACE_LANE = 0xFD_0017;
    public static final int I16X8_EXTRACT_LANE_S = 0xFD_0018;
    public static final int I16X8_EXTRACT_LANE_U = 0xFD_0019;
    public static final int I16X8_REPLACE_LANE = 0xFD_001A;
    public static final int I32X4_EXTRACT_LANE = 0xFD_001B;
    public static final int I32X4_REPLACE_LANE = 0xFD_001C;
    public static final int I64X2_EXTRACT_LANE = 0xFD_001D;
    public static final int I64X2_REPLACE_LANE = 0xFD_001E;
    public static final int F32X4_EXTRACT_LANE = 0xFD_001F;
    public static final int F32X4_REPLACE_LANE = 0xFD_0020;
    public static final int F64X2_EXTRACT_LANE = 0xFD_0021;
    public static final int F64X2_REPLACE_LANE = 0xFD_0022;
    public static final int I8X16_EQ = 0xFD_0023;
    public static final int I8X16_NE = 0xFD_0024;
    public static final int I8X16_LT_S = 0xFD_0025;
    public static final int I8X16_LT_U = 0xFD_0026;
    public static final int I8X16_GT_S = 0xFD_0027;
    public static final int I8X16_GT_U = 0xFD_0028;
    public static final int I8X16_LE_S = 0xFD_0029;
    public static final int I8X16_LE_U = 0xFD_002A;
    public static final int I8X16_GE_S = 0xFD_002B;
    public static final int I8X16_GE_U = 0xFD_002C;
    public static final int I16X8_EQ = 0xFD_002D;
    public static final int I16X8_NE = 0xFD_002E;
    public static final int I16X8_LT_S = 0xFD_002F;
    public static final int I16X8_LT_U = 0xFD_0030;
    public static final int I16X8_GT_S = 0xFD_0031;
    public static final int I16X8_GT_U = 0xFD_0032;
    public static final int I16X8_LE_S = 0xFD_0033;
    public static final int I16X8_LE_U = 0xFD_0034;
    public static final int I16X8_GE_S = 0xFD_0035;
    public static final int I16X8_GE_U = 0xFD_0036;
    public static final int I32X4_EQ = 0xFD_0037;
    public static final int I32X4_NE = 0xFD_0038;
    public static final int I32X4_LT_S = 0xFD_0039;
    public static final int I32X4_LT_U = 0xFD_003A;
    public static final int I32X4_GT_S = 0xFD_003B;
    public static final int I32X4_GT_U = 0xFD_003C;
    public static final int I32X4_LE_S = 0xFD_003D;
    public static final int I32X4_LE_U = 0xFD_003E;
    public static final int I32X4_GE_S = 0xFD_003F;
    public static final int I32X4_GE_U = 0xFD_0040;
    public static final int F32X4_EQ = 0xFD_0041;
    public static final int F32X4_NE = 0xFD_0042;
    public static final int F32X4_LT = 0xFD_0043;
    public static final int F32X4_GT = 0xFD_0044;
    public static final int F32X4_LE = 0xFD_0045;
    public static final int F32X4_GE = 0xFD_0046;
    public static final int F64X2_EQ = 0xFD_0047;
    public static final int F64X2_NE = 0xFD_0048;
    public static final int F64X2_LT = 0xFD_0049;
    public static final int F64X2_GT = 0xFD_004A;
    public static final int F64X2_LE = 0xFD_004B;
    public static final int F64X2_GE = 0xFD_004C;
    public static final int V128_NOT = 0xFD_004D;
    public static final int V128_AND = 0xFD_004E;
    public static final int V128_ANDNOT = 0xFD_004F;
    public static final int V128_OR = 0xFD_0050;
    public static final int V128_XOR = 0xFD_0051;
    public static final int V128_BITSELECT = 0xFD_0052;
    public static final int V128_ANY_TRUE = 0xFD_0053;
    public static final int V128_LOAD8_LANE = 0xFD_0054;
    public static final int V128_LOAD16_LANE = 0xFD_0055;
    public static final int V128_LOAD32_LANE = 0xFD_0056;
    public static final int V128_LOAD64_LANE = 0xFD_0057;
    public static final int V128_STORE8_LANE = 0xFD_0058;
    public static final int V128_STORE16_LANE = 0xFD_0059;
    public static final int V128_STORE32_LANE = 0xFD_005A;
    public static final int V128_STORE64_LANE = 0xFD_005B;
    public static final int V128_LOAD32_ZERO = 0xFD_005C;
    public static final int V128_LOAD64_ZERO = 0xFD_005D;
    public static final int F32X4_DEMOTE_F64X2_ZERO = 0xFD_005E;
    public static final int F64X2_PROMOTE_LOW_F32X4 = 0xFD_005F;
    public static final int I8X16_ABS = 0xFD_0060;
    public static final int I8X16_NEG = 0xFD_0061;
    public static final int I8X16_POPCNT = 0xFD_0062;
    public static final int I8X16_ALL_TRUE = 0xFD_0063;
    public static final int I8X16_BITMASK = 0xFD_0064;
    public static final int I8X16_NARROW_I16X8_S = 0xFD_0065;
    public static final int I8X16_NARROW_I16X8_U = 0xFD_0066;
    public static final int F32X4_CEIL = 0xFD_0067;
    public static final int F32X4_FLOOR = 0xFD_0068;
    public static final int F32X4_TRUNC = 0xFD_0069;
    public static final int F32X4_NEAREST = 0xFD_006A;
    public static final int I8X16_SHL = 0xFD_006B;
    public static final int I8X16_SHR_S = 0xFD_006C;
    public static final int I8X16_SHR_U = 0xFD_006D;
    public static final int I8X16_ADD = 0xFD_006E;
    public static final int I8X16_ADD_SAT_S = 0xFD_006F;
    public static final int I8X16_ADD_SAT_U = 0xFD_0070;
    public static final int I8X16_SUB = 0xFD_0071;
    public static final int I8X16_SUB_SAT_S = 0xFD_0072;
    public static final int I8X16_SUB_SAT_U = 0xFD_0073;
    public static final int F64X2_CEIL = 0xFD_0074;
    public static final int F64X2_FLOOR = 0xFD_0075;
    public static final int I8X16_MIN_S = 0xFD_0076;
    public static final int I8X16_MIN_U = 0xFD_0077;
    public static final int I8X16_MAX_S = 0xFD_0078;
    public static final int I8X16_MAX_U = 0xFD_0079;
    public static final int F64X2_TRUNC = 0xFD_007A;
    public static final int I8X16_AVGR_U = 0xFD_007B;
    public static final int I16X8_EXTADD_PAIRWISE_I8X16_S = 0xFD_007C;
    public static final int I16X8_EXTADD_PAIRWISE_I8X16_U = 0xFD_007D;
    public static final int I32X4_EXTADD_PAIRWISE_I16X8_S = 0xFD_007E;
    public static final int I32X4_EXTADD_PAIRWISE_I16X8_U = 0xFD_007F;
    public static final int I16X8_ABS = 0xFD_0080;
    public static final int I16X8_NEG = 0xFD_0081;
    public static final int I16X8_Q15MULR_SAT_S = 0xFD_0082;
    public static final int I16X8_ALL_TRUE = 0xFD_0083;
    public static final int I16X8_BITMASK = 0xFD_0084;
    public static final int I16X8_NARROW_I32X4_S = 0xFD_0085;
    public static final int I16X8_NARROW_I32X4_U = 0xFD_0086;
    public static final int I16X8_EXTEND_LOW_I8X16_S = 0xFD_0087;
    public static final int I16X8_EXTEND_HIGH_I8X16_S = 0xFD_0088;
    public static final int I16X8_EXTEND_LOW_I8X16_U = 0xFD_0089;
    public static final int I16X8_EXTEND_HIGH_I8X16_U = 0xFD_008A;
    public static final int I16X8_SHL = 0xFD_008B;
    public static final int I16X8_SHR_S = 0xFD_008C;
    public static final int I16X8_SHR_U = 0xFD_008D;
    public static final int I16X8_ADD = 0xFD_008E;
    public static final int I16X8_ADD_SAT_S = 0xFD_008F;
    public static final int I16X8_ADD_SAT_U = 0xFD_0090;
    public static final int I16X8_SUB = 0xFD_0091;
    public static final int I16X8_SUB_SAT_S = 0xFD_0092;
    public static final int I16X8_SUB_SAT_U = 0xFD_0093;
    public static final int F64X2_NEAREST = 0xFD_0094;
    public static final int I16X8_MUL = 0xFD_0095;
    public static final int I16X8_MIN_S = 0xFD_0096;
    public static final int I16X8_MIN_U = 0xFD_0097;
    public static final int I16X8_MAX_S = 0xFD_0098;
    public static final int I16X8_MAX_U = 0xFD_0099;
    public static final int I16X8_AVGR_U = 0xFD_009B;
    public static final int I16X8_EXTMUL_LOW_I8X16_S = 0xFD_009C;
    public static final int I16X8_EXTMUL_HIGH_I8X16_S = 0xFD_009D;
    public static final int I16X8_EXTMUL_LOW_I8X16_U = 0xFD_009E;
    public static final int I16X8_EXTMUL_HIGH_I8X16_U = 0xFD_009F;
    public static final int I32X4_ABS = 0xFD_00A0;
    public static final int I32X4_NEG = 0xFD_00A1;
    public static final int I32X4_ALL_TRUE = 0xFD_00A3;
    public static final int I32X4_BITMASK = 0xFD_00A4;
    public static final int I32X4_EXTEND_LOW_I16X8_S = 0xFD_00A7;
    public static final int I32X4_EXTEND_HIGH_I16X8_S = 0xFD_00A8;
    public static final int I32X4_EXTEND_LOW_I16X8_U = 0xFD_00A9;
    public static final int I32X4_EXTEND_HIGH_I16X8_U = 0xFD_00AA;
    public static final int I32X4_SHL = 0xFD_00AB;
    public static final int I32X4_SHR_S = 0xFD_00AC;
    public static final int I32X4_SHR_U = 0xFD_00AD;
    public static final int I32X4_ADD = 0xFD_00AE;
    public static final int I32X4_SUB = 0xFD_00B1;
    public static final int I32X4_MUL = 0xFD_00B5;
    public static final int I32X4_MIN_S = 0xFD_00B6;
    public static final int I32X4_MIN_U = 0xFD_00B7;
    public static final int I32X4_MAX_S = 0xFD_00B8;
    public static final int I32X4_MAX_U = 0xFD_00B9;
    public static final int I32X4_DOT_I16X8_S = 0xFD_00BA;
    public static final int I32X4_EXTMUL_LOW_I16X8_S = 0xFD_00BC;
    public static final int I32X4_EXTMUL_HIGH_I16X8_S = 0xFD_00BD;
    public static final int I32X4_EXTMUL_LOW_I16X8_U = 0xFD_00BE;
    public static final int I32X4_EXTMUL_HIGH_I16X8_U = 0xFD_00BF;
    public static final int I64X2_ABS = 0xFD_00C0;
    public static final int I64X2_NEG = 0xFD_00C1;
    public static final int I64X2_ALL_TRUE = 0xFD_00C3;
    public static final int I64X2_BITMASK = 0xFD_00C4;
    public static final int I64X2_EXTEND_LOW_I32X4_S = 0xFD_00C7;
    public static final int I64X2_EXTEND_HIGH_I32X4_S = 0xFD_00C8;
    public static final int I64X2_EXTEND_LOW_I32X4_U = 0xFD_00C9;
    public static final int I64X2_EXTEND_HIGH_I32X4_U = 0xFD_00CA;
    public static final int I64X2_SHL = 0xFD_00CB;
    public static final int I64X2_SHR_S = 0xFD_00CC;
    public static final int I64X2_SHR_U = 0xFD_00CD;
    public static final int I64X2_ADD = 0xFD_00CE;
    public static final int I64X2_SUB = 0xFD_00D1;
    public static final int I64X2_MUL = 0xFD_00D5;
    public static final int I64X2_EQ = 0xFD_00D6;
    public static final int I64X2_NE = 0xFD_00D7;
    public static final int I64X2_LT_S = 0xFD_00D8;
    public static final int I64X2_GT_S = 0xFD_00D9;
    public static final int I64X2_LE_S = 0xFD_00DA;
    public static final int I64X2_GE_S = 0xFD_00DB;
    public static final int I64X2_EXTMUL_LOW_I32X4_S = 0xFD_00DC;
    public static final int I64X2_EXTMUL_HIGH_I32X4_S = 0xFD_00DD;
    public static final int I64X2_EXTMUL_LOW_I32X4_U = 0xFD_00DE;
    public static final int I64X2_EXTMUL_HIGH_I32X4_U = 0xFD_00DF;
    public static final int F32X4_ABS = 0xFD_00E0;
    public static final int F32X4_NEG = 0xFD_00E1;
    public static final int F32X4_SQRT = 0xFD_00E3;
    public static final int F32X4_ADD = 0xFD_00E4;
    public static final int F32X4_SUB = 0xFD_00E5;
    public static final int F32X4_MUL = 0xFD_00E6;
    public static final int F32X4_DIV = 0xFD_00E7;
    public static final int F32X4_MIN = 0xFD_00E8;
    public static final int F32X4_MAX = 0xFD_00E9;
    public static final int F32X4_PMIN = 0xFD_00EA;
    public static final int F32X4_PMAX = 0xFD_00EB;
    public static final int F64X2_ABS = 0xFD_00EC;
    public static final int F64X2_NEG = 0xFD_00ED;
    public static final int F64X2_SQRT = 0xFD_00EF;
    public static final int F64X2_ADD = 0xFD_00F0;
    public static final int F64X2_SUB = 0xFD_00F1;
    public static final int F64X2_MUL = 0xFD_00F2;
    public static final int F64X2_DIV = 0xFD_00F3;
    public static final int F64X2_MIN = 0xFD_00F4;
    public static final int F64X2_MAX = 0xFD_00F5;
    public static final int F64X2_PMIN = 0xFD_00F6;
    public static final int F64X2_PMAX = 0xFD_00F7;
    public static final int I32X4_TRUNC_SAT_F32X4_S = 0xFD_00F8;
    public static final int I32X4_TRUNC_SAT_F32X4_U = 0xFD_00F9;
    public static final int F32X4_CONVERT_I32X4_S = 0xFD_00FA;
    public static final int F32X4_CONVERT_I32X4_U = 0xFD_00FB;
    public static final int I32X4_TRUNC_SAT_F64X2_S_ZERO = 0xFD_00FC;
    public static final int I32X4_TRUNC_SAT_F64X2_U_ZERO = 0xFD_00FD;
    public static final int F64X2_CONVERT_LOW_I32X4_S = 0xFD_00FE;
    public static final int F64X2_CONVERT_LOW_I32X4_U = 0xFD_00FF;

    // relaxed SIMD
    public static final int I8X16_RELAXED_SWIZZLE = 0xFD_0100;
    public static final int I32X4_RELAXED_TRUNC_F32X4_S = 0xFD_0101;
    public static final int I32X4_RELAXED_TRUNC_F32X4_U = 0xFD_0102;
    public static final int I32X4_RELAXED_TRUNC_F64X2_S_ZERO = 0xFD_0103;
    public static final int I32X4_RELAXED_TRUNC_F64X2_U_ZERO = 0xFD_0104;
    public static final int F32X4_RELAXED_MADD = 0xFD_0105;
    public static final int F32X4_RELAXED_NMADD = 0xFD_0106;
    public static final int F64X2_RELAXED_MADD = 0xFD_0107;
    public static final int F64X2_RELAXED_NMADD = 0xFD_0108;
    public static final int I8X16_RELAXED_LANESELECT = 0xFD_0109;
    public static final int I16X8_RELAXED_LANESELECT = 0xFD_010A;
    public static final int I32X4_RELAXED_LANESELECT = 0xFD_010B;
    public static final int I64X2_RELAXED_LANESELECT = 0xFD_010C;
    public static final int F32X4_RELAXED_MIN = 0xFD_010D;
    public static final int F32X4_RELAXED_MAX = 0xFD_010E;
    public static final int F64X2_RELAXED_MIN = 0xFD_010F;
    public static final int F64X2_RELAXED_MAX = 0xFD_0110;
    public static final int I16X8_RELAXED_Q15MULR_S = 0xFD_0111;
    public static final int I16X8_RELAXED_DOT_I8X16_I7X16_S = 0xFD_0112;
    public static final int I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S = 0xFD_0113;

    static {
        // control
        def(UNREACHABLE, "unreachable");
        def(NOP, "nop");
        def(BLOCK, "block", Imm.BLOCK);
        def(LOOP, "loop", Imm.BLOCK);
        def(IF, "if", Imm.BLOCK);
        def(ELSE, "else");
        def(THROW, "throw", Imm.TAG);
        def(THROW_REF, "throw_ref");
        def(END, "end");
        def(BR, "br", Imm.LABEL);
        def(BR_IF, "br_if", Imm.LABEL);
        def(BR_TABLE, "br_table", Imm.BR_TABLE);
        def(RETURN, "return");
        def(CALL, "call", Imm.FUNC);
        def(CALL_INDIRECT, "call_indirect", Imm.CALL_INDIRECT);
        def(RETURN_CALL, "return_call", Imm.FUNC);
        def(RETURN_CALL_INDIRECT, "return_call_indirect", Imm.CALL_INDIRECT);
        def(CALL_REF, "call_ref", Imm.TYPE);
        def(RETURN_CALL_REF, "return_call_ref", Imm.TYPE);
        def(TRY_TABLE, "try_table", Imm.TRY_TABLE);

        // parametric
        def(DROP, "drop");
        def(SELECT, "select");
        def(SELECT_T, "select", Imm.SELECT_T);

        // variables
        def(LOCAL_GET, "local.get", Imm.LOCAL);
        def(LOCAL_SET, "local.set", Imm.LOCAL);
        def(LOCAL_TEE, "local.tee", Imm.LOCAL);
        def(GLOBAL_GET, "global.get", Imm.GLOBAL);
        def(GLOBAL_SET, "global.set", Imm.GLOBAL);
        def(TABLE_GET, "table.get", Imm.TABLE);
        def(TABLE_SET, "table.set", Imm.TABLE);

        // memory
        def(I32_LOAD, "i32.load", Imm.MEMARG);
        def(I64_LOAD, "i64.load", Imm.MEMARG);
        def(F32_LOAD, "f32.load", Imm.MEMARG);
        def(F64_LOAD, "f64.load", Imm.MEMARG);
        def(I32_LOAD8_S, "i32.load8_s", Imm.MEMARG);
        def(I32_LOAD8_U, "i32.load8_u", Imm.MEMARG);
        def(I32_LOAD16_S, "i32.load16_s", Imm.MEMARG);
        def(I32_LOAD16_U, "i32.load16_u", Imm.MEMARG);
        def(I64_LOAD8_S, "i64.load8_s", Imm.MEMARG);
        def(I64_LOAD8_U, "i64.load8_u", Imm.MEMARG);
        def(I64_LOAD16_S, "i64.load16_s", Imm.MEMARG);
        def(I64_LOAD16_U, "i64.load16_u", Imm.MEMARG);
        def(I64_LOAD32_S, "i64.load32_s", Imm.MEMARG);
        def(I64_LOAD32_U, "i64.load32_u", Imm.MEMARG);
        def(I32_STORE, "i32.store", Imm.MEMARG);
        def(I64_STORE, "i64.store", Imm.MEMARG);
        def(F32_STORE, "f32.store", Imm.MEMARG);
        def(F64_STORE, "f64.store", Imm.MEMARG);
        def(I32_STORE8, "i32.store8", Imm.MEMARG);
        def(I32_STORE16, "i32.store16", Imm.MEMARG);
        def(I64_STORE8, "i64.store8", Imm.MEMARG);
        def(I64_STORE16, "i64.store16", Imm.MEMARG);
        def(I64_STORE32, "i64.store32", Imm.MEMARG);
        def(MEMORY_SIZE, "memory.size", Imm.MEMORY);
        def(MEMORY_GROW, "memory.grow", Imm.MEMORY);

        // numeric
        def(I32_CONST, "i32.const", Imm.I32);
        def(I64_CONST, "i64.const", Imm.I64);
        def(F32_CONST, "f32.const", Imm.F32);
        def(F64_CONST, "f64.const", Imm.F64);
        def(I32_EQZ, "i32.eqz");
        def(I32_EQ, "i32.eq");
        def(I32_NE, "i32.ne");
        def(I32_LT_S, "i32.lt_s");
        def(I32_LT_U, "i32.lt_u");
        def(I32_GT_S, "i32.gt_s");
        def(I32_GT_U, "i32.gt_u");
        def(I32_LE_S, "i32.le_s");
        def(I32_LE_U, "i32.le_u");
        def(I32_GE_S, "i32.ge_s");
        def(I32_GE_U, "i32.ge_u");
        def(I64_EQZ, "i64.eqz");
        def(I64_EQ, "i64.eq");
        def(I64_NE, "i64.ne");
        def(I64_LT_S, "i64.lt_s");
        def(I64_LT_U, "i64.lt_u");
        def(I64_GT_S, "i64.gt_s");
        def(I64_GT_U, "i64.gt_u");
        def(I64_LE_S, "i64.le_s");
        def(I64_LE_U, "i64.le_u");
        def(I64_GE_S, "i64.ge_s");
        def(I64_GE_U, "i64.ge_u");
        def(F32_EQ, "f32.eq");
        def(F32_NE, "f32.ne");
        def(F32_LT, "f32.lt");
        def(F32_GT, "f32.gt");
        def(F32_LE, "f32.le");
        def(F32_GE, "f32.ge");
        def(F64_EQ, "f64.eq");
        def(F64_NE, "f64.ne");
        def(F64_LT, "f64.lt");
        def(F64_GT, "f64.gt");
        def(F64_LE, "f64.le");
        def(F64_GE, "f64.ge");
        def(I32_CLZ, "i32.clz");
        def(I32_CTZ, "i32.ctz");
        def(I32_POPCNT, "i32.popcnt");
        def(I32_ADD, "i32.add");
        def(I32_SUB, "i32.sub");
        def(I32_MUL, "i32.mul");
        def(I32_DIV_S, "i32.div_s");
        def(I32_DIV_U, "i32.div_u");
        def(I32_REM_S, "i32.rem_s");
        def(I32_REM_U, "i32.rem_u");
        def(I32_AND, "i32.and");
        def(I32_OR, "i32.or");
        def(I32_XOR, "i32.xor");
        def(I32_SHL, "i32.shl");
        def(I32_SHR_S, "i32.shr_s");
        def(I32_SHR_U, "i32.shr_u");
        def(I32_ROTL, "i32.rotl");
        def(I32_ROTR, "i32.rotr");
        def(I64_CLZ, "i64.clz");
        def(I64_CTZ, "i64.ctz");
        def(I64_POPCNT, "i64.popcnt");
        def(I64_ADD, "i64.add");
        def(I64_SUB, "i64.sub");
        def(I64_MUL, "i64.mul");
        def(I64_DIV_S, "i64.div_s");
        def(I64_DIV_U, "i64.div_u");
        def(I64_REM_S, "i64.rem_s");
        def(I64_REM_U, "i64.rem_u");
        def(I64_AND, "i64.and");
        def(I64_OR, "i64.or");
        def(I64_XOR, "i64.xor");
        def(I64_SHL, "i64.shl");
        def(I64_SHR_S, "i64.shr_s");
        def(I64_SHR_U, "i64.shr_u");
        def(I64_ROTL, "i64.rotl");
        def(I64_ROTR, "i64.rotr");
        def(F32_ABS, "f32.abs");
        def(F32_NEG, "f32.neg");
        def(F32_CEIL, "f32.ceil");
        def(F32_FLOOR, "f32.floor");
        def(F32_TRUNC, "f32.trunc");
        def(F32_NEAREST, "f32.nearest");
        def(F32_SQRT, "f32.sqrt");
        def(F32_ADD, "f32.add");
        def(F32_SUB, "f32.sub");
        def(F32_MUL, "f32.mul");
        def(F32_DIV, "f32.div");
        def(F32_MIN, "f32.min");
        def(F32_MAX, "f32.max");
        def(F32_COPYSIGN, "f32.copysign");
        def(F64_ABS, "f64.abs");
        def(F64_NEG, "f64.neg");
        def(F64_CEIL, "f64.ceil");
        def(F64_FLOOR, "f64.floor");
        def(F64_TRUNC, "f64.trunc");
        def(F64_NEAREST, "f64.nearest");
        def(F64_SQRT, "f64.sqrt");
        def(F64_ADD, "f64.add");
        def(F64_SUB, "f64.sub");
        def(F64_MUL, "f64.mul");
        def(F64_DIV, "f64.div");
        def(F64_MIN, "f64.min");
        def(F64_MAX, "f64.max");
        def(F64_COPYSIGN, "f64.copysign");
        def(I32_WRAP_I64, "i32.wrap_i64");
        def(I32_TRUNC_F32_S, "i32.trunc_f32_s");
        def(I32_TRUNC_F32_U, "i32.trunc_f32_u");
        def(I32_TRUNC_F64_S, "i32.trunc_f64_s");
        def(I32_TRUNC_F64_U, "i32.trunc_f64_u");
        def(I64_EXTEND_I32_S, "i64.extend_i32_s");
        def(I64_EXTEND_I32_U, "i64.extend_i32_u");
        def(I64_TRUNC_F32_S, "i64.trunc_f32_s");
        def(I64_TRUNC_F32_U, "i64.trunc_f32_u");
        def(I64_TRUNC_F64_S, "i64.trunc_f64_s");
        def(I64_TRUNC_F64_U, "i64.trunc_f64_u");
        def(F32_CONVERT_I32_S, "f32.convert_i32_s");
        def(F32_CONVERT_I32_U, "f32.convert_i32_u");
        def(F32_CONVERT_I64_S, "f32.convert_i64_s");
        def(F32_CONVERT_I64_U, "f32.convert_i64_u");
        def(F32_DEMOTE_F64, "f32.demote_f64");
        def(F64_CONVERT_I32_S, "f64.convert_i32_s");
        def(F64_CONVERT_I32_U, "f64.convert_i32_u");
        def(F64_CONVERT_I64_S, "f64.convert_i64_s");
        def(F64_CONVERT_I64_U, "f64.convert_i64_u");
        def(F64_PROMOTE_F32, "f64.promote_f32");
        def(I32_REINTERPRET_F32, "i32.reinterpret_f32");
        def(I64_REINTERPRET_F64, "i64.reinterpret_f64");
        def(F32_REINTERPRET_I32, "f32.reinterpret_i32");
        def(F64_REINTERPRET_I64, "f64.reinterpret_i64");
        def(I32_EXTEND8_S, "i32.extend8_s");
        def(I32_EXTEND16_S, "i32.extend16_s");
        def(I64_EXTEND8_S, "i64.extend8_s");
        def(I64_EXTEND16_S, "i64.extend16_s");
        def(I64_EXTEND32_S, "i64.extend32_s");

        // reference
        def(REF_NULL, "ref.null", Imm.HEAPTYPE);
        def(REF_IS_NULL, "ref.is_null");
        def(REF_FUNC, "ref.func", Imm.FUNC);
        def(REF_EQ, "ref.eq");
        def(REF_AS_NON_NULL, "ref.as_non_null");
        def(BR_ON_NULL, "br_on_null", Imm.LABEL);
        def(BR_ON_NON_NULL, "br_on_non_null", Imm.LABEL);

        // GC
        def(STRUCT_NEW, "struct.new", Imm.TYPE);
        def(STRUCT_NEW_DEFAULT, "struct.new_default", Imm.TYPE);
        def(STRUCT_GET, "struct.get", Imm.TYPE_FIELD);
        def(STRUCT_GET_S, "struct.get_s", Imm.TYPE_FIELD);
        def(STRUCT_GET_U, "struct.get_u", Imm.TYPE_FIELD);
        def(STRUCT_SET, "struct.set", Imm.TYPE_FIELD);
        def(ARRAY_NEW, "array.new", Imm.TYPE);
        def(ARRAY_NEW_DEFAULT, "array.new_default", Imm.TYPE);
        def(ARRAY_NEW_FIXED, "array.new_fixed", Imm.TYPE_N);
        def(ARRAY_NEW_DATA, "array.new_data", Imm.TYPE_DATA);
        def(ARRAY_NEW_ELEM, "array.new_elem", Imm.TYPE_ELEM);
        def(ARRAY_GET, "array.get", Imm.TYPE);
        def(ARRAY_GET_S, "array.get_s", Imm.TYPE);
        def(ARRAY_GET_U, "array.get_u", Imm.TYPE);
        def(ARRAY_SET, "array.set", Imm.TYPE);
        def(ARRAY_LEN, "array.len");
        def(ARRAY_FILL, "array.fill", Imm.TYPE);
        def(ARRAY_COPY, "array.copy", Imm.TYPE_TYPE);
        def(ARRAY_INIT_DATA, "array.init_data", Imm.TYPE_DATA);
        def(ARRAY_INIT_ELEM, "array.init_elem", Imm.TYPE_ELEM);
        def(REF_TEST, "ref.test", Imm.REFTYPE);
        def(REF_TEST_NULL, "ref.test", Imm.REFTYPE);
        def(REF_CAST, "ref.cast", Imm.REFTYPE);
        def(REF_CAST_NULL, "ref.cast", Imm.REFTYPE);
        def(BR_ON_CAST, "br_on_cast", Imm.BR_ON_CAST);
        def(BR_ON_CAST_FAIL, "br_on_cast_fail", Imm.BR_ON_CAST);
        def(ANY_CONVERT_EXTERN, "any.convert_extern");
        def(EXTERN_CONVERT_ANY, "extern.convert_any");
        def(REF_I31, "ref.i31");
        def(I31_GET_S, "i31.get_s");
        def(I31_GET_U, "i31.get_u");

        // saturating truncation, bulk memory, tables
        def(I32_TRUNC_SAT_F32_S, "i32.trunc_sat_f32_s");
        def(I32_TRUNC_SAT_F32_U, "i32.trunc_sat_f32_u");
        def(I32_TRUNC_SAT_F64_S, "i32.trunc_sat_f64_s");
        def(I32_TRUNC_SAT_F64_U, "i32.trunc_sat_f64_u");
        def(I64_TRUNC_SAT_F32_S, "i64.trunc_sat_f32_s");
        def(I64_TRUNC_SAT_F32_U, "i64.trunc_sat_f32_u");
        def(I64_TRUNC_SAT_F64_S, "i64.trunc_sat_f64_s");
        def(I64_TRUNC_SAT_F64_U, "i64.trunc_sat_f64_u");
        def(MEMORY_INIT, "memory.init", Imm.DATA_MEMORY);
        def(DATA_DROP, "data.drop", Imm.DATA);
        def(MEMORY_COPY, "memory.copy", Imm.MEMORY_MEMORY);
        def(MEMORY_FILL, "memory.fill", Imm.MEMORY);
        def(TABLE_INIT, "table.init", Imm.ELEM_TABLE);
        def(ELEM_DROP, "elem.drop", Imm.ELEM);
        def(TABLE_COPY, "table.copy", Imm.TABLE_TABLE);
        def(TABLE_GROW, "table.grow", Imm.TABLE);
        def(TABLE_SIZE, "table.size", Imm.TABLE);
        def(TABLE_FILL, "table.fill", Imm.TABLE);

        // SIMD
        def(V128_LOAD, "v128.load", Imm.MEMARG);
        def(V128_LOAD8X8_S, "v128.load8x8_s", Imm.MEMARG);
        def(V128_LOAD8X8_U, "v128.load8x8_u", Imm.MEMARG);
        def(V128_LOAD16X4_S, "v128.load16x4_s", Imm.MEMARG);
        def(V128_LOAD16X4_U, "v128.load16x4_u", Imm.MEMARG);
        def(V128_LOAD32X2_S, "v128.load32x2_s", Imm.MEMARG);
        def(V128_LOAD32X2_U, "v128.load32x2_u", Imm.MEMARG);
        def(V128_LOAD8_SPLAT, "v128.load8_splat", Imm.MEMARG);
        def(V128_LOAD16_SPLAT, "v128.load16_splat", Imm.MEMARG);
        def(V128_LOAD32_SPLAT, "v128.load32_splat", Imm.MEMARG);
        def(V128_LOAD64_SPLAT, "v128.load64_splat", Imm.MEMARG);
        def(V128_STORE, "v128.store", Imm.MEMARG);
        def(V128_CONST, "v128.const", Imm.V128);
        def(I8X16_SHUFFLE, "i8x16.shuffle", Imm.SHUFFLE);
        def(I8X16_SWIZZLE, "i8x16.swizzle");
        def(I8X16_SPLAT, "i8x16.splat");
        def(I16X8_SPLAT, "i16x8.splat");
        def(I32X4_SPLAT, "i32x4.splat");
        def(I64X2_SPLAT, "i64x2.splat");
        def(F32X4_SPLAT, "f32x4.splat");
        def(F64X2_SPLAT, "f64x2.splat");
        def(I8X16_EXTRACT_LANE_S, "i8x16.extract_lane_s", Imm.LANE);
        def(I8X16_EXTRACT_LANE_U, "i8x16.extract_lane_u", Imm.LANE);
        def(I8X16_REPLACE_LANE, "i8x16.replace_lane", Imm.LANE);
        def(I16X8_EXTRACT_LANE_S, "i16x8.extract_lane_s", Imm.LANE);
        def(I16X8_EXTRACT_LANE_U, "i16x8.extract_lane_u", Imm.LANE);
        def(I16X8_REPLACE_LANE, "i16x8.replace_lane", Imm.LANE);
        def(I32X4_EXTRACT_LANE, "i32x4.extract_lane", Imm.LANE);
        def(I32X4_REPLACE_LANE, "i32x4.replace_lane", Imm.LANE);
        def(I64X2_EXTRACT_LANE, "i64x2.extract_lane", Imm.LANE);
        def(I64X2_REPLACE_LANE, "i64x2.replace_lane", Imm.LANE);
        def(F32X4_EXTRACT_LANE, "f32x4.extract_lane", Imm.LANE);
        def(F32X4_REPLACE_LANE, "f32x4.replace_lane", Imm.LANE);
        def(F64X2_EXTRACT_LANE, "f64x2.extract_lane", Imm.LANE);
        def(F64X2_REPLACE_LANE, "f64x2.replace_lane", Imm.LANE);
        def(I8X16_EQ, "i8x16.eq");
        def(I8X16_NE, "i8x16.ne");
        def(I8X16_LT_S, "i8x16.lt_s");
        def(I8X16_LT_U, "i8x16.lt_u");
        def(I8X16_GT_S, "i8x16.gt_s");
        def(I8X16_GT_U, "i8x16.gt_u");
        def(I8X16_LE_S, "i8x16.le_s");
        def(I8X16_LE_U, "i8x16.le_u");
        def(I8X16_GE_S, "i8x16.ge_s");
        def(I8X16_GE_U, "i8x16.ge_u");
        def(I16X8_EQ, "i16x8.eq");
        def(I16X8_NE, "i16x8.ne");
        def(I16X8_LT_S, "i16x8.lt_s");
        def(I16X8_LT_U, "i16x8.lt_u");
        def(I16X8_GT_S, "i16x8.gt_s");
        def(I16X8_GT_U, "i16x8.gt_u");
        def(I16X8_LE_S, "i16x8.le_s");
        def(I16X8_LE_U, "i16x8.le_u");
        def(I16X8_GE_S, "i16x8.ge_s");
        def(I16X8_GE_U, "i16x8.ge_u");
        def(I32X4_EQ, "i32x4.eq");
        def(I32X4_NE, "i32x4.ne");
        def(I32X4_LT_S, "i32x4.lt_s");
        def(I32X4_LT_U, "i32x4.lt_u");
        def(I32X4_GT_S, "i32x4.gt_s");
        def(I32X4_GT_U, "i32x4.gt_u");
        def(I32X4_LE_S, "i32x4.le_s");
        def(I32X4_LE_U, "i32x4.le_u");
        def(I32X4_GE_S, "i32x4.ge_s");
        def(I32X4_GE_U, "i32x4.ge_u");
        def(F32X4_EQ, "f32x4.eq");
        def(F32X4_NE, "f32x4.ne");
        def(F32X4_LT, "f32x4.lt");
        def(F32X4_GT, "f32x4.gt");
        def(F32X4_LE, "f32x4.le");
        def(F32X4_GE, "f32x4.ge");
        def(F64X2_EQ, "f64x2.eq");
        def(F64X2_NE, "f64x2.ne");
        def(F64X2_LT, "f64x2.lt");
        def(F64X2_GT, "f64x2.gt");
        def(F64X2_LE, "f64x2.le");
        def(F64X2_GE, "f64x2.ge");
        def(V128_NOT, "v128.not");
        def(V128_AND, "v128.and");
        def(V128_ANDNOT, "v128.andnot");
        def(V128_OR, "v128.or");
        def(V128_XOR, "v128.xor");
        def(V128_BITSELECT, "v128.bitselect");
        def(V128_ANY_TRUE, "v128.any_true");
        def(V128_LOAD8_LANE, "v128.load8_lane", Imm.MEMARG_LANE);
        def(V128_LOAD16_LANE, "v128.load16_lane", Imm.MEMARG_LANE);
        def(V128_LOAD32_LANE, "v128.load32_lane", Imm.MEMARG_LANE);
        def(V128_LOAD64_LANE, "v128.load64_lane", Imm.MEMARG_LANE);
        def(V128_STORE8_LANE, "v128.store8_lane", Imm.MEMARG_LANE);
        def(V128_STORE16_LANE, "v128.store16_lane", Imm.MEMARG_LANE);
        def(V128_STORE32_LANE, "v128.store32_lane", Imm.MEMARG_LANE);
        def(V128_STORE64_LANE, "v128.store64_lane", Imm.MEMARG_LANE);
        def(V128_LOAD32_ZERO, "v128.load32_zero", Imm.MEMARG);
        def(V128_LOAD64_ZERO, "v128.load64_zero", Imm.MEMARG);
        def(F32X4_DEMOTE_F64X2_ZERO, "f32x4.demote_f64x2_zero");
        def(F64X2_PROMOTE_LOW_F32X4, "f64x2.promote_low_f32x4");
        def(I8X16_ABS, "i8x16.abs");
        def(I8X16_NEG, "i8x16.neg");
        def(I8X16_POPCNT, "i8x16.popcnt");
        def(I8X16_ALL_TRUE, "i8x16.all_true");
        def(I8X16_BITMASK, "i8x16.bitmask");
        def(I8X16_NARROW_I16X8_S, "i8x16.narrow_i16x8_s");
        def(I8X16_NARROW_I16X8_U, "i8x16.narrow_i16x8_u");
        def(F32X4_CEIL, "f32x4.ceil");
        def(F32X4_FLOOR, "f32x4.floor");
        def(F32X4_TRUNC, "f32x4.trunc");
        def(F32X4_NEAREST, "f32x4.nearest");
        def(I8X16_SHL, "i8x16.shl");
        def(I8X16_SHR_S, "i8x16.shr_s");
        def(I8X16_SHR_U, "i8x16.shr_u");
        def(I8X16_ADD, "i8x16.add");
        def(I8X16_ADD_SAT_S, "i8x16.add_sat_s");
        def(I8X16_ADD_SAT_U, "i8x16.add_sat_u");
        def(I8X16_SUB, "i8x16.sub");
        def(I8X16_SUB_SAT_S, "i8x16.sub_sat_s");
        def(I8X16_SUB_SAT_U, "i8x16.sub_sat_u");
        def(F64X2_CEIL, "f64x2.ceil");
        def(F64X2_FLOOR, "f64x2.floor");
        def(I8X16_MIN_S, "i8x16.min_s");
        def(I8X16_MIN_U, "i8x16.min_u");
        def(I8X16_MAX_S, "i8x16.max_s");
        def(I8X16_MAX_U, "i8x16.max_u");
        def(F64X2_TRUNC, "f64x2.trunc");
        def(I8X16_AVGR_U, "i8x16.avgr_u");
        def(I16X8_EXTADD_PAIRWISE_I8X16_S, "i16x8.extadd_pairwise_i8x16_s");
        def(I16X8_EXTADD_PAIRWISE_I8X16_U, "i16x8.extadd_pairwise_i8x16_u");
        def(I32X4_EXTADD_PAIRWISE_I16X8_S, "i32x4.extadd_pairwise_i16x8_s");
        def(I32X4_EXTADD_PAIRWISE_I16X8_U, "i32x4.extadd_pairwise_i16x8_u");
        def(I16X8_ABS, "i16x8.abs");
        def(I16X8_NEG, "i16x8.neg");
        def(I16X8_Q15MULR_SAT_S, "i16x8.q15mulr_sat_s");
        def(I16X8_ALL_TRUE, "i16x8.all_true");
        def(I16X8_BITMASK, "i16x8.bitmask");
        def(I16X8_NARROW_I32X4_S, "i16x8.narrow_i32x4_s");
        def(I16X8_NARROW_I32X4_U, "i16x8.narrow_i32x4_u");
        def(I16X8_EXTEND_LOW_I8X16_S, "i16x8.extend_low_i8x16_s");
        def(I16X8_EXTEND_HIGH_I8X16_S, "i16x8.extend_high_i8x16_s");
        def(I16X8_EXTEND_LOW_I8X16_U, "i16x8.extend_low_i8x16_u");
        def(I16X8_EXTEND_HIGH_I8X16_U, "i16x8.extend_high_i8x16_u");
        def(I16X8_SHL, "i16x8.shl");
        def(I16X8_SHR_S, "i16x8.shr_s");
        def(I16X8_SHR_U, "i16x8.shr_u");
        def(I16X8_ADD, "i16x8.add");
        def(I16X8_ADD_SAT_S, "i16x8.add_sat_s");
        def(I16X8_ADD_SAT_U, "i16x8.add_sat_u");
        def(I16X8_SUB, "i16x8.sub");
        def(I16X8_SUB_SAT_S, "i16x8.sub_sat_s");
        def(I16X8_SUB_SAT_U, "i16x8.sub_sat_u");
        def(F64X2_NEAREST, "f64x2.nearest");
        def(I16X8_MUL, "i16x8.mul");
        def(I16X8_MIN_S, "i16x8.min_s");
        def(I16X8_MIN_U, "i16x8.min_u");
        def(I16X8_MAX_S, "i16x8.max_s");
        def(I16X8_MAX_U, "i16x8.max_u");
        def(I16X8_AVGR_U, "i16x8.avgr_u");
        def(I16X8_EXTMUL_LOW_I8X16_S, "i16x8.extmul_low_i8x16_s");
        def(I16X8_EXTMUL_HIGH_I8X16_S, "i16x8.extmul_high_i8x16_s");
        def(I16X8_EXTMUL_LOW_I8X16_U, "i16x8.extmul_low_i8x16_u");
        def(I16X8_EXTMUL_HIGH_I8X16_U, "i16x8.extmul_high_i8x16_u");
        def(I32X4_ABS, "i32x4.abs");
        def(I32X4_NEG, "i32x4.neg");
        def(I32X4_ALL_TRUE, "i32x4.all_true");
        def(I32X4_BITMASK, "i32x4.bitmask");
        def(I32X4_EXTEND_LOW_I16X8_S, "i32x4.extend_low_i16x8_s");
        def(I32X4_EXTEND_HIGH_I16X8_S, "i32x4.extend_high_i16x8_s");
        def(I32X4_EXTEND_LOW_I16X8_U, "i32x4.extend_low_i16x8_u");
        def(I32X4_EXTEND_HIGH_I16X8_U, "i32x4.extend_high_i16x8_u");
        def(I32X4_SHL, "i32x4.shl");
        def(I32X4_SHR_S, "i32x4.shr_s");
        def(I32X4_SHR_U, "i32x4.shr_u");
        def(I32X4_ADD, "i32x4.add");
        def(I32X4_SUB, "i32x4.sub");
        def(I32X4_MUL, "i32x4.mul");
        def(I32X4_MIN_S, "i32x4.min_s");
        def(I32X4_MIN_U, "i32x4.min_u");
        def(I32X4_MAX_S, "i32x4.max_s");
        def(I32X4_MAX_U, "i32x4.max_u");
        def(I32X4_DOT_I16X8_S, "i32x4.dot_i16x8_s");
        def(I32X4_EXTMUL_LOW_I16X8_S, "i32x4.extmul_low_i16x8_s");
        def(I32X4_EXTMUL_HIGH_I16X8_S, "i32x4.extmul_high_i16x8_s");
        def(I32X4_EXTMUL_LOW_I16X8_U, "i32x4.extmul_low_i16x8_u");
        def(I32X4_EXTMUL_HIGH_I16X8_U, "i32x4.extmul_high_i16x8_u");
        def(I64X2_ABS, "i64x2.abs");
        def(I64X2_NEG, "i64x2.neg");
        def(I64X2_ALL_TRUE, "i64x2.all_true");
        def(I64X2_BITMASK, "i64x2.bitmask");
        def(I64X2_EXTEND_LOW_I32X4_S, "i64x2.extend_low_i32x4_s");
        def(I64X2_EXTEND_HIGH_I32X4_S, "i64x2.extend_high_i32x4_s");
        def(I64X2_EXTEND_LOW_I32X4_U, "i64x2.extend_low_i32x4_u");
        def(I64X2_EXTEND_HIGH_I32X4_U, "i64x2.extend_high_i32x4_u");
        def(I64X2_SHL, "i64x2.shl");
        def(I64X2_SHR_S, "i64x2.shr_s");
        def(I64X2_SHR_U, "i64x2.shr_u");
        def(I64X2_ADD, "i64x2.add");
        def(I64X2_SUB, "i64x2.sub");
        def(I64X2_MUL, "i64x2.mul");
        def(I64X2_EQ, "i64x2.eq");
        def(I64X2_NE, "i64x2.ne");
        def(I64X2_LT_S, "i64x2.lt_s");
        def(I64X2_GT_S, "i64x2.gt_s");
        def(I64X2_LE_S, "i64x2.le_s");
        def(I64X2_GE_S, "i64x2.ge_s");
        def(I64X2_EXTMUL_LOW_I32X4_S, "i64x2.extmul_low_i32x4_s");
        def(I64X2_EXTMUL_HIGH_I32X4_S, "i64x2.extmul_high_i32x4_s");
        def(I64X2_EXTMUL_LOW_I32X4_U, "i64x2.extmul_low_i32x4_u");
        def(I64X2_EXTMUL_HIGH_I32X4_U, "i64x2.extmul_high_i32x4_u");
        def(F32X4_ABS, "f32x4.abs");
        def(F32X4_NEG, "f32x4.neg");
        def(F32X4_SQRT, "f32x4.sqrt");
        def(F32X4_ADD, "f32x4.add");
        def(F32X4_SUB, "f32x4.sub");
        def(F32X4_MUL, "f32x4.mul");
        def(F32X4_DIV, "f32x4.div");
        def(F32X4_MIN, "f32x4.min");
        def(F32X4_MAX, "f32x4.max");
        def(F32X4_PMIN, "f32x4.pmin");
        def(F32X4_PMAX, "f32x4.pmax");
        def(F64X2_ABS, "f64x2.abs");
        def(F64X2_NEG, "f64x2.neg");
        def(F64X2_SQRT, "f64x2.sqrt");
        def(F64X2_ADD, "f64x2.add");
        def(F64X2_SUB, "f64x2.sub");
        def(F64X2_MUL, "f64x2.mul");
        def(F64X2_DIV, "f64x2.div");
        def(F64X2_MIN, "f64x2.min");
        def(F64X2_MAX, "f64x2.max");
        def(F64X2_PMIN, "f64x2.pmin");
        def(F64X2_PMAX, "f64x2.pmax");
        def(I32X4_TRUNC_SAT_F32X4_S, "i32x4.trunc_sat_f32x4_s");
        def(I32X4_TRUNC_SAT_F32X4_U, "i32x4.trunc_sat_f32x4_u");
        def(F32X4_CONVERT_I32X4_S, "f32x4.convert_i32x4_s");
        def(F32X4_CONVERT_I32X4_U, "f32x4.convert_i32x4_u");
        def(I32X4_TRUNC_SAT_F64X2_S_ZERO, "i32x4.trunc_sat_f64x2_s_zero");
        def(I32X4_TRUNC_SAT_F64X2_U_ZERO, "i32x4.trunc_sat_f64x2_u_zero");
        def(F64X2_CONVERT_LOW_I32X4_S, "f64x2.convert_low_i32x4_s");
        def(F64X2_CONVERT_LOW_I32X4_U, "f64x2.convert_low_i32x4_u");

        // relaxed SIMD
        def(I8X16_RELAXED_SWIZZLE, "i8x16.relaxed_swizzle");
        def(I32X4_RELAXED_TRUNC_F32X4_S, "i32x4.relaxed_trunc_f32x4_s");
        def(I32X4_RELAXED_TRUNC_F32X4_U, "i32x4.relaxed_trunc_f32x4_u");
        def(I32X4_RELAXED_TRUNC_F64X2_S_ZERO, "i32x4.relaxed_trunc_f64x2_s_zero");
        def(I32X4_RELAXED_TRUNC_F64X2_U_ZERO, "i32x4.relaxed_trunc_f64x2_u_zero");
        def(F32X4_RELAXED_MADD, "f32x4.relaxed_madd");
        def(F32X4_RELAXED_NMADD, "f32x4.relaxed_nmadd");
        def(F64X2_RELAXED_MADD, "f64x2.relaxed_madd");
        def(F64X2_RELAXED_NMADD, "f64x2.relaxed_nmadd");
        def(I8X16_RELAXED_LANESELECT, "i8x16.relaxed_laneselect");
        def(I16X8_RELAXED_LANESELECT, "i16x8.relaxed_laneselect");
        def(I32X4_RELAXED_LANESELECT, "i32x4.relaxed_laneselect");
        def(I64X2_RELAXED_LANESELECT, "i64x2.relaxed_laneselect");
        def(F32X4_RELAXED_MIN, "f32x4.relaxed_min");
        def(F32X4_RELAXED_MAX, "f32x4.relaxed_max");
        def(F64X2_RELAXED_MIN, "f64x2.relaxed_min");
        def(F64X2_RELAXED_MAX, "f64x2.relaxed_max");
        def(I16X8_RELAXED_Q15MULR_S, "i16x8.relaxed_q15mulr_s");
        def(I16X8_RELAXED_DOT_I8X16_I7X16_S, "i16x8.relaxed_dot_i8x16_i7x16_s");
        def(I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S, "i32x4.relaxed_dot_i8x16_i7x16_add_s");
    }

    private static void def(int opcode, String name) {
        def(opcode, name, Imm.NONE);
    }

    private static void def(int opcode, String name, Imm imm) {
        int t = table(opcode);
        int sub = opcode & 0xFFFF;
        NAMES[t][sub] = name;
        IMMS[t][sub] = imm;
        BY_NAME.putIfAbsent(name, opcode);
        ALL[count++] = opcode;
    }

    /** Index of the lookup table for an opcode's prefix, or -1 for an unknown prefix. */
    private static int table(int opcode) {
        return switch (opcode >>> 16) {
            case 0 -> opcode <= 0xFF ? 0 : -1;
            case 0xFB -> 1;
            case 0xFC -> 2;
            case 0xFD -> 3;
            default -> -1;
        };
    }

    /** True for the bytes that start a prefixed opcode (0xFB, 0xFC, 0xFD). */
    public static boolean isPrefix(int firstByte) {
        return firstByte == 0xFB || firstByte == 0xFC || firstByte == 0xFD;
    }

    /** The immediate shape of an opcode, or null if the opcode is not a Wasm 3.0 instruction. */
    public static Imm immediates(int opcode) {
        int t = table(opcode);
        if (t < 0) return null;
        int sub = opcode & 0xFFFF;
        Imm[] imms = IMMS[t];
        return sub < imms.length ? imms[sub] : null;
    }

    /** The text name of an opcode (e.g. "i32.add"), or null if unknown. */
    public static String name(int opcode) {
        int t = table(opcode);
        if (t < 0) return null;
        int sub = opcode & 0xFFFF;
        String[] names = NAMES[t];
        return sub < names.length ? names[sub] : null;
    }

    /** The opcode of a text instruction name, or -1 if unknown. */
    public static int byName(String textName) {
        Integer op = BY_NAME.get(textName);
        return op == null ? -1 : op;
    }

    /** Every defined opcode, in declaration order (a fresh copy). */
    public static int[] opcodes() {
        return Arrays.copyOf(ALL, count);
    }
}
