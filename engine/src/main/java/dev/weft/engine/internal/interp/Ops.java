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
    /** target. */
    static final int BR = 0x100;
    /** target src dst, +n. */
    static final int BR_KEEP = 0x101;
    /** cond target: jump if s[cond] != 0. */
    static final int BR_IF = 0x102;
    /** cond target src, +dst +n. */
    static final int BR_IF_KEEP = 0x103;
    /** cond target: jump if s[cond] == 0. */
    static final int BR_UNLESS = 0x104;
    /** index count, then count+1 entries (target src dst n), the last one the default. */
    static final int BR_TABLE = 0x105;
    /** ref target src, +dst +n. */
    static final int BR_ON_NULL = 0x106;
    static final int BR_ON_NON_NULL = 0x107;
    /** ref target src, +dst +n +cast. */
    static final int BR_ON_CAST = 0x108;
    static final int BR_ON_CAST_FAIL = 0x109;
    /** src: the results start at slot src. */
    static final int RETURN = 0x10A;
    /** func base (arguments start at slot base; results replace them). */
    static final int CALL = 0x10B;
    /** type table index, +base. */
    static final int CALL_INDIRECT = 0x10C;
    /** ref base. */
    static final int CALL_REF = 0x10D;
    static final int RETURN_CALL = 0x10E;
    static final int RETURN_CALL_INDIRECT = 0x10F;
    static final int RETURN_CALL_REF = 0x110;
    /** tag top (slot just above the payload). */
    static final int THROW = 0x111;
    /** ref. */
    static final int THROW_REF = 0x112;
    /** Loop header: interrupt / deadline / fuel check. */
    static final int POLL = 0x113;
    /** a b cond, +d. */
    static final int SELECT = 0x114;
    static final int SELECT_REF = 0x115;
    static final int SELECT_V128 = 0x116;
    /** a d. */
    static final int MOV = 0x117;
    static final int MOV_REF = 0x118;
    static final int MOV_V128 = 0x119;
    /** global d. */
    static final int GLOBAL_GET = 0x11A;
    static final int GLOBAL_GET_REF = 0x11B;
    static final int GLOBAL_GET_V128 = 0x11C;
    /** global a. */
    static final int GLOBAL_SET = 0x11D;
    static final int GLOBAL_SET_REF = 0x11E;
    static final int GLOBAL_SET_V128 = 0x11F;
    /** a d. */
    static final int REF_IS_NULL = 0x120;
    /** func d. */
    static final int REF_FUNC = 0x121;
    /** top wasmOpcode count, then count immediates: executed by {@link Ext} with sp = top. */
    static final int EXT = 0x122;
    /** d low high: a constant that did not fit in the constant area. */
    static final int CONST = 0x125;
    /** a b target, +cmp: jump if the integer comparison {@code cmp} (a wasm opcode) holds. */
    static final int BR_CMP = 0x123;
    /** a b target, +cmp: jump if it does not hold (the {@code if} instruction). */
    static final int BR_CMP_NOT = 0x124;
}
