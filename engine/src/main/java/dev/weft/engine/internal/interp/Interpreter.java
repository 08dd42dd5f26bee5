package dev.weft.engine.internal.interp;

import dev.weft.engine.TrapException;
import dev.weft.engine.UncaughtWasmException;
import dev.weft.engine.internal.numeric.IntOps;
import dev.weft.engine.internal.runtime.ExceptionObject;
import dev.weft.engine.internal.runtime.FunctionInstance;
import dev.weft.engine.internal.runtime.GlobalInstance;
import dev.weft.engine.internal.runtime.MemoryInstance;
import dev.weft.engine.internal.runtime.ModuleInstance;

/**
 * The interpreter loop. {@link #run} executes compiled code ({@link Ops}) over the per-thread
 * {@link ExecContext}: wasm-to-wasm calls push an explicit frame instead of recursing, so deep
 * recursion is bounded by the configured call depth, and tail calls reuse the caller's frame.
 *
 * <p>{@link #run} must stay below HotSpot's 8000-byte limit for JIT compilation
 * (see {@code InterpreterSizeTest}): rare instructions go through {@link Ext}, and anything longer
 * than a few bytecodes lives in small helpers.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Entry point of the public API: calls {@code f} with Java arguments, returns Java results. */
    public static Object[] invoke(FunctionInstance f, Object[] args) {
        return Boundary.invoke(f, args);
    }

    /**
     * Runs {@code fn} whose arguments are at {@code s[fp..]}; returns when it returns, leaving its
     * results at {@code s[fp..]}. Frames pushed by wasm calls are popped before returning.
     */
    static void run(ExecContext ctx, FunctionInstance fn, int fp) {
        final int baseDepth = ctx.depth;
        CompiledFunction cf = fn.code;
        int sp = ctx.enter(cf, fp);
        long[] s = ctx.s;
        Object[] r = ctx.r;
        int[] code = cf.code;
        ModuleInstance inst = fn.instance;
        MemoryInstance mem = inst.mem0;
        int pc = 0;
        for (;;) {
            try {
                for (;;) {
                    switch (code[pc++]) {
                        case Ops.UNREACHABLE -> throw new TrapException("unreachable");
                        // ---------------------------------------------------------------- control
                        case Ops.BR -> pc = code[pc];
                        case Ops.BR_KEEP -> {
                            sp = Ext.moveDown(s, r, sp, code[pc + 1], code[pc + 2]);
                            pc = code[pc];
                        }
                        case Ops.BR_IF -> {
                            if ((int) s[--sp] != 0) pc = code[pc]; else pc++;
                        }
                        case Ops.BR_IF_KEEP -> {
                            if ((int) s[--sp] != 0) {
                                sp = Ext.moveDown(s, r, sp, code[pc + 1], code[pc + 2]);
                                pc = code[pc];
                            } else {
                                pc += 3;
                            }
                        }
                        case Ops.BR_UNLESS -> {
                            if ((int) s[--sp] == 0) pc = code[pc]; else pc++;
                        }
                        case Ops.BR_TABLE -> {
                            int n = code[pc];
                            int i = (int) s[--sp];
                            int at = pc + 1 + 3 * (Integer.compareUnsigned(i, n) < 0 ? i : n);
                            sp = Ext.moveDown(s, r, sp, code[at + 1], code[at + 2]);
                            pc = code[at];
                        }
                        case Ops.BR_ON_NULL -> {
                            if (r[sp - 1] == null) {
                                sp = Ext.moveDown(s, r, sp - 1, code[pc + 1], code[pc + 2]);
                                pc = code[pc];
                            } else {
                                pc += 3;
                            }
                        }
                        case Ops.BR_ON_NON_NULL -> {
                            if (r[sp - 1] != null) {
                                sp = Ext.moveDown(s, r, sp, code[pc + 1], code[pc + 2]);
                                pc = code[pc];
                            } else {
                                sp--;
                                pc += 3;
                            }
                        }
                        case Ops.BR_ON_CAST, Ops.BR_ON_CAST_FAIL -> {
                            boolean ok = cf.casts[code[pc + 3]].test(r[sp - 1]);
                            if (ok == (code[pc - 1] == Ops.BR_ON_CAST)) {
                                sp = Ext.moveDown(s, r, sp, code[pc + 1], code[pc + 2]);
                                pc = code[pc];
                            } else {
                                pc += 4;
                            }
                        }
                        case Ops.POLL -> {
                            if (--ctx.countdown <= 0) ctx.poll();
                        }
                        case Ops.RETURN -> {
                            int n = fn.resultSlots;
                            if (n == 1) {
                                s[fp] = s[sp - 1];
                                r[fp] = r[sp - 1];
                            } else if (n != 0) {
                                System.arraycopy(s, sp - n, s, fp, n);
                                System.arraycopy(r, sp - n, r, fp, n);
                            }
                            int d = ctx.depth;
                            if (d == baseDepth) return;
                            ctx.depth = --d;
                            sp = fp + n;
                            fn = ctx.frameFunc[d];
                            pc = ctx.framePc[d];
                            fp = ctx.frameFp[d];
                            cf = fn.code;
                            code = cf.code;
                            inst = fn.instance;
                            mem = inst.mem0;
                        }
                        case Ops.CALL, Ops.CALL_INDIRECT, Ops.CALL_REF -> {
                            int op = code[pc - 1];
                            FunctionInstance g = op == Ops.CALL ? inst.funcs[code[pc++]]
                                    : op == Ops.CALL_REF ? Ext.callRefTarget(r, --sp)
                                    : Ext.indirectTarget(inst, code[pc++], code[pc++], (int) s[--sp]);
                            if (g.code == null) {
                                sp = Ext.callHost(ctx, g, sp);
                                s = ctx.s;
                                r = ctx.r;
                                continue;
                            }
                            ctx.push(fn, pc, fp);
                            fp = sp - g.paramSlots;
                            fn = g;
                            cf = g.code;
                            sp = ctx.enter(cf, fp);
                            s = ctx.s;
                            r = ctx.r;
                            code = cf.code;
                            inst = g.instance;
                            mem = inst.mem0;
                            pc = 0;
                        }
                        case Ops.RETURN_CALL, Ops.RETURN_CALL_INDIRECT, Ops.RETURN_CALL_REF -> {
                            int op = code[pc - 1];
                            FunctionInstance g = op == Ops.RETURN_CALL ? inst.funcs[code[pc++]]
                                    : op == Ops.RETURN_CALL_REF ? Ext.callRefTarget(r, --sp)
                                    : Ext.indirectTarget(inst, code[pc++], code[pc++], (int) s[--sp]);
                            int n = g.paramSlots;
                            System.arraycopy(s, sp - n, s, fp, n);
                            System.arraycopy(r, sp - n, r, fp, n);
                            sp = fp + n;
                            if (g.code == null) {
                                sp = Ext.callHost(ctx, g, sp);
                                s = ctx.s;
                                r = ctx.r;
                                code = Ext.RETURN_STUB;
                                pc = 0;
                                continue;
                            }
                            if (--ctx.countdown <= 0) ctx.poll();
                            fn = g;
                            cf = g.code;
                            sp = ctx.enter(cf, fp);
                            s = ctx.s;
                            r = ctx.r;
                            code = cf.code;
                            inst = g.instance;
                            mem = inst.mem0;
                            pc = 0;
                        }
                        case Ops.THROW -> {
                            ExceptionObject ex = Ext.newException(inst.tags[code[pc++]], s, r, sp);
                            sp -= ex.prims.length;
                            throw new WasmThrow(ex);
                        }
                        case Ops.THROW_REF -> throw Ext.throwRef(r[--sp]);
                        // ---------------------------------------------------------------- parametric
                        case Ops.DROP -> sp--;
                        case Ops.DROP_REF -> r[--sp] = null;
                        case Ops.DROP_V128 -> sp -= 2;
                        case Ops.SELECT -> {
                            sp -= 2;
                            if ((int) s[sp + 1] == 0) s[sp - 1] = s[sp];
                        }
                        case Ops.SELECT_REF -> {
                            sp -= 2;
                            if ((int) s[sp + 1] == 0) r[sp - 1] = r[sp];
                        }
                        case Ops.SELECT_V128 -> {
                            sp -= 3;
                            if ((int) s[sp + 2] == 0) {
                                s[sp - 2] = s[sp];
                                s[sp - 1] = s[sp + 1];
                            }
                        }
                        // ---------------------------------------------------------------- variables
                        case Ops.LOCAL_GET -> s[sp++] = s[fp + code[pc++]];
                        case Ops.LOCAL_GET_REF -> r[sp++] = r[fp + code[pc++]];
                        case Ops.LOCAL_GET_V128 -> {
                            int at = fp + code[pc++];
                            s[sp] = s[at];
                            s[sp + 1] = s[at + 1];
                            sp += 2;
                        }
                        case Ops.LOCAL_SET -> s[fp + code[pc++]] = s[--sp];
                        case Ops.LOCAL_SET_REF -> {
                            r[fp + code[pc++]] = r[--sp];
                            r[sp] = null;
                        }
                        case Ops.LOCAL_SET_V128 -> {
                            int at = fp + code[pc++];
                            sp -= 2;
                            s[at] = s[sp];
                            s[at + 1] = s[sp + 1];
                        }
                        case Ops.LOCAL_TEE -> s[fp + code[pc++]] = s[sp - 1];
                        case Ops.LOCAL_TEE_REF -> r[fp + code[pc++]] = r[sp - 1];
                        case Ops.LOCAL_TEE_V128 -> {
                            int at = fp + code[pc++];
                            s[at] = s[sp - 2];
                            s[at + 1] = s[sp - 1];
                        }
                        case Ops.GLOBAL_GET -> s[sp++] = inst.globals[code[pc++]].value;
                        case Ops.GLOBAL_GET_REF -> r[sp++] = inst.globals[code[pc++]].ref;
                        case Ops.GLOBAL_GET_V128 -> {
                            GlobalInstance g = inst.globals[code[pc++]];
                            s[sp] = g.value;
                            s[sp + 1] = g.hi;
                            sp += 2;
                        }
                        case Ops.GLOBAL_SET -> inst.globals[code[pc++]].value = s[--sp];
                        case Ops.GLOBAL_SET_REF -> inst.globals[code[pc++]].ref = r[--sp];
                        case Ops.GLOBAL_SET_V128 -> {
                            GlobalInstance g = inst.globals[code[pc++]];
                            sp -= 2;
                            g.value = s[sp];
                            g.hi = s[sp + 1];
                        }
                        case Ops.LOCAL_COPY -> {
                            s[fp + code[pc + 1]] = s[fp + code[pc]];
                            pc += 2;
                        }
                        case Ops.LOCAL_SET_C -> {
                            s[fp + code[pc + 1]] = code[pc];
                            pc += 2;
                        }
                        // ---------------------------------------------------------------- constants, refs
                        case Ops.I32_CONST -> s[sp++] = code[pc++];
                        case Ops.I64_CONST -> {
                            s[sp++] = ((long) code[pc + 1] << 32) | (code[pc] & 0xFFFF_FFFFL);
                            pc += 2;
                        }
                        case Ops.REF_NULL -> r[sp++] = null;
                        case Ops.REF_IS_NULL -> {
                            s[sp - 1] = r[sp - 1] == null ? 1 : 0;
                            r[sp - 1] = null;
                        }
                        case Ops.REF_FUNC -> r[sp++] = inst.funcs[code[pc++]];
                        case Ops.EXT -> {
                            sp = Ext.exec(ctx, inst, cf, pc, s, r, sp);
                            pc += 2 + code[pc + 1];
                            mem = inst.mem0;
                        }
                        // ---------------------------------------------------------------- superinstructions
                        case Ops.I32_ADD_LL -> {
                            s[sp++] = (int) s[fp + code[pc]] + (int) s[fp + code[pc + 1]];
                            pc += 2;
                        }
                        case Ops.I32_ADD_LC -> {
                            s[sp++] = (int) s[fp + code[pc]] + code[pc + 1];
                            pc += 2;
                        }
                        case Ops.I32_ADD_C -> s[sp - 1] = (int) s[sp - 1] + code[pc++];
                        // ---------------------------------------------------------------- memory (memory 0, 32-bit)
                        case 0x28 -> s[sp - 1] = mem.loadI32((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]);
                        case 0x29 -> s[sp - 1] = mem.loadI64((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]);
                        case 0x2A -> s[sp - 1] = mem.loadI32((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]);
                        case 0x2B -> s[sp - 1] = mem.loadI64((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]);
                        case 0x2C, 0x30 -> s[sp - 1] = mem.loadS8((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]);
                        case 0x2D, 0x31 -> s[sp - 1] = mem.loadU8((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]);
                        case 0x2E, 0x32 -> s[sp - 1] = mem.loadS16((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]);
                        case 0x2F, 0x33 -> s[sp - 1] = mem.loadU16((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]);
                        case 0x34 -> s[sp - 1] = mem.loadI32((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]);
                        case 0x35 -> s[sp - 1] = mem.loadI32((s[sp - 1] & 0xFFFF_FFFFL) + code[pc++]) & 0xFFFF_FFFFL;
                        case 0x36, 0x38, 0x3E -> {
                            sp -= 2;
                            mem.storeI32((s[sp] & 0xFFFF_FFFFL) + code[pc++], (int) s[sp + 1]);
                        }
                        case 0x37, 0x39 -> {
                            sp -= 2;
                            mem.storeI64((s[sp] & 0xFFFF_FFFFL) + code[pc++], s[sp + 1]);
                        }
                        case 0x3A, 0x3C -> {
                            sp -= 2;
                            mem.storeI8((s[sp] & 0xFFFF_FFFFL) + code[pc++], (int) s[sp + 1]);
                        }
                        case 0x3B, 0x3D -> {
                            sp -= 2;
                            mem.storeI16((s[sp] & 0xFFFF_FFFFL) + code[pc++], (int) s[sp + 1]);
                        }
                        // ---------------------------------------------------------------- i32
                        case 0x45 -> s[sp - 1] = (int) s[sp - 1] == 0 ? 1 : 0;
                        case 0x46 -> { sp--; s[sp - 1] = (int) s[sp - 1] == (int) s[sp] ? 1 : 0; }
                        case 0x47 -> { sp--; s[sp - 1] = (int) s[sp - 1] != (int) s[sp] ? 1 : 0; }
                        case 0x48 -> { sp--; s[sp - 1] = (int) s[sp - 1] < (int) s[sp] ? 1 : 0; }
                        case 0x49 -> { sp--; s[sp - 1] = Integer.compareUnsigned((int) s[sp - 1], (int) s[sp]) < 0 ? 1 : 0; }
                        case 0x4A -> { sp--; s[sp - 1] = (int) s[sp - 1] > (int) s[sp] ? 1 : 0; }
                        case 0x4B -> { sp--; s[sp - 1] = Integer.compareUnsigned((int) s[sp - 1], (int) s[sp]) > 0 ? 1 : 0; }
                        case 0x4C -> { sp--; s[sp - 1] = (int) s[sp - 1] <= (int) s[sp] ? 1 : 0; }
                        case 0x4D -> { sp--; s[sp - 1] = Integer.compareUnsigned((int) s[sp - 1], (int) s[sp]) <= 0 ? 1 : 0; }
                        case 0x4E -> { sp--; s[sp - 1] = (int) s[sp - 1] >= (int) s[sp] ? 1 : 0; }
                        case 0x4F -> { sp--; s[sp - 1] = Integer.compareUnsigned((int) s[sp - 1], (int) s[sp]) >= 0 ? 1 : 0; }
                        // ---------------------------------------------------------------- i64 comparisons
                        case 0x50 -> s[sp - 1] = s[sp - 1] == 0 ? 1 : 0;
                        case 0x51 -> { sp--; s[sp - 1] = s[sp - 1] == s[sp] ? 1 : 0; }
                        case 0x52 -> { sp--; s[sp - 1] = s[sp - 1] != s[sp] ? 1 : 0; }
                        case 0x53 -> { sp--; s[sp - 1] = s[sp - 1] < s[sp] ? 1 : 0; }
                        case 0x54 -> { sp--; s[sp - 1] = Long.compareUnsigned(s[sp - 1], s[sp]) < 0 ? 1 : 0; }
                        case 0x55 -> { sp--; s[sp - 1] = s[sp - 1] > s[sp] ? 1 : 0; }
                        case 0x56 -> { sp--; s[sp - 1] = Long.compareUnsigned(s[sp - 1], s[sp]) > 0 ? 1 : 0; }
                        case 0x57 -> { sp--; s[sp - 1] = s[sp - 1] <= s[sp] ? 1 : 0; }
                        case 0x58 -> { sp--; s[sp - 1] = Long.compareUnsigned(s[sp - 1], s[sp]) <= 0 ? 1 : 0; }
                        case 0x59 -> { sp--; s[sp - 1] = s[sp - 1] >= s[sp] ? 1 : 0; }
                        case 0x5A -> { sp--; s[sp - 1] = Long.compareUnsigned(s[sp - 1], s[sp]) >= 0 ? 1 : 0; }
                        // ---------------------------------------------------------------- float comparisons
                        case 0x5B -> { sp--; s[sp - 1] = f32(s[sp - 1]) == f32(s[sp]) ? 1 : 0; }
                        case 0x5C -> { sp--; s[sp - 1] = f32(s[sp - 1]) != f32(s[sp]) ? 1 : 0; }
                        case 0x5D -> { sp--; s[sp - 1] = f32(s[sp - 1]) < f32(s[sp]) ? 1 : 0; }
                        case 0x5E -> { sp--; s[sp - 1] = f32(s[sp - 1]) > f32(s[sp]) ? 1 : 0; }
                        case 0x5F -> { sp--; s[sp - 1] = f32(s[sp - 1]) <= f32(s[sp]) ? 1 : 0; }
                        case 0x60 -> { sp--; s[sp - 1] = f32(s[sp - 1]) >= f32(s[sp]) ? 1 : 0; }
                        case 0x61 -> { sp--; s[sp - 1] = f64(s[sp - 1]) == f64(s[sp]) ? 1 : 0; }
                        case 0x62 -> { sp--; s[sp - 1] = f64(s[sp - 1]) != f64(s[sp]) ? 1 : 0; }
                        case 0x63 -> { sp--; s[sp - 1] = f64(s[sp - 1]) < f64(s[sp]) ? 1 : 0; }
                        case 0x64 -> { sp--; s[sp - 1] = f64(s[sp - 1]) > f64(s[sp]) ? 1 : 0; }
                        case 0x65 -> { sp--; s[sp - 1] = f64(s[sp - 1]) <= f64(s[sp]) ? 1 : 0; }
                        case 0x66 -> { sp--; s[sp - 1] = f64(s[sp - 1]) >= f64(s[sp]) ? 1 : 0; }
                        // ---------------------------------------------------------------- i32 arithmetic
                        case 0x67 -> s[sp - 1] = Integer.numberOfLeadingZeros((int) s[sp - 1]);
                        case 0x68 -> s[sp - 1] = Integer.numberOfTrailingZeros((int) s[sp - 1]);
                        case 0x69 -> s[sp - 1] = Integer.bitCount((int) s[sp - 1]);
                        case 0x6A -> { sp--; s[sp - 1] = (int) s[sp - 1] + (int) s[sp]; }
                        case 0x6B -> { sp--; s[sp - 1] = (int) s[sp - 1] - (int) s[sp]; }
                        case 0x6C -> { sp--; s[sp - 1] = (int) s[sp - 1] * (int) s[sp]; }
                        case 0x6D -> { sp--; s[sp - 1] = IntOps.divS((int) s[sp - 1], (int) s[sp]); }
                        case 0x6E -> { sp--; s[sp - 1] = IntOps.divU((int) s[sp - 1], (int) s[sp]); }
                        case 0x6F -> { sp--; s[sp - 1] = IntOps.remS((int) s[sp - 1], (int) s[sp]); }
                        case 0x70 -> { sp--; s[sp - 1] = IntOps.remU((int) s[sp - 1], (int) s[sp]); }
                        case 0x71 -> { sp--; s[sp - 1] = (int) s[sp - 1] & (int) s[sp]; }
                        case 0x72 -> { sp--; s[sp - 1] = (int) s[sp - 1] | (int) s[sp]; }
                        case 0x73 -> { sp--; s[sp - 1] = (int) s[sp - 1] ^ (int) s[sp]; }
                        case 0x74 -> { sp--; s[sp - 1] = (int) s[sp - 1] << (int) s[sp]; }
                        case 0x75 -> { sp--; s[sp - 1] = (int) s[sp - 1] >> (int) s[sp]; }
                        case 0x76 -> { sp--; s[sp - 1] = (int) s[sp - 1] >>> (int) s[sp]; }
                        case 0x77 -> { sp--; s[sp - 1] = Integer.rotateLeft((int) s[sp - 1], (int) s[sp]); }
                        case 0x78 -> { sp--; s[sp - 1] = Integer.rotateRight((int) s[sp - 1], (int) s[sp]); }
                        // ---------------------------------------------------------------- i64 arithmetic
                        case 0x79 -> s[sp - 1] = Long.numberOfLeadingZeros(s[sp - 1]);
                        case 0x7A -> s[sp - 1] = Long.numberOfTrailingZeros(s[sp - 1]);
                        case 0x7B -> s[sp - 1] = Long.bitCount(s[sp - 1]);
                        case 0x7C -> { sp--; s[sp - 1] += s[sp]; }
                        case 0x7D -> { sp--; s[sp - 1] -= s[sp]; }
                        case 0x7E -> { sp--; s[sp - 1] *= s[sp]; }
                        case 0x7F -> { sp--; s[sp - 1] = IntOps.divS(s[sp - 1], s[sp]); }
                        case 0x80 -> { sp--; s[sp - 1] = IntOps.divU(s[sp - 1], s[sp]); }
                        case 0x81 -> { sp--; s[sp - 1] = IntOps.remS(s[sp - 1], s[sp]); }
                        case 0x82 -> { sp--; s[sp - 1] = IntOps.remU(s[sp - 1], s[sp]); }
                        case 0x83 -> { sp--; s[sp - 1] &= s[sp]; }
                        case 0x84 -> { sp--; s[sp - 1] |= s[sp]; }
                        case 0x85 -> { sp--; s[sp - 1] ^= s[sp]; }
                        case 0x86 -> { sp--; s[sp - 1] <<= s[sp]; }
                        case 0x87 -> { sp--; s[sp - 1] >>= s[sp]; }
                        case 0x88 -> { sp--; s[sp - 1] >>>= s[sp]; }
                        case 0x89 -> { sp--; s[sp - 1] = Long.rotateLeft(s[sp - 1], (int) s[sp]); }
                        case 0x8A -> { sp--; s[sp - 1] = Long.rotateRight(s[sp - 1], (int) s[sp]); }
                        // ---------------------------------------------------------------- f32 arithmetic
                        case 0x92 -> { sp--; s[sp - 1] = bits(f32(s[sp - 1]) + f32(s[sp])); }
                        case 0x93 -> { sp--; s[sp - 1] = bits(f32(s[sp - 1]) - f32(s[sp])); }
                        case 0x94 -> { sp--; s[sp - 1] = bits(f32(s[sp - 1]) * f32(s[sp])); }
                        case 0x95 -> { sp--; s[sp - 1] = bits(f32(s[sp - 1]) / f32(s[sp])); }
                        // ---------------------------------------------------------------- f64 arithmetic
                        case 0xA0 -> { sp--; s[sp - 1] = bits(f64(s[sp - 1]) + f64(s[sp])); }
                        case 0xA1 -> { sp--; s[sp - 1] = bits(f64(s[sp - 1]) - f64(s[sp])); }
                        case 0xA2 -> { sp--; s[sp - 1] = bits(f64(s[sp - 1]) * f64(s[sp])); }
                        case 0xA3 -> { sp--; s[sp - 1] = bits(f64(s[sp - 1]) / f64(s[sp])); }
                        // ---------------------------------------------------------------- conversions
                        case 0xA7 -> s[sp - 1] = (int) s[sp - 1];
                        case 0xAC -> s[sp - 1] = (int) s[sp - 1];
                        case 0xAD -> s[sp - 1] = s[sp - 1] & 0xFFFF_FFFFL;
                        case 0xBC, 0xBD, 0xBE, 0xBF -> { /* reinterpretations: the bits are already right */ }
                        default -> sp = NumericOps.exec(code[pc - 1], s, sp);
                    }
                }
            } catch (WasmThrow t) {
                // Unwind to the innermost handler of this run's frames, or leave.
                ExceptionObject ex = t.exn;
                s = ctx.s;
                r = ctx.r;
                for (;;) {
                    int h = Ext.findHandler(cf, inst, pc, ex);
                    if (h >= 0) {
                        int[] hs = cf.handlers;
                        sp = Ext.pushCaught(ctx, fp + cf.localSlots + hs[h + 5], ex, hs[h + 3]);
                        pc = hs[h + 4];
                        break;
                    }
                    int d = ctx.depth;
                    if (d == baseDepth) throw t;
                    ctx.depth = --d;
                    fn = ctx.frameFunc[d];
                    pc = ctx.framePc[d];
                    fp = ctx.frameFp[d];
                    cf = fn.code;
                    code = cf.code;
                    inst = fn.instance;
                    mem = inst.mem0;
                }
            }
        }
    }

    private static float f32(long bits) { return Float.intBitsToFloat((int) bits); }

    private static double f64(long bits) { return Double.longBitsToDouble(bits); }

    private static long bits(float f) { return Float.floatToRawIntBits(f); }

    private static long bits(double d) { return Double.doubleToRawLongBits(d); }

    /** Translates wasm exceptions leaving a run into the public exception type. */
    static UncaughtWasmException uncaught(WasmThrow t) { return new UncaughtWasmException(t.exn); }
}
