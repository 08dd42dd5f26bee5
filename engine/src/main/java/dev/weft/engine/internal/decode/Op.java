package dev.weft.engine.internal.decode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every Wasm 3.0 instruction: its opcode int, text name and immediate shape, declared once per line.
 *
 * <p>Opcodes follow {@link CodeReader}: single-byte opcodes are the byte; prefixed ones are
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

    // Lookup tables indexed by sub-opcode, one per prefix; declared before the opcode constants
    // because op() fills them during class initialisation.
    private static final String[][] NAMES = {new String[0x100], new String[0x20], new String[0x20], new String[0x120]};
    private static final Imm[][] IMMS = {new Imm[0x100], new Imm[0x20], new Imm[0x20], new Imm[0x120]};
    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    private static final int[] ALL = new int[0x200];
    private static int count;

    // control
    public static final int UNREACHABLE =                         op(0x00, "unreachable", Imm.NONE);
    public static final int NOP =                                 op(0x01, "nop", Imm.NONE);
    public static final int BLOCK =                               op(0x02, "block", Imm.BLOCK);
    public static final int LOOP =                                op(0x03, "loop", Imm.BLOCK);
    public static final int IF =                                  op(0x04, "if", Imm.BLOCK);
    public static final int ELSE =                                op(0x05, "else", Imm.NONE);
    public static final int THROW =                               op(0x08, "throw", Imm.TAG);
    public static final int THROW_REF =                           op(0x0A, "throw_ref", Imm.NONE);
    public static final int END =                                 op(0x0B, "end", Imm.NONE);
    public static final int BR =                                  op(0x0C, "br", Imm.LABEL);
    public static final int BR_IF =                               op(0x0D, "br_if", Imm.LABEL);
    public static final int BR_TABLE =                            op(0x0E, "br_table", Imm.BR_TABLE);
    public static final int RETURN =                              op(0x0F, "return", Imm.NONE);
    public static final int CALL =                                op(0x10, "call", Imm.FUNC);
    public static final int CALL_INDIRECT =                       op(0x11, "call_indirect", Imm.CALL_INDIRECT);
    public static final int RETURN_CALL =                         op(0x12, "return_call", Imm.FUNC);
    public static final int RETURN_CALL_INDIRECT =                op(0x13, "return_call_indirect", Imm.CALL_INDIRECT);
    public static final int CALL_REF =                            op(0x14, "call_ref", Imm.TYPE);
    public static final int RETURN_CALL_REF =                     op(0x15, "return_call_ref", Imm.TYPE);
    public static final int TRY_TABLE =                           op(0x1F, "try_table", Imm.TRY_TABLE);

    // parametric
    public static final int DROP =                                op(0x1A, "drop", Imm.NONE);
    public static final int SELECT =                              op(0x1B, "select", Imm.NONE);
    public static final int SELECT_T =                            op(0x1C, "select", Imm.SELECT_T);

    // variables
    public static final int LOCAL_GET =                           op(0x20, "local.get", Imm.LOCAL);
    public static final int LOCAL_SET =                           op(0x21, "local.set", Imm.LOCAL);
    public static final int LOCAL_TEE =                           op(0x22, "local.tee", Imm.LOCAL);
    public static final int GLOBAL_GET =                          op(0x23, "global.get", Imm.GLOBAL);
    public static final int GLOBAL_SET =                          op(0x24, "global.set", Imm.GLOBAL);
    public static final int TABLE_GET =                           op(0x25, "table.get", Imm.TABLE);
    public static final int TABLE_SET =                           op(0x26, "table.set", Imm.TABLE);

    // memory
    public static final int I32_LOAD =                            op(0x28, "i32.load", Imm.MEMARG);
    public static final int I64_LOAD =                            op(0x29, "i64.load", Imm.MEMARG);
    public static final int F32_LOAD =                            op(0x2A, "f32.load", Imm.MEMARG);
    public static final int F64_LOAD =                            op(0x2B, "f64.load", Imm.MEMARG);
    public static final int I32_LOAD8_S =                         op(0x2C, "i32.load8_s", Imm.MEMARG);
    public static final int I32_LOAD8_U =                         op(0x2D, "i32.load8_u", Imm.MEMARG);
    public static final int I32_LOAD16_S =                        op(0x2E, "i32.load16_s", Imm.MEMARG);
    public static final int I32_LOAD16_U =                        op(0x2F, "i32.load16_u", Imm.MEMARG);
    public static final int I64_LOAD8_S =                         op(0x30, "i64.load8_s", Imm.MEMARG);
    public static final int I64_LOAD8_U =                         op(0x31, "i64.load8_u", Imm.MEMARG);
    public static final int I64_LOAD16_S =                        op(0x32, "i64.load16_s", Imm.MEMARG);
    public static final int I64_LOAD16_U =                        op(0x33, "i64.load16_u", Imm.MEMARG);
    public static final int I64_LOAD32_S =                        op(0x34, "i64.load32_s", Imm.MEMARG);
    public static final int I64_LOAD32_U =                        op(0x35, "i64.load32_u", Imm.MEMARG);
    public static final int I32_STORE =                           op(0x36, "i32.store", Imm.MEMARG);
    public static final int I64_STORE =                           op(0x37, "i64.store", Imm.MEMARG);
    public static final int F32_STORE =                           op(0x38, "f32.store", Imm.MEMARG);
    public static final int F64_STORE =                           op(0x39, "f64.store", Imm.MEMARG);
    public static final int I32_STORE8 =                          op(0x3A, "i32.store8", Imm.MEMARG);
    public static final int I32_STORE16 =                         op(0x3B, "i32.store16", Imm.MEMARG);
    public static final int I64_STORE8 =                          op(0x3C, "i64.store8", Imm.MEMARG);
    public static final int I64_STORE16 =                         op(0x3D, "i64.store16", Imm.MEMARG);
    public static final int I64_STORE32 =                         op(0x3E, "i64.store32", Imm.MEMARG);
    public static final int MEMORY_SIZE =                         op(0x3F, "memory.size", Imm.MEMORY);
    public static final int MEMORY_GROW =                         op(0x40, "memory.grow", Imm.MEMORY);

    // numeric
    public static final int I32_CONST =                           op(0x41, "i32.const", Imm.I32);
    public static final int I64_CONST =                           op(0x42, "i64.const", Imm.I64);
    public static final int F32_CONST =                           op(0x43, "f32.const", Imm.F32);
    public static final int F64_CONST =                           op(0x44, "f64.const", Imm.F64);
    public static final int I32_EQZ =                             op(0x45, "i32.eqz", Imm.NONE);
    public static final int I32_EQ =                              op(0x46, "i32.eq", Imm.NONE);
    public static final int I32_NE =                              op(0x47, "i32.ne", Imm.NONE);
    public static final int I32_LT_S =                            op(0x48, "i32.lt_s", Imm.NONE);
    public static final int I32_LT_U =                            op(0x49, "i32.lt_u", Imm.NONE);
    public static final int I32_GT_S =                            op(0x4A, "i32.gt_s", Imm.NONE);
    public static final int I32_GT_U =                            op(0x4B, "i32.gt_u", Imm.NONE);
    public static final int I32_LE_S =                            op(0x4C, "i32.le_s", Imm.NONE);
    public static final int I32_LE_U =                            op(0x4D, "i32.le_u", Imm.NONE);
    public static final int I32_GE_S =                            op(0x4E, "i32.ge_s", Imm.NONE);
    public static final int I32_GE_U =                            op(0x4F, "i32.ge_u", Imm.NONE);
    public static final int I64_EQZ =                             op(0x50, "i64.eqz", Imm.NONE);
    public static final int I64_EQ =                              op(0x51, "i64.eq", Imm.NONE);
    public static final int I64_NE =                              op(0x52, "i64.ne", Imm.NONE);
    public static final int I64_LT_S =                            op(0x53, "i64.lt_s", Imm.NONE);
    public static final int I64_LT_U =                            op(0x54, "i64.lt_u", Imm.NONE);
    public static final int I64_GT_S =                            op(0x55, "i64.gt_s", Imm.NONE);
    public static final int I64_GT_U =                            op(0x56, "i64.gt_u", Imm.NONE);
    public static final int I64_LE_S =                            op(0x57, "i64.le_s", Imm.NONE);
    public static final int I64_LE_U =                            op(0x58, "i64.le_u", Imm.NONE);
    public static final int I64_GE_S =                            op(0x59, "i64.ge_s", Imm.NONE);
    public static final int I64_GE_U =                            op(0x5A, "i64.ge_u", Imm.NONE);
    public static final int F32_EQ =                              op(0x5B, "f32.eq", Imm.NONE);
    public static final int F32_NE =                              op(0x5C, "f32.ne", Imm.NONE);
    public static final int F32_LT =                              op(0x5D, "f32.lt", Imm.NONE);
    public static final int F32_GT =                              op(0x5E, "f32.gt", Imm.NONE);
    public static final int F32_LE =                              op(0x5F, "f32.le", Imm.NONE);
    public static final int F32_GE =                              op(0x60, "f32.ge", Imm.NONE);
    public static final int F64_EQ =                              op(0x61, "f64.eq", Imm.NONE);
    public static final int F64_NE =                              op(0x62, "f64.ne", Imm.NONE);
    public static final int F64_LT =                              op(0x63, "f64.lt", Imm.NONE);
    public static final int F64_GT =                              op(0x64, "f64.gt", Imm.NONE);
    public static final int F64_LE =                              op(0x65, "f64.le", Imm.NONE);
    public static final int F64_GE =                              op(0x66, "f64.ge", Imm.NONE);
    public static final int I32_CLZ =                             op(0x67, "i32.clz", Imm.NONE);
    public static final int I32_CTZ =                             op(0x68, "i32.ctz", Imm.NONE);
    public static final int I32_POPCNT =                          op(0x69, "i32.popcnt", Imm.NONE);
    public static final int I32_ADD =                             op(0x6A, "i32.add", Imm.NONE);
    public static final int I32_SUB =                             op(0x6B, "i32.sub", Imm.NONE);
    public static final int I32_MUL =                             op(0x6C, "i32.mul", Imm.NONE);
    public static final int I32_DIV_S =                           op(0x6D, "i32.div_s", Imm.NONE);
    public static final int I32_DIV_U =                           op(0x6E, "i32.div_u", Imm.NONE);
    public static final int I32_REM_S =                           op(0x6F, "i32.rem_s", Imm.NONE);
    public static final int I32_REM_U =                           op(0x70, "i32.rem_u", Imm.NONE);
    public static final int I32_AND =                             op(0x71, "i32.and", Imm.NONE);
    public static final int I32_OR =                              op(0x72, "i32.or", Imm.NONE);
    public static final int I32_XOR =                             op(0x73, "i32.xor", Imm.NONE);
    public static final int I32_SHL =                             op(0x74, "i32.shl", Imm.NONE);
    public static final int I32_SHR_S =                           op(0x75, "i32.shr_s", Imm.NONE);
    public static final int I32_SHR_U =                           op(0x76, "i32.shr_u", Imm.NONE);
    public static final int I32_ROTL =                            op(0x77, "i32.rotl", Imm.NONE);
    public static final int I32_ROTR =                            op(0x78, "i32.rotr", Imm.NONE);
    public static final int I64_CLZ =                             op(0x79, "i64.clz", Imm.NONE);
    public static final int I64_CTZ =                             op(0x7A, "i64.ctz", Imm.NONE);
    public static final int I64_POPCNT =                          op(0x7B, "i64.popcnt", Imm.NONE);
    public static final int I64_ADD =                             op(0x7C, "i64.add", Imm.NONE);
    public static final int I64_SUB =                             op(0x7D, "i64.sub", Imm.NONE);
    public static final int I64_MUL =                             op(0x7E, "i64.mul", Imm.NONE);
    public static final int I64_DIV_S =                           op(0x7F, "i64.div_s", Imm.NONE);
    public static final int I64_DIV_U =                           op(0x80, "i64.div_u", Imm.NONE);
    public static final int I64_REM_S =                           op(0x81, "i64.rem_s", Imm.NONE);
    public static final int I64_REM_U =                           op(0x82, "i64.rem_u", Imm.NONE);
    public static final int I64_AND =                             op(0x83, "i64.and", Imm.NONE);
    public static final int I64_OR =                              op(0x84, "i64.or", Imm.NONE);
    public static final int I64_XOR =                             op(0x85, "i64.xor", Imm.NONE);
    public static final int I64_SHL =                             op(0x86, "i64.shl", Imm.NONE);
    public static final int I64_SHR_S =                           op(0x87, "i64.shr_s", Imm.NONE);
    public static final int I64_SHR_U =                           op(0x88, "i64.shr_u", Imm.NONE);
    public static final int I64_ROTL =                            op(0x89, "i64.rotl", Imm.NONE);
    public static final int I64_ROTR =                            op(0x8A, "i64.rotr", Imm.NONE);
    public static final int F32_ABS =                             op(0x8B, "f32.abs", Imm.NONE);
    public static final int F32_NEG =                             op(0x8C, "f32.neg", Imm.NONE);
    public static final int F32_CEIL =                            op(0x8D, "f32.ceil", Imm.NONE);
    public static final int F32_FLOOR =                           op(0x8E, "f32.floor", Imm.NONE);
    public static final int F32_TRUNC =                           op(0x8F, "f32.trunc", Imm.NONE);
    public static final int F32_NEAREST =                         op(0x90, "f32.nearest", Imm.NONE);
    public static final int F32_SQRT =                            op(0x91, "f32.sqrt", Imm.NONE);
    public static final int F32_ADD =                             op(0x92, "f32.add", Imm.NONE);
    public static final int F32_SUB =                             op(0x93, "f32.sub", Imm.NONE);
    public static final int F32_MUL =                             op(0x94, "f32.mul", Imm.NONE);
    public static final int F32_DIV =                             op(0x95, "f32.div", Imm.NONE);
    public static final int F32_MIN =                             op(0x96, "f32.min", Imm.NONE);
    public static final int F32_MAX =                             op(0x97, "f32.max", Imm.NONE);
    public static final int F32_COPYSIGN =                        op(0x98, "f32.copysign", Imm.NONE);
    public static final int F64_ABS =                             op(0x99, "f64.abs", Imm.NONE);
    public static final int F64_NEG =                             op(0x9A, "f64.neg", Imm.NONE);
    public static final int F64_CEIL =                            op(0x9B, "f64.ceil", Imm.NONE);
    public static final int F64_FLOOR =                           op(0x9C, "f64.floor", Imm.NONE);
    public static final int F64_TRUNC =                           op(0x9D, "f64.trunc", Imm.NONE);
    public static final int F64_NEAREST =                         op(0x9E, "f64.nearest", Imm.NONE);
    public static final int F64_SQRT =                            op(0x9F, "f64.sqrt", Imm.NONE);
    public static final int F64_ADD =                             op(0xA0, "f64.add", Imm.NONE);
    public static final int F64_SUB =                             op(0xA1, "f64.sub", Imm.NONE);
    public static final int F64_MUL =                             op(0xA2, "f64.mul", Imm.NONE);
    public static final int F64_DIV =                             op(0xA3, "f64.div", Imm.NONE);
    public static final int F64_MIN =                             op(0xA4, "f64.min", Imm.NONE);
    public static final int F64_MAX =                             op(0xA5, "f64.max", Imm.NONE);
    public static final int F64_COPYSIGN =                        op(0xA6, "f64.copysign", Imm.NONE);
    public static final int I32_WRAP_I64 =                        op(0xA7, "i32.wrap_i64", Imm.NONE);
    public static final int I32_TRUNC_F32_S =                     op(0xA8, "i32.trunc_f32_s", Imm.NONE);
    public static final int I32_TRUNC_F32_U =                     op(0xA9, "i32.trunc_f32_u", Imm.NONE);
    public static final int I32_TRUNC_F64_S =                     op(0xAA, "i32.trunc_f64_s", Imm.NONE);
    public static final int I32_TRUNC_F64_U =                     op(0xAB, "i32.trunc_f64_u", Imm.NONE);
    public static final int I64_EXTEND_I32_S =                    op(0xAC, "i64.extend_i32_s", Imm.NONE);
    public static final int I64_EXTEND_I32_U =                    op(0xAD, "i64.extend_i32_u", Imm.NONE);
    public static final int I64_TRUNC_F32_S =                     op(0xAE, "i64.trunc_f32_s", Imm.NONE);
    public static final int I64_TRUNC_F32_U =                     op(0xAF, "i64.trunc_f32_u", Imm.NONE);
    public static final int I64_TRUNC_F64_S =                     op(0xB0, "i64.trunc_f64_s", Imm.NONE);
    public static final int I64_TRUNC_F64_U =                     op(0xB1, "i64.trunc_f64_u", Imm.NONE);
    public static final int F32_CONVERT_I32_S =                   op(0xB2, "f32.convert_i32_s", Imm.NONE);
    public static final int F32_CONVERT_I32_U =                   op(0xB3, "f32.convert_i32_u", Imm.NONE);
    public static final int F32_CONVERT_I64_S =                   op(0xB4, "f32.convert_i64_s", Imm.NONE);
    public static final int F32_CONVERT_I64_U =                   op(0xB5, "f32.convert_i64_u", Imm.NONE);
    public static final int F32_DEMOTE_F64 =                      op(0xB6, "f32.demote_f64", Imm.NONE);
    public static final int F64_CONVERT_I32_S =                   op(0xB7, "f64.convert_i32_s", Imm.NONE);
    public static final int F64_CONVERT_I32_U =                   op(0xB8, "f64.convert_i32_u", Imm.NONE);
    public static final int F64_CONVERT_I64_S =                   op(0xB9, "f64.convert_i64_s", Imm.NONE);
    public static final int F64_CONVERT_I64_U =                   op(0xBA, "f64.convert_i64_u", Imm.NONE);
    public static final int F64_PROMOTE_F32 =                     op(0xBB, "f64.promote_f32", Imm.NONE);
    public static final int I32_REINTERPRET_F32 =                 op(0xBC, "i32.reinterpret_f32", Imm.NONE);
    public static final int I64_REINTERPRET_F64 =                 op(0xBD, "i64.reinterpret_f64", Imm.NONE);
    public static final int F32_REINTERPRET_I32 =                 op(0xBE, "f32.reinterpret_i32", Imm.NONE);
    public static final int F64_REINTERPRET_I64 =                 op(0xBF, "f64.reinterpret_i64", Imm.NONE);
    public static final int I32_EXTEND8_S =                       op(0xC0, "i32.extend8_s", Imm.NONE);
    public static final int I32_EXTEND16_S =                      op(0xC1, "i32.extend16_s", Imm.NONE);
    public static final int I64_EXTEND8_S =                       op(0xC2, "i64.extend8_s", Imm.NONE);
    public static final int I64_EXTEND16_S =                      op(0xC3, "i64.extend16_s", Imm.NONE);
    public static final int I64_EXTEND32_S =                      op(0xC4, "i64.extend32_s", Imm.NONE);

    // reference
    public static final int REF_NULL =                            op(0xD0, "ref.null", Imm.HEAPTYPE);
    public static final int REF_IS_NULL =                         op(0xD1, "ref.is_null", Imm.NONE);
    public static final int REF_FUNC =                            op(0xD2, "ref.func", Imm.FUNC);
    public static final int REF_EQ =                              op(0xD3, "ref.eq", Imm.NONE);
    public static final int REF_AS_NON_NULL =                     op(0xD4, "ref.as_non_null", Imm.NONE);
    public static final int BR_ON_NULL =                          op(0xD5, "br_on_null", Imm.LABEL);
    public static final int BR_ON_NON_NULL =                      op(0xD6, "br_on_non_null", Imm.LABEL);

    // GC
    public static final int STRUCT_NEW =                          op(0xFB_0000, "struct.new", Imm.TYPE);
    public static final int STRUCT_NEW_DEFAULT =                  op(0xFB_0001, "struct.new_default", Imm.TYPE);
    public static final int STRUCT_GET =                          op(0xFB_0002, "struct.get", Imm.TYPE_FIELD);
    public static final int STRUCT_GET_S =                        op(0xFB_0003, "struct.get_s", Imm.TYPE_FIELD);
    public static final int STRUCT_GET_U =                        op(0xFB_0004, "struct.get_u", Imm.TYPE_FIELD);
    public static final int STRUCT_SET =                          op(0xFB_0005, "struct.set", Imm.TYPE_FIELD);
    public static final int ARRAY_NEW =                           op(0xFB_0006, "array.new", Imm.TYPE);
    public static final int ARRAY_NEW_DEFAULT =                   op(0xFB_0007, "array.new_default", Imm.TYPE);
    public static final int ARRAY_NEW_FIXED =                     op(0xFB_0008, "array.new_fixed", Imm.TYPE_N);
    public static final int ARRAY_NEW_DATA =                      op(0xFB_0009, "array.new_data", Imm.TYPE_DATA);
    public static final int ARRAY_NEW_ELEM =                      op(0xFB_000A, "array.new_elem", Imm.TYPE_ELEM);
    public static final int ARRAY_GET =                           op(0xFB_000B, "array.get", Imm.TYPE);
    public static final int ARRAY_GET_S =                         op(0xFB_000C, "array.get_s", Imm.TYPE);
    public static final int ARRAY_GET_U =                         op(0xFB_000D, "array.get_u", Imm.TYPE);
    public static final int ARRAY_SET =                           op(0xFB_000E, "array.set", Imm.TYPE);
    public static final int ARRAY_LEN =                           op(0xFB_000F, "array.len", Imm.NONE);
    public static final int ARRAY_FILL =                          op(0xFB_0010, "array.fill", Imm.TYPE);
    public static final int ARRAY_COPY =                          op(0xFB_0011, "array.copy", Imm.TYPE_TYPE);
    public static final int ARRAY_INIT_DATA =                     op(0xFB_0012, "array.init_data", Imm.TYPE_DATA);
    public static final int ARRAY_INIT_ELEM =                     op(0xFB_0013, "array.init_elem", Imm.TYPE_ELEM);
    public static final int REF_TEST =                            op(0xFB_0014, "ref.test", Imm.REFTYPE);
    public static final int REF_TEST_NULL =                       op(0xFB_0015, "ref.test", Imm.REFTYPE);
    public static final int REF_CAST =                            op(0xFB_0016, "ref.cast", Imm.REFTYPE);
    public static final int REF_CAST_NULL =                       op(0xFB_0017, "ref.cast", Imm.REFTYPE);
    public static final int BR_ON_CAST =                          op(0xFB_0018, "br_on_cast", Imm.BR_ON_CAST);
    public static final int BR_ON_CAST_FAIL =                     op(0xFB_0019, "br_on_cast_fail", Imm.BR_ON_CAST);
    public static final int ANY_CONVERT_EXTERN =                  op(0xFB_001A, "any.convert_extern", Imm.NONE);
    public static final int EXTERN_CONVERT_ANY =                  op(0xFB_001B, "extern.convert_any", Imm.NONE);
    public static final int REF_I31 =                             op(0xFB_001C, "ref.i31", Imm.NONE);
    public static final int I31_GET_S =                           op(0xFB_001D, "i31.get_s", Imm.NONE);
    public static final int I31_GET_U =                           op(0xFB_001E, "i31.get_u", Imm.NONE);

    // saturating truncation, bulk memory, tables
    public static final int I32_TRUNC_SAT_F32_S =                 op(0xFC_0000, "i32.trunc_sat_f32_s", Imm.NONE);
    public static final int I32_TRUNC_SAT_F32_U =                 op(0xFC_0001, "i32.trunc_sat_f32_u", Imm.NONE);
    public static final int I32_TRUNC_SAT_F64_S =                 op(0xFC_0002, "i32.trunc_sat_f64_s", Imm.NONE);
    public static final int I32_TRUNC_SAT_F64_U =                 op(0xFC_0003, "i32.trunc_sat_f64_u", Imm.NONE);
    public static final int I64_TRUNC_SAT_F32_S =                 op(0xFC_0004, "i64.trunc_sat_f32_s", Imm.NONE);
    public static final int I64_TRUNC_SAT_F32_U =                 op(0xFC_0005, "i64.trunc_sat_f32_u", Imm.NONE);
    public static final int I64_TRUNC_SAT_F64_S =                 op(0xFC_0006, "i64.trunc_sat_f64_s", Imm.NONE);
    public static final int I64_TRUNC_SAT_F64_U =                 op(0xFC_0007, "i64.trunc_sat_f64_u", Imm.NONE);
    public static final int MEMORY_INIT =                         op(0xFC_0008, "memory.init", Imm.DATA_MEMORY);
    public static final int DATA_DROP =                           op(0xFC_0009, "data.drop", Imm.DATA);
    public static final int MEMORY_COPY =                         op(0xFC_000A, "memory.copy", Imm.MEMORY_MEMORY);
    public static final int MEMORY_FILL =                         op(0xFC_000B, "memory.fill", Imm.MEMORY);
    public static final int TABLE_INIT =                          op(0xFC_000C, "table.init", Imm.ELEM_TABLE);
    public static final int ELEM_DROP =                           op(0xFC_000D, "elem.drop", Imm.ELEM);
    public static final int TABLE_COPY =                          op(0xFC_000E, "table.copy", Imm.TABLE_TABLE);
    public static final int TABLE_GROW =                          op(0xFC_000F, "table.grow", Imm.TABLE);
    public static final int TABLE_SIZE =                          op(0xFC_0010, "table.size", Imm.TABLE);
    public static final int TABLE_FILL =                          op(0xFC_0011, "table.fill", Imm.TABLE);

    // SIMD
    public static final int V128_LOAD =                           op(0xFD_0000, "v128.load", Imm.MEMARG);
    public static final int V128_LOAD8X8_S =                      op(0xFD_0001, "v128.load8x8_s", Imm.MEMARG);
    public static final int V128_LOAD8X8_U =                      op(0xFD_0002, "v128.load8x8_u", Imm.MEMARG);
    public static final int V128_LOAD16X4_S =                     op(0xFD_0003, "v128.load16x4_s", Imm.MEMARG);
    public static final int V128_LOAD16X4_U =                     op(0xFD_0004, "v128.load16x4_u", Imm.MEMARG);
    public static final int V128_LOAD32X2_S =                     op(0xFD_0005, "v128.load32x2_s", Imm.MEMARG);
    public static final int V128_LOAD32X2_U =                     op(0xFD_0006, "v128.load32x2_u", Imm.MEMARG);
    public static final int V128_LOAD8_SPLAT =                    op(0xFD_0007, "v128.load8_splat", Imm.MEMARG);
    public static final int V128_LOAD16_SPLAT =                   op(0xFD_0008, "v128.load16_splat", Imm.MEMARG);
    public static final int V128_LOAD32_SPLAT =                   op(0xFD_0009, "v128.load32_splat", Imm.MEMARG);
    public static final int V128_LOAD64_SPLAT =                   op(0xFD_000A, "v128.load64_splat", Imm.MEMARG);
    public static final int V128_STORE =                          op(0xFD_000B, "v128.store", Imm.MEMARG);
    public static final int V128_CONST =                          op(0xFD_000C, "v128.const", Imm.V128);
    public static final int I8X16_SHUFFLE =                       op(0xFD_000D, "i8x16.shuffle", Imm.SHUFFLE);
    public static final int I8X16_SWIZZLE =                       op(0xFD_000E, "i8x16.swizzle", Imm.NONE);
    public static final int I8X16_SPLAT =                         op(0xFD_000F, "i8x16.splat", Imm.NONE);
    public static final int I16X8_SPLAT =                         op(0xFD_0010, "i16x8.splat", Imm.NONE);
    public static final int I32X4_SPLAT =                         op(0xFD_0011, "i32x4.splat", Imm.NONE);
    public static final int I64X2_SPLAT =                         op(0xFD_0012, "i64x2.splat", Imm.NONE);
    public static final int F32X4_SPLAT =                         op(0xFD_0013, "f32x4.splat", Imm.NONE);
    public static final int F64X2_SPLAT =                         op(0xFD_0014, "f64x2.splat", Imm.NONE);
    public static final int I8X16_EXTRACT_LANE_S =                op(0xFD_0015, "i8x16.extract_lane_s", Imm.LANE);
    public static final int I8X16_EXTRACT_LANE_U =                op(0xFD_0016, "i8x16.extract_lane_u", Imm.LANE);
    public static final int I8X16_REPLACE_LANE =                  op(0xFD_0017, "i8x16.replace_lane", Imm.LANE);
    public static final int I16X8_EXTRACT_LANE_S =                op(0xFD_0018, "i16x8.extract_lane_s", Imm.LANE);
    public static final int I16X8_EXTRACT_LANE_U =                op(0xFD_0019, "i16x8.extract_lane_u", Imm.LANE);
    public static final int I16X8_REPLACE_LANE =                  op(0xFD_001A, "i16x8.replace_lane", Imm.LANE);
    public static final int I32X4_EXTRACT_LANE =                  op(0xFD_001B, "i32x4.extract_lane", Imm.LANE);
    public static final int I32X4_REPLACE_LANE =                  op(0xFD_001C, "i32x4.replace_lane", Imm.LANE);
    public static final int I64X2_EXTRACT_LANE =                  op(0xFD_001D, "i64x2.extract_lane", Imm.LANE);
    public static final int I64X2_REPLACE_LANE =                  op(0xFD_001E, "i64x2.replace_lane", Imm.LANE);
    public static final int F32X4_EXTRACT_LANE =                  op(0xFD_001F, "f32x4.extract_lane", Imm.LANE);
    public static final int F32X4_REPLACE_LANE =                  op(0xFD_0020, "f32x4.replace_lane", Imm.LANE);
    public static final int F64X2_EXTRACT_LANE =                  op(0xFD_0021, "f64x2.extract_lane", Imm.LANE);
    public static final int F64X2_REPLACE_LANE =                  op(0xFD_0022, "f64x2.replace_lane", Imm.LANE);
    public static final int I8X16_EQ =                            op(0xFD_0023, "i8x16.eq", Imm.NONE);
    public static final int I8X16_NE =                            op(0xFD_0024, "i8x16.ne", Imm.NONE);
    public static final int I8X16_LT_S =                          op(0xFD_0025, "i8x16.lt_s", Imm.NONE);
    public static final int I8X16_LT_U =                          op(0xFD_0026, "i8x16.lt_u", Imm.NONE);
    public static final int I8X16_GT_S =                          op(0xFD_0027, "i8x16.gt_s", Imm.NONE);
    public static final int I8X16_GT_U =                          op(0xFD_0028, "i8x16.gt_u", Imm.NONE);
    public static final int I8X16_LE_S =                          op(0xFD_0029, "i8x16.le_s", Imm.NONE);
    public static final int I8X16_LE_U =                          op(0xFD_002A, "i8x16.le_u", Imm.NONE);
    public static final int I8X16_GE_S =                          op(0xFD_002B, "i8x16.ge_s", Imm.NONE);
    public static final int I8X16_GE_U =                          op(0xFD_002C, "i8x16.ge_u", Imm.NONE);
    public static final int I16X8_EQ =                            op(0xFD_002D, "i16x8.eq", Imm.NONE);
    public static final int I16X8_NE =                            op(0xFD_002E, "i16x8.ne", Imm.NONE);
    public static final int I16X8_LT_S =                          op(0xFD_002F, "i16x8.lt_s", Imm.NONE);
    public static final int I16X8_LT_U =                          op(0xFD_0030, "i16x8.lt_u", Imm.NONE);
    public static final int I16X8_GT_S =                          op(0xFD_0031, "i16x8.gt_s", Imm.NONE);
    public static final int I16X8_GT_U =                          op(0xFD_0032, "i16x8.gt_u", Imm.NONE);
    public static final int I16X8_LE_S =                          op(0xFD_0033, "i16x8.le_s", Imm.NONE);
    public static final int I16X8_LE_U =                          op(0xFD_0034, "i16x8.le_u", Imm.NONE);
    public static final int I16X8_GE_S =                          op(0xFD_0035, "i16x8.ge_s", Imm.NONE);
    public static final int I16X8_GE_U =                          op(0xFD_0036, "i16x8.ge_u", Imm.NONE);
    public static final int I32X4_EQ =                            op(0xFD_0037, "i32x4.eq", Imm.NONE);
    public static final int I32X4_NE =                            op(0xFD_0038, "i32x4.ne", Imm.NONE);
    public static final int I32X4_LT_S =                          op(0xFD_0039, "i32x4.lt_s", Imm.NONE);
    public static final int I32X4_LT_U =                          op(0xFD_003A, "i32x4.lt_u", Imm.NONE);
    public static final int I32X4_GT_S =                          op(0xFD_003B, "i32x4.gt_s", Imm.NONE);
    public static final int I32X4_GT_U =                          op(0xFD_003C, "i32x4.gt_u", Imm.NONE);
    public static final int I32X4_LE_S =                          op(0xFD_003D, "i32x4.le_s", Imm.NONE);
    public static final int I32X4_LE_U =                          op(0xFD_003E, "i32x4.le_u", Imm.NONE);
    public static final int I32X4_GE_S =                          op(0xFD_003F, "i32x4.ge_s", Imm.NONE);
    public static final int I32X4_GE_U =                          op(0xFD_0040, "i32x4.ge_u", Imm.NONE);
    public static final int F32X4_EQ =                            op(0xFD_0041, "f32x4.eq", Imm.NONE);
    public static final int F32X4_NE =                            op(0xFD_0042, "f32x4.ne", Imm.NONE);
    public static final int F32X4_LT =                            op(0xFD_0043, "f32x4.lt", Imm.NONE);
    public static final int F32X4_GT =                            op(0xFD_0044, "f32x4.gt", Imm.NONE);
    public static final int F32X4_LE =                            op(0xFD_0045, "f32x4.le", Imm.NONE);
    public static final int F32X4_GE =                            op(0xFD_0046, "f32x4.ge", Imm.NONE);
    public static final int F64X2_EQ =                            op(0xFD_0047, "f64x2.eq", Imm.NONE);
    public static final int F64X2_NE =                            op(0xFD_0048, "f64x2.ne", Imm.NONE);
    public static final int F64X2_LT =                            op(0xFD_0049, "f64x2.lt", Imm.NONE);
    public static final int F64X2_GT =                            op(0xFD_004A, "f64x2.gt", Imm.NONE);
    public static final int F64X2_LE =                            op(0xFD_004B, "f64x2.le", Imm.NONE);
    public static final int F64X2_GE =                            op(0xFD_004C, "f64x2.ge", Imm.NONE);
    public static final int V128_NOT =                            op(0xFD_004D, "v128.not", Imm.NONE);
    public static final int V128_AND =                            op(0xFD_004E, "v128.and", Imm.NONE);
    public static final int V128_ANDNOT =                         op(0xFD_004F, "v128.andnot", Imm.NONE);
    public static final int V128_OR =                             op(0xFD_0050, "v128.or", Imm.NONE);
    public static final int V128_XOR =                            op(0xFD_0051, "v128.xor", Imm.NONE);
    public static final int V128_BITSELECT =                      op(0xFD_0052, "v128.bitselect", Imm.NONE);
    public static final int V128_ANY_TRUE =                       op(0xFD_0053, "v128.any_true", Imm.NONE);
    public static final int V128_LOAD8_LANE =                     op(0xFD_0054, "v128.load8_lane", Imm.MEMARG_LANE);
    public static final int V128_LOAD16_LANE =                    op(0xFD_0055, "v128.load16_lane", Imm.MEMARG_LANE);
    public static final int V128_LOAD32_LANE =                    op(0xFD_0056, "v128.load32_lane", Imm.MEMARG_LANE);
    public static final int V128_LOAD64_LANE =                    op(0xFD_0057, "v128.load64_lane", Imm.MEMARG_LANE);
    public static final int V128_STORE8_LANE =                    op(0xFD_0058, "v128.store8_lane", Imm.MEMARG_LANE);
    public static final int V128_STORE16_LANE =                   op(0xFD_0059, "v128.store16_lane", Imm.MEMARG_LANE);
    public static final int V128_STORE32_LANE =                   op(0xFD_005A, "v128.store32_lane", Imm.MEMARG_LANE);
    public static final int V128_STORE64_LANE =                   op(0xFD_005B, "v128.store64_lane", Imm.MEMARG_LANE);
    public static final int V128_LOAD32_ZERO =                    op(0xFD_005C, "v128.load32_zero", Imm.MEMARG);
    public static final int V128_LOAD64_ZERO =                    op(0xFD_005D, "v128.load64_zero", Imm.MEMARG);
    public static final int F32X4_DEMOTE_F64X2_ZERO =             op(0xFD_005E, "f32x4.demote_f64x2_zero", Imm.NONE);
    public static final int F64X2_PROMOTE_LOW_F32X4 =             op(0xFD_005F, "f64x2.promote_low_f32x4", Imm.NONE);
    public static final int I8X16_ABS =                           op(0xFD_0060, "i8x16.abs", Imm.NONE);
    public static final int I8X16_NEG =                           op(0xFD_0061, "i8x16.neg", Imm.NONE);
    public static final int I8X16_POPCNT =                        op(0xFD_0062, "i8x16.popcnt", Imm.NONE);
    public static final int I8X16_ALL_TRUE =                      op(0xFD_0063, "i8x16.all_true", Imm.NONE);
    public static final int I8X16_BITMASK =                       op(0xFD_0064, "i8x16.bitmask", Imm.NONE);
    public static final int I8X16_NARROW_I16X8_S =                op(0xFD_0065, "i8x16.narrow_i16x8_s", Imm.NONE);
    public static final int I8X16_NARROW_I16X8_U =                op(0xFD_0066, "i8x16.narrow_i16x8_u", Imm.NONE);
    public static final int F32X4_CEIL =                          op(0xFD_0067, "f32x4.ceil", Imm.NONE);
    public static final int F32X4_FLOOR =                         op(0xFD_0068, "f32x4.floor", Imm.NONE);
    public static final int F32X4_TRUNC =                         op(0xFD_0069, "f32x4.trunc", Imm.NONE);
    public static final int F32X4_NEAREST =                       op(0xFD_006A, "f32x4.nearest", Imm.NONE);
    public static final int I8X16_SHL =                           op(0xFD_006B, "i8x16.shl", Imm.NONE);
    public static final int I8X16_SHR_S =                         op(0xFD_006C, "i8x16.shr_s", Imm.NONE);
    public static final int I8X16_SHR_U =                         op(0xFD_006D, "i8x16.shr_u", Imm.NONE);
    public static final int I8X16_ADD =                           op(0xFD_006E, "i8x16.add", Imm.NONE);
    public static final int I8X16_ADD_SAT_S =                     op(0xFD_006F, "i8x16.add_sat_s", Imm.NONE);
    public static final int I8X16_ADD_SAT_U =                     op(0xFD_0070, "i8x16.add_sat_u", Imm.NONE);
    public static final int I8X16_SUB =                           op(0xFD_0071, "i8x16.sub", Imm.NONE);
    public static final int I8X16_SUB_SAT_S =                     op(0xFD_0072, "i8x16.sub_sat_s", Imm.NONE);
    public static final int I8X16_SUB_SAT_U =                     op(0xFD_0073, "i8x16.sub_sat_u", Imm.NONE);
    public static final int F64X2_CEIL =                          op(0xFD_0074, "f64x2.ceil", Imm.NONE);
    public static final int F64X2_FLOOR =                         op(0xFD_0075, "f64x2.floor", Imm.NONE);
    public static final int I8X16_MIN_S =                         op(0xFD_0076, "i8x16.min_s", Imm.NONE);
    public static final int I8X16_MIN_U =                         op(0xFD_0077, "i8x16.min_u", Imm.NONE);
    public static final int I8X16_MAX_S =                         op(0xFD_0078, "i8x16.max_s", Imm.NONE);
    public static final int I8X16_MAX_U =                         op(0xFD_0079, "i8x16.max_u", Imm.NONE);
    public static final int F64X2_TRUNC =                         op(0xFD_007A, "f64x2.trunc", Imm.NONE);
    public static final int I8X16_AVGR_U =                        op(0xFD_007B, "i8x16.avgr_u", Imm.NONE);
    public static final int I16X8_EXTADD_PAIRWISE_I8X16_S =       op(0xFD_007C, "i16x8.extadd_pairwise_i8x16_s", Imm.NONE);
    public static final int I16X8_EXTADD_PAIRWISE_I8X16_U =       op(0xFD_007D, "i16x8.extadd_pairwise_i8x16_u", Imm.NONE);
    public static final int I32X4_EXTADD_PAIRWISE_I16X8_S =       op(0xFD_007E, "i32x4.extadd_pairwise_i16x8_s", Imm.NONE);
    public static final int I32X4_EXTADD_PAIRWISE_I16X8_U =       op(0xFD_007F, "i32x4.extadd_pairwise_i16x8_u", Imm.NONE);
    public static final int I16X8_ABS =                           op(0xFD_0080, "i16x8.abs", Imm.NONE);
    public static final int I16X8_NEG =                           op(0xFD_0081, "i16x8.neg", Imm.NONE);
    public static final int I16X8_Q15MULR_SAT_S =                 op(0xFD_0082, "i16x8.q15mulr_sat_s", Imm.NONE);
    public static final int I16X8_ALL_TRUE =                      op(0xFD_0083, "i16x8.all_true", Imm.NONE);
    public static final int I16X8_BITMASK =                       op(0xFD_0084, "i16x8.bitmask", Imm.NONE);
    public static final int I16X8_NARROW_I32X4_S =                op(0xFD_0085, "i16x8.narrow_i32x4_s", Imm.NONE);
    public static final int I16X8_NARROW_I32X4_U =                op(0xFD_0086, "i16x8.narrow_i32x4_u", Imm.NONE);
    public static final int I16X8_EXTEND_LOW_I8X16_S =            op(0xFD_0087, "i16x8.extend_low_i8x16_s", Imm.NONE);
    public static final int I16X8_EXTEND_HIGH_I8X16_S =           op(0xFD_0088, "i16x8.extend_high_i8x16_s", Imm.NONE);
    public static final int I16X8_EXTEND_LOW_I8X16_U =            op(0xFD_0089, "i16x8.extend_low_i8x16_u", Imm.NONE);
    public static final int I16X8_EXTEND_HIGH_I8X16_U =           op(0xFD_008A, "i16x8.extend_high_i8x16_u", Imm.NONE);
    public static final int I16X8_SHL =                           op(0xFD_008B, "i16x8.shl", Imm.NONE);
    public static final int I16X8_SHR_S =                         op(0xFD_008C, "i16x8.shr_s", Imm.NONE);
    public static final int I16X8_SHR_U =                         op(0xFD_008D, "i16x8.shr_u", Imm.NONE);
    public static final int I16X8_ADD =                           op(0xFD_008E, "i16x8.add", Imm.NONE);
    public static final int I16X8_ADD_SAT_S =                     op(0xFD_008F, "i16x8.add_sat_s", Imm.NONE);
    public static final int I16X8_ADD_SAT_U =                     op(0xFD_0090, "i16x8.add_sat_u", Imm.NONE);
    public static final int I16X8_SUB =                           op(0xFD_0091, "i16x8.sub", Imm.NONE);
    public static final int I16X8_SUB_SAT_S =                     op(0xFD_0092, "i16x8.sub_sat_s", Imm.NONE);
    public static final int I16X8_SUB_SAT_U =                     op(0xFD_0093, "i16x8.sub_sat_u", Imm.NONE);
    public static final int F64X2_NEAREST =                       op(0xFD_0094, "f64x2.nearest", Imm.NONE);
    public static final int I16X8_MUL =                           op(0xFD_0095, "i16x8.mul", Imm.NONE);
    public static final int I16X8_MIN_S =                         op(0xFD_0096, "i16x8.min_s", Imm.NONE);
    public static final int I16X8_MIN_U =                         op(0xFD_0097, "i16x8.min_u", Imm.NONE);
    public static final int I16X8_MAX_S =                         op(0xFD_0098, "i16x8.max_s", Imm.NONE);
    public static final int I16X8_MAX_U =                         op(0xFD_0099, "i16x8.max_u", Imm.NONE);
    public static final int I16X8_AVGR_U =                        op(0xFD_009B, "i16x8.avgr_u", Imm.NONE);
    public static final int I16X8_EXTMUL_LOW_I8X16_S =            op(0xFD_009C, "i16x8.extmul_low_i8x16_s", Imm.NONE);
    public static final int I16X8_EXTMUL_HIGH_I8X16_S =           op(0xFD_009D, "i16x8.extmul_high_i8x16_s", Imm.NONE);
    public static final int I16X8_EXTMUL_LOW_I8X16_U =            op(0xFD_009E, "i16x8.extmul_low_i8x16_u", Imm.NONE);
    public static final int I16X8_EXTMUL_HIGH_I8X16_U =           op(0xFD_009F, "i16x8.extmul_high_i8x16_u", Imm.NONE);
    public static final int I32X4_ABS =                           op(0xFD_00A0, "i32x4.abs", Imm.NONE);
    public static final int I32X4_NEG =                           op(0xFD_00A1, "i32x4.neg", Imm.NONE);
    public static final int I32X4_ALL_TRUE =                      op(0xFD_00A3, "i32x4.all_true", Imm.NONE);
    public static final int I32X4_BITMASK =                       op(0xFD_00A4, "i32x4.bitmask", Imm.NONE);
    public static final int I32X4_EXTEND_LOW_I16X8_S =            op(0xFD_00A7, "i32x4.extend_low_i16x8_s", Imm.NONE);
    public static final int I32X4_EXTEND_HIGH_I16X8_S =           op(0xFD_00A8, "i32x4.extend_high_i16x8_s", Imm.NONE);
    public static final int I32X4_EXTEND_LOW_I16X8_U =            op(0xFD_00A9, "i32x4.extend_low_i16x8_u", Imm.NONE);
    public static final int I32X4_EXTEND_HIGH_I16X8_U =           op(0xFD_00AA, "i32x4.extend_high_i16x8_u", Imm.NONE);
    public static final int I32X4_SHL =                           op(0xFD_00AB, "i32x4.shl", Imm.NONE);
    public static final int I32X4_SHR_S =                         op(0xFD_00AC, "i32x4.shr_s", Imm.NONE);
    public static final int I32X4_SHR_U =                         op(0xFD_00AD, "i32x4.shr_u", Imm.NONE);
    public static final int I32X4_ADD =                           op(0xFD_00AE, "i32x4.add", Imm.NONE);
    public static final int I32X4_SUB =                           op(0xFD_00B1, "i32x4.sub", Imm.NONE);
    public static final int I32X4_MUL =                           op(0xFD_00B5, "i32x4.mul", Imm.NONE);
    public static final int I32X4_MIN_S =                         op(0xFD_00B6, "i32x4.min_s", Imm.NONE);
    public static final int I32X4_MIN_U =                         op(0xFD_00B7, "i32x4.min_u", Imm.NONE);
    public static final int I32X4_MAX_S =                         op(0xFD_00B8, "i32x4.max_s", Imm.NONE);
    public static final int I32X4_MAX_U =                         op(0xFD_00B9, "i32x4.max_u", Imm.NONE);
    public static final int I32X4_DOT_I16X8_S =                   op(0xFD_00BA, "i32x4.dot_i16x8_s", Imm.NONE);
    public static final int I32X4_EXTMUL_LOW_I16X8_S =            op(0xFD_00BC, "i32x4.extmul_low_i16x8_s", Imm.NONE);
    public static final int I32X4_EXTMUL_HIGH_I16X8_S =           op(0xFD_00BD, "i32x4.extmul_high_i16x8_s", Imm.NONE);
    public static final int I32X4_EXTMUL_LOW_I16X8_U =            op(0xFD_00BE, "i32x4.extmul_low_i16x8_u", Imm.NONE);
    public static final int I32X4_EXTMUL_HIGH_I16X8_U =           op(0xFD_00BF, "i32x4.extmul_high_i16x8_u", Imm.NONE);
    public static final int I64X2_ABS =                           op(0xFD_00C0, "i64x2.abs", Imm.NONE);
    public static final int I64X2_NEG =                           op(0xFD_00C1, "i64x2.neg", Imm.NONE);
    public static final int I64X2_ALL_TRUE =                      op(0xFD_00C3, "i64x2.all_true", Imm.NONE);
    public static final int I64X2_BITMASK =                       op(0xFD_00C4, "i64x2.bitmask", Imm.NONE);
    public static final int I64X2_EXTEND_LOW_I32X4_S =            op(0xFD_00C7, "i64x2.extend_low_i32x4_s", Imm.NONE);
    public static final int I64X2_EXTEND_HIGH_I32X4_S =           op(0xFD_00C8, "i64x2.extend_high_i32x4_s", Imm.NONE);
    public static final int I64X2_EXTEND_LOW_I32X4_U =            op(0xFD_00C9, "i64x2.extend_low_i32x4_u", Imm.NONE);
    public static final int I64X2_EXTEND_HIGH_I32X4_U =           op(0xFD_00CA, "i64x2.extend_high_i32x4_u", Imm.NONE);
    public static final int I64X2_SHL =                           op(0xFD_00CB, "i64x2.shl", Imm.NONE);
    public static final int I64X2_SHR_S =                         op(0xFD_00CC, "i64x2.shr_s", Imm.NONE);
    public static final int I64X2_SHR_U =                         op(0xFD_00CD, "i64x2.shr_u", Imm.NONE);
    public static final int I64X2_ADD =                           op(0xFD_00CE, "i64x2.add", Imm.NONE);
    public static final int I64X2_SUB =                           op(0xFD_00D1, "i64x2.sub", Imm.NONE);
    public static final int I64X2_MUL =                           op(0xFD_00D5, "i64x2.mul", Imm.NONE);
    public static final int I64X2_EQ =                            op(0xFD_00D6, "i64x2.eq", Imm.NONE);
    public static final int I64X2_NE =                            op(0xFD_00D7, "i64x2.ne", Imm.NONE);
    public static final int I64X2_LT_S =                          op(0xFD_00D8, "i64x2.lt_s", Imm.NONE);
    public static final int I64X2_GT_S =                          op(0xFD_00D9, "i64x2.gt_s", Imm.NONE);
    public static final int I64X2_LE_S =                          op(0xFD_00DA, "i64x2.le_s", Imm.NONE);
    public static final int I64X2_GE_S =                          op(0xFD_00DB, "i64x2.ge_s", Imm.NONE);
    public static final int I64X2_EXTMUL_LOW_I32X4_S =            op(0xFD_00DC, "i64x2.extmul_low_i32x4_s", Imm.NONE);
    public static final int I64X2_EXTMUL_HIGH_I32X4_S =           op(0xFD_00DD, "i64x2.extmul_high_i32x4_s", Imm.NONE);
    public static final int I64X2_EXTMUL_LOW_I32X4_U =            op(0xFD_00DE, "i64x2.extmul_low_i32x4_u", Imm.NONE);
    public static final int I64X2_EXTMUL_HIGH_I32X4_U =           op(0xFD_00DF, "i64x2.extmul_high_i32x4_u", Imm.NONE);
    public static final int F32X4_ABS =                           op(0xFD_00E0, "f32x4.abs", Imm.NONE);
    public static final int F32X4_NEG =                           op(0xFD_00E1, "f32x4.neg", Imm.NONE);
    public static final int F32X4_SQRT =                          op(0xFD_00E3, "f32x4.sqrt", Imm.NONE);
    public static final int F32X4_ADD =                           op(0xFD_00E4, "f32x4.add", Imm.NONE);
    public static final int F32X4_SUB =                           op(0xFD_00E5, "f32x4.sub", Imm.NONE);
    public static final int F32X4_MUL =                           op(0xFD_00E6, "f32x4.mul", Imm.NONE);
    public static final int F32X4_DIV =                           op(0xFD_00E7, "f32x4.div", Imm.NONE);
    public static final int F32X4_MIN =                           op(0xFD_00E8, "f32x4.min", Imm.NONE);
    public static final int F32X4_MAX =                           op(0xFD_00E9, "f32x4.max", Imm.NONE);
    public static final int F32X4_PMIN =                          op(0xFD_00EA, "f32x4.pmin", Imm.NONE);
    public static final int F32X4_PMAX =                          op(0xFD_00EB, "f32x4.pmax", Imm.NONE);
    public static final int F64X2_ABS =                           op(0xFD_00EC, "f64x2.abs", Imm.NONE);
    public static final int F64X2_NEG =                           op(0xFD_00ED, "f64x2.neg", Imm.NONE);
    public static final int F64X2_SQRT =                          op(0xFD_00EF, "f64x2.sqrt", Imm.NONE);
    public static final int F64X2_ADD =                           op(0xFD_00F0, "f64x2.add", Imm.NONE);
    public static final int F64X2_SUB =                           op(0xFD_00F1, "f64x2.sub", Imm.NONE);
    public static final int F64X2_MUL =                           op(0xFD_00F2, "f64x2.mul", Imm.NONE);
    public static final int F64X2_DIV =                           op(0xFD_00F3, "f64x2.div", Imm.NONE);
    public static final int F64X2_MIN =                           op(0xFD_00F4, "f64x2.min", Imm.NONE);
    public static final int F64X2_MAX =                           op(0xFD_00F5, "f64x2.max", Imm.NONE);
    public static final int F64X2_PMIN =                          op(0xFD_00F6, "f64x2.pmin", Imm.NONE);
    public static final int F64X2_PMAX =                          op(0xFD_00F7, "f64x2.pmax", Imm.NONE);
    public static final int I32X4_TRUNC_SAT_F32X4_S =             op(0xFD_00F8, "i32x4.trunc_sat_f32x4_s", Imm.NONE);
    public static final int I32X4_TRUNC_SAT_F32X4_U =             op(0xFD_00F9, "i32x4.trunc_sat_f32x4_u", Imm.NONE);
    public static final int F32X4_CONVERT_I32X4_S =               op(0xFD_00FA, "f32x4.convert_i32x4_s", Imm.NONE);
    public static final int F32X4_CONVERT_I32X4_U =               op(0xFD_00FB, "f32x4.convert_i32x4_u", Imm.NONE);
    public static final int I32X4_TRUNC_SAT_F64X2_S_ZERO =        op(0xFD_00FC, "i32x4.trunc_sat_f64x2_s_zero", Imm.NONE);
    public static final int I32X4_TRUNC_SAT_F64X2_U_ZERO =        op(0xFD_00FD, "i32x4.trunc_sat_f64x2_u_zero", Imm.NONE);
    public static final int F64X2_CONVERT_LOW_I32X4_S =           op(0xFD_00FE, "f64x2.convert_low_i32x4_s", Imm.NONE);
    public static final int F64X2_CONVERT_LOW_I32X4_U =           op(0xFD_00FF, "f64x2.convert_low_i32x4_u", Imm.NONE);

    // relaxed SIMD
    public static final int I8X16_RELAXED_SWIZZLE =               op(0xFD_0100, "i8x16.relaxed_swizzle", Imm.NONE);
    public static final int I32X4_RELAXED_TRUNC_F32X4_S =         op(0xFD_0101, "i32x4.relaxed_trunc_f32x4_s", Imm.NONE);
    public static final int I32X4_RELAXED_TRUNC_F32X4_U =         op(0xFD_0102, "i32x4.relaxed_trunc_f32x4_u", Imm.NONE);
    public static final int I32X4_RELAXED_TRUNC_F64X2_S_ZERO =    op(0xFD_0103, "i32x4.relaxed_trunc_f64x2_s_zero", Imm.NONE);
    public static final int I32X4_RELAXED_TRUNC_F64X2_U_ZERO =    op(0xFD_0104, "i32x4.relaxed_trunc_f64x2_u_zero", Imm.NONE);
    public static final int F32X4_RELAXED_MADD =                  op(0xFD_0105, "f32x4.relaxed_madd", Imm.NONE);
    public static final int F32X4_RELAXED_NMADD =                 op(0xFD_0106, "f32x4.relaxed_nmadd", Imm.NONE);
    public static final int F64X2_RELAXED_MADD =                  op(0xFD_0107, "f64x2.relaxed_madd", Imm.NONE);
    public static final int F64X2_RELAXED_NMADD =                 op(0xFD_0108, "f64x2.relaxed_nmadd", Imm.NONE);
    public static final int I8X16_RELAXED_LANESELECT =            op(0xFD_0109, "i8x16.relaxed_laneselect", Imm.NONE);
    public static final int I16X8_RELAXED_LANESELECT =            op(0xFD_010A, "i16x8.relaxed_laneselect", Imm.NONE);
    public static final int I32X4_RELAXED_LANESELECT =            op(0xFD_010B, "i32x4.relaxed_laneselect", Imm.NONE);
    public static final int I64X2_RELAXED_LANESELECT =            op(0xFD_010C, "i64x2.relaxed_laneselect", Imm.NONE);
    public static final int F32X4_RELAXED_MIN =                   op(0xFD_010D, "f32x4.relaxed_min", Imm.NONE);
    public static final int F32X4_RELAXED_MAX =                   op(0xFD_010E, "f32x4.relaxed_max", Imm.NONE);
    public static final int F64X2_RELAXED_MIN =                   op(0xFD_010F, "f64x2.relaxed_min", Imm.NONE);
    public static final int F64X2_RELAXED_MAX =                   op(0xFD_0110, "f64x2.relaxed_max", Imm.NONE);
    public static final int I16X8_RELAXED_Q15MULR_S =             op(0xFD_0111, "i16x8.relaxed_q15mulr_s", Imm.NONE);
    public static final int I16X8_RELAXED_DOT_I8X16_I7X16_S =     op(0xFD_0112, "i16x8.relaxed_dot_i8x16_i7x16_s", Imm.NONE);
    public static final int I32X4_RELAXED_DOT_I8X16_I7X16_ADD_S = op(0xFD_0113, "i32x4.relaxed_dot_i8x16_i7x16_add_s", Imm.NONE);

    private static int op(int opcode, String name, Imm imm) {
        int t = table(opcode);
        int sub = opcode & 0xFFFF;
        NAMES[t][sub] = name;
        IMMS[t][sub] = imm;
        BY_NAME.putIfAbsent(name, opcode);
        ALL[count++] = opcode;
        return opcode;
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
