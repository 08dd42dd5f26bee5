package dev.weft.engine.internal.interp;

/**
 * The interpreter's own instruction set (what {@link FunctionCompiler} emits into
 * {@link CompiledFunction#code}). Plain numeric instructions ({@code 0x45..0xC4}) and the MVP
 * loads/stores ({@code 0x28..0x3E}, memory 0, 32-bit address, immediate offset below 2^31) keep their
 * wasm opcode; everything else has a code of its own here. Immediates follow the opcode as ints.
 * Stack heights in immediates ("drop", "keep") count slots (v128 = 2).
 */
final class Ops {
    private Ops() {}

    static final int UNREACHABLE = 0x00;
    /** target: unconditional jump. */
    static final int BR = 0x100;
    /** target drop keep: move the top {@code keep} slots down by {@code drop}, then jump. */
    static final int BR_KEEP = 0x101;
    /** target: pop an i32; jump if non-zero. */
    static final int BR_IF = 0x102;
    /** target drop keep. */
    static final int BR_IF_KEEP = 0x103;
    /** target: pop an i32; jump if zero (the {@code if} instruction). */
    static final int BR_UNLESS = 0x104;
    /** n, then n+1 triples (target drop keep), the last one the default. */
    static final int BR_TABLE = 0x105;
    /** target drop keep: br_on_null (the null is popped when branching). */
    static final int BR_ON_NULL = 0x106;
    /** target drop keep: br_on_non_null (the ref is popped when not branching). */
    static final int BR_ON_NON_NULL = 0x107;
    /** target drop keep castIndex: br_on_cast / br_on_cast_fail. */
    static final int BR_ON_CAST = 0x108;
    static final int BR_ON_CAST_FAIL = 0x109;
    static final int RETURN = 0x10A;
    /** func. */
    static final int CALL = 0x10B;
    /** type table. */
    static final int CALL_INDIRECT = 0x10C;
    /** type. */
    static final int CALL_REF = 0x10D;
    static final int RETURN_CALL = 0x10E;
    static final int RETURN_CALL_INDIRECT = 0x10F;
    static final int RETURN_CALL_REF = 0x110;
    /** tag. */
    static final int THROW = 0x111;
    static final int THROW_REF = 0x112;
    /** Loop header: interrupt / deadline / fuel check. */
    static final int POLL = 0x113;
    static final int DROP = 0x114;
    static final int DROP_REF = 0x115;
    static final int DROP_V128 = 0x116;
    static final int SELECT = 0x117;
    static final int SELECT_REF = 0x118;
    static final int SELECT_V128 = 0x119;
    /** slot (relative to the frame pointer). */
    static final int LOCAL_GET = 0x11A;
    static final int LOCAL_GET_REF = 0x11B;
    static final int LOCAL_GET_V128 = 0x11C;
    static final int LOCAL_SET = 0x11D;
    static final int LOCAL_SET_REF = 0x11E;
    static final int LOCAL_SET_V128 = 0x11F;
    static final int LOCAL_TEE = 0x120;
    static final int LOCAL_TEE_REF = 0x121;
    static final int LOCAL_TEE_V128 = 0x122;
    /** global index. */
    static final int GLOBAL_GET = 0x123;
    static final int GLOBAL_GET_REF = 0x124;
    static final int GLOBAL_GET_V128 = 0x125;
    static final int GLOBAL_SET = 0x126;
    static final int GLOBAL_SET_REF = 0x127;
    static final int GLOBAL_SET_V128 = 0x128;
    /** value. */
    static final int I32_CONST = 0x129;
    /** low high. */
    static final int I64_CONST = 0x12A;
    static final int REF_NULL = 0x12B;
    static final int REF_IS_NULL = 0x12C;
    /** func. */
    static final int REF_FUNC = 0x12D;
    /** wasm opcode, immediate count, immediates: executed by {@link Ext}. */
    static final int EXT = 0x12E;
    // ---- superinstructions ----
    /** slotA slotB: push local A + local B (i32). */
    static final int I32_ADD_LL = 0x130;
    /** slot value: push local + constant (i32). */
    static final int I32_ADD_LC = 0x131;
    /** value: top + constant (i32). */
    static final int I32_ADD_C = 0x132;
    /** slot slot: local.set from local.get (numeric). */
    static final int LOCAL_COPY = 0x134;
    /** value slot: i32.const into a local. */
    static final int LOCAL_SET_C = 0x135;

    static final int COUNT = 0x140;
}
