package dev.weft.engine.internal.interp;

/**
 * The interpreter's own instruction set, emitted by {@link FunctionCompiler} into
 * {@link CompiledFunction#code}. It is a register machine over the frame: operands and results
 * are frame slots (offsets from the frame pointer) that may be locals, constants (a per-function
 * constant area filled at entry) or operand-stack positions, so {@code local.get}, constants and
 * most {@code local.set}s cost no instruction of their own.
 *
 * <p>Every instruction has a fixed header of {@link #WIDTH} ints: opcode, x, y, z; a few take
 * extra ints after it. Plain numeric instructions keep their wasm opcode: binary ones are
 * {@code a b d} (s[d] = s[a] op s[b]), unary ones {@code a d}; loads (memory 0, 32-bit address,
 * offset below 2^31) are {@code addr d offset}, stores {@code addr value offset}. "src dst n" moves
 * n slots when a branch carries values. Stack heights are in slots (v128 = 2).
 */
final class Ops {
    private Ops() {}

    static final int WIDTH = 4;

    static final int UNREACHABLE = 0x00;
    /** target (BR, BR_IF and BR_CMP check for interrupts themselves when jumping backwards). */
    static final int BR = 0xC5;
    /** target src dst, +n. */
    static final int BR_KEEP = 0xC6;
    /** cond target: jump if s[cond] != 0. */
    static final int BR_IF = 0xC7;
    /** cond target src, +dst +n. */
    static final int BR_IF_KEEP = 0xC8;
    /** cond target: jump if s[cond] == 0. */
    static final int BR_UNLESS = 0xC9;
    /** index count, then count+1 entries (target src dst n), the last one the default. */
    static final int BR_TABLE = 0xCA;
    /** ref target src, +dst +n. */
    static final int BR_ON_NULL = 0xCB;
    static final int BR_ON_NON_NULL = 0xCC;
    /** ref target src, +dst +n +cast. */
    static final int BR_ON_CAST = 0xCD;
    static final int BR_ON_CAST_FAIL = 0xCE;
    /** src: the results start at slot src. */
    static final int RETURN = 0xCF;
    /** func base (arguments start at slot base; results replace them). */
    static final int CALL = 0xD0;
    /** type table index, +base. */
    static final int CALL_INDIRECT = 0xD1;
    /** ref base. */
    static final int CALL_REF = 0xD2;
    static final int RETURN_CALL = 0xD3;
    static final int RETURN_CALL_INDIRECT = 0xD4;
    static final int RETURN_CALL_REF = 0xD5;
    /** tag top (slot just above the payload). */
    static final int THROW = 0xD6;
    /** ref. */
    static final int THROW_REF = 0xD7;
    /** Loop header: interrupt / deadline / fuel check. */
    static final int POLL = 0xD8;
    /** a b cond, +d. */
    static final int SELECT = 0xD9;
    static final int SELECT_REF = 0xDA;
    static final int SELECT_V128 = 0xDB;
    /** a d. */
    static final int MOV = 0xDC;
    static final int MOV_REF = 0xDD;
    static final int MOV_V128 = 0xDE;
    /** global d. */
    static final int GLOBAL_GET = 0xDF;
    static final int GLOBAL_GET_REF = 0xE0;
    static final int GLOBAL_GET_V128 = 0xE1;
    /** global a. */
    static final int GLOBAL_SET = 0xE2;
    static final int GLOBAL_SET_REF = 0xE3;
    static final int GLOBAL_SET_V128 = 0xE4;
    /** a d. */
    static final int REF_IS_NULL = 0xE5;
    /** func d. */
    static final int REF_FUNC = 0xE6;
    /** top wasmOpcode count, then count immediates: executed by {@link Ext} with sp = top. */
    static final int EXT = 0xE7;
    /**
     * Added to a load/store opcode (giving codes right after the others, so the dispatch table
     * stays dense): its address is {@code s[a] + s[b]} (a folded i32.add); loads
     * are {@code a b offset, +d}, stores {@code a b offset, +value}.
     */
    static final int ADDRESS_SUM = 0xEB - 0x28;
    /** d low high: a constant that did not fit in the constant area. */
    static final int CONST = 0xEA;
    // ---- GC accesses without a stack pointer (numbers and references; packed/v128 go through EXT) ----
    /** ref d slot: s[d] = struct.prims[slot]. */
    static final int STRUCT_GET = 0x102;
    /** ref d slot: r[d] = struct.refs[slot]. */
    static final int STRUCT_GET_REF = 0x103;
    /** ref value slot. */
    static final int STRUCT_SET = 0x104;
    static final int STRUCT_SET_REF = 0x105;
    /** ref index d (int[], long[] and Object[] element storage). */
    static final int ARRAY_GET_I32 = 0x106;
    static final int ARRAY_GET_I64 = 0x107;
    static final int ARRAY_GET_REF = 0x108;
    /** ref index value. */
    static final int ARRAY_SET_I32 = 0x109;
    static final int ARRAY_SET_I64 = 0x10A;
    static final int ARRAY_SET_REF = 0x10B;
    /** ref d. */
    static final int ARRAY_LEN = 0x10C;
    /** a b target, +cmp: jump if the integer comparison {@code cmp} (a wasm opcode) holds. */
    static final int BR_CMP = 0xE8;
    /** a b target, +cmp: jump if it does not hold (the {@code if} instruction). */
    static final int BR_CMP_NOT = 0xE9;
}
