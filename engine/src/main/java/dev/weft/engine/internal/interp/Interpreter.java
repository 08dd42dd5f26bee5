package dev.weft.engine.internal.interp;

import dev.weft.engine.TrapException;
import dev.weft.engine.internal.numeric.IntOps;
import dev.weft.engine.internal.runtime.ArrayObject;
import dev.weft.engine.internal.runtime.ExceptionObject;
import dev.weft.engine.internal.runtime.FunctionInstance;
import dev.weft.engine.internal.runtime.GlobalInstance;
import dev.weft.engine.internal.runtime.MemoryInstance;
import dev.weft.engine.internal.runtime.ModuleInstance;

/**
 * The interpreter loop. {@link #run} executes compiled code ({@link Ops}) over the per-thread
 * {@link ExecContext}: operands are frame slots named by the instructions, and wasm-to-wasm calls
 * push an explicit frame instead of recursing, so deep recursion is bounded by the configured call
 * depth, and tail calls reuse the caller's frame.
 *
 * <p>{@link #run} must stay below HotSpot's 8000-byte limit for JIT compilation
 * (see {@code InterpreterSizeTest}): rare instructions go through {@link Ext} and
 * {@link NumericOps}.
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
        ctx.enter(cf, fp);
        long[] s = ctx.s;
        Object[] r = ctx.r;
        int[] code = cf.code;
        ModuleInstance inst = fn.instance;
        MemoryInstance mem = inst.mem0;
        int pc = 0;
        for (;;) {
            try {
                for (;;) {
                    int op = code[pc];
                    int x = code[pc + 1];
                    int y = code[pc + 2];
                    int z = code[pc + 3];
                    pc += Ops.WIDTH;
                    switch (op) {
                        case Ops.UNREACHABLE -> throw new TrapException("unreachable");
                        // ---------------------------------------------------------------- control
                        case Ops.BR -> {
                            if (x < pc && --ctx.countdown <= 0) ctx.poll();
                            pc = x;
                        }
                        case Ops.BR_KEEP -> {
                            move(s, r, fp + y, fp + z, code[pc]);
                            pc = x;
                        }
                        case Ops.BR_IF -> {
                            if ((int) s[fp + x] != 0) {
                                if (y < pc && --ctx.countdown <= 0) ctx.poll();
                                pc = y;
                            }
                        }
                        case Ops.BR_IF_KEEP -> {
                            if ((int) s[fp + x] != 0) {
                                move(s, r, fp + z, fp + code[pc], code[pc + 1]);
                                pc = y;
                            } else {
                                pc += 2;
                            }
                        }
                        case Ops.BR_UNLESS -> {
                            if ((int) s[fp + x] == 0) pc = y;
                        }
                        case Ops.BR_CMP, Ops.BR_CMP_NOT -> {
                            long a = s[fp + x];
                            long b = s[fp + y];
                            boolean holds = switch (code[pc]) {
                                case 0x45 -> (int) a == 0;
                                case 0x46 -> (int) a == (int) b;
                                case 0x47 -> (int) a != (int) b;
                                case 0x48 -> (int) a < (int) b;
                                case 0x49 -> Integer.compareUnsigned((int) a, (int) b) < 0;
                                case 0x4A -> (int) a > (int) b;
                                case 0x4B -> Integer.compareUnsigned((int) a, (int) b) > 0;
                                case 0x4C -> (int) a <= (int) b;
                                case 0x4D -> Integer.compareUnsigned((int) a, (int) b) <= 0;
                                case 0x4E -> (int) a >= (int) b;
                                case 0x4F -> Integer.compareUnsigned((int) a, (int) b) >= 0;
                                case 0x50 -> a == 0;
                                case 0x51 -> a == b;
                                case 0x52 -> a != b;
                                case 0x53 -> a < b;
                                case 0x54 -> Long.compareUnsigned(a, b) < 0;
                                case 0x55 -> a > b;
                                case 0x56 -> Long.compareUnsigned(a, b) > 0;
                                case 0x57 -> a <= b;
                                case 0x58 -> Long.compareUnsigned(a, b) <= 0;
                                case 0x59 -> a >= b;
                                default -> Long.compareUnsigned(a, b) >= 0;
                            };
                            if (holds == (op == Ops.BR_CMP)) {
                                if (z < pc && --ctx.countdown <= 0) ctx.poll();
                                pc = z;
                            } else {
                                pc++;
                            }
                        }
                        case Ops.BR_TABLE -> {
                            int i = (int) s[fp + x];
                            int at = pc + 4 * (Integer.compareUnsigned(i, y) < 0 ? i : y);
                            move(s, r, fp + code[at + 1], fp + code[at + 2], code[at + 3]);
                            pc = code[at];
                        }
                        case Ops.BR_ON_NULL, Ops.BR_ON_NON_NULL, Ops.BR_ON_CAST, Ops.BR_ON_CAST_FAIL -> {
                            Object ref = r[fp + x];
                            boolean take = switch (op) {
                                case Ops.BR_ON_NULL -> ref == null;
                                case Ops.BR_ON_NON_NULL -> ref != null;
                                case Ops.BR_ON_CAST -> cf.casts[code[pc + 2]].test(ref);
                                default -> !cf.casts[code[pc + 2]].test(ref);
                            };
                            if (take) {
                                move(s, r, fp + z, fp + code[pc], code[pc + 1]);
                                pc = y;
                            } else {
                                pc += op >= Ops.BR_ON_CAST ? 3 : 2;
                            }
                        }
                        case Ops.POLL -> {
                            if (--ctx.countdown <= 0) ctx.poll();
                        }
                        case Ops.RETURN -> {
                            int n = fn.resultSlots;
                            if (n == 1) {
                                s[fp] = s[fp + x];
                                r[fp] = r[fp + x];
                            } else if (n != 0) {
                                System.arraycopy(s, fp + x, s, fp, n);
                                System.arraycopy(r, fp + x, r, fp, n);
                            }
                            int d = ctx.depth;
                            if (d == baseDepth) return;
                            ctx.depth = --d;
                            fn = ctx.frameFunc[d];
                            pc = ctx.framePc[d];
                            fp = ctx.frameFp[d];
                            cf = fn.code;
                            code = cf.code;
                            inst = fn.instance;
                            mem = inst.mem0;
                        }
                        case Ops.CALL, Ops.CALL_INDIRECT, Ops.CALL_REF -> {
                            FunctionInstance g;
                            int base;
                            if (op == Ops.CALL) {
                                g = inst.funcs[x];
                                base = fp + y;
                            } else if (op == Ops.CALL_REF) {
                                g = Ext.callRefTarget(r, fp + x);
                                base = fp + y;
                            } else {
                                g = Ext.indirectTarget(inst, x, y, s[fp + z]);
                                base = fp + code[pc++];
                            }
                            if (g.code == null) {
                                Ext.callHost(ctx, g, base + g.paramSlots);
                                s = ctx.s;
                                r = ctx.r;
                                continue;
                            }
                            ctx.push(fn, pc, fp);
                            fp = base;
                            fn = g;
                            cf = g.code;
                            ctx.enter(cf, fp);
                            s = ctx.s;
                            r = ctx.r;
                            code = cf.code;
                            inst = g.instance;
                            mem = inst.mem0;
                            pc = 0;
                        }
                        case Ops.RETURN_CALL, Ops.RETURN_CALL_INDIRECT, Ops.RETURN_CALL_REF -> {
                            FunctionInstance g;
                            int base;
                            if (op == Ops.RETURN_CALL) {
                                g = inst.funcs[x];
                                base = fp + y;
                            } else if (op == Ops.RETURN_CALL_REF) {
                                g = Ext.callRefTarget(r, fp + x);
                                base = fp + y;
                            } else {
                                g = Ext.indirectTarget(inst, x, y, s[fp + z]);
                                base = fp + code[pc++];
                            }
                            int n = g.paramSlots;
                            System.arraycopy(s, base, s, fp, n);
                            System.arraycopy(r, base, r, fp, n);
                            if (g.code == null) {
                                Ext.callHost(ctx, g, fp + n);
                                s = ctx.s;
                                r = ctx.r;
                                code = Ext.RETURN_STUB;
                                pc = 0;
                                continue;
                            }
                            if (--ctx.countdown <= 0) ctx.poll();
                            fn = g;
                            cf = g.code;
                            ctx.enter(cf, fp);
                            s = ctx.s;
                            r = ctx.r;
                            code = cf.code;
                            inst = g.instance;
                            mem = inst.mem0;
                            pc = 0;
                        }
                        case Ops.THROW -> throw new WasmThrow(Ext.newException(inst.tags[x], s, r, fp + y));
                        case Ops.THROW_REF -> throw Ext.throwRef(r[fp + x]);
                        // ---------------------------------------------------------------- data movement
                        case Ops.MOV -> s[fp + y] = s[fp + x];
                        case Ops.CONST -> s[fp + x] = ((long) z << 32) | (y & 0xFFFF_FFFFL);
                        case Ops.MOV_REF -> r[fp + y] = r[fp + x];
                        case Ops.MOV_V128 -> {
                            s[fp + y] = s[fp + x];
                            s[fp + y + 1] = s[fp + x + 1];
                        }
                        case Ops.SELECT -> s[fp + code[pc++]] = (int) s[fp + z] != 0 ? s[fp + x] : s[fp + y];
                        case Ops.SELECT_REF -> r[fp + code[pc++]] = (int) s[fp + z] != 0 ? r[fp + x] : r[fp + y];
                        case Ops.SELECT_V128 -> {
                            int d = fp + code[pc++];
                            int from = (int) s[fp + z] != 0 ? fp + x : fp + y;
                            s[d] = s[from];
                            s[d + 1] = s[from + 1];
                        }
                        case Ops.GLOBAL_GET -> s[fp + y] = inst.globals[x].value;
                        case Ops.GLOBAL_GET_REF -> r[fp + y] = inst.globals[x].ref;
                        case Ops.GLOBAL_GET_V128 -> {
                            GlobalInstance g = inst.globals[x];
                            s[fp + y] = g.value;
                            s[fp + y + 1] = g.hi;
                        }
                        case Ops.GLOBAL_SET -> inst.globals[x].value = s[fp + y];
                        case Ops.GLOBAL_SET_REF -> inst.globals[x].ref = r[fp + y];
                        case Ops.GLOBAL_SET_V128 -> {
                            GlobalInstance g = inst.globals[x];
                            g.value = s[fp + y];
                            g.hi = s[fp + y + 1];
                        }
                        case Ops.STRUCT_GET -> s[fp + y] = GcOps.struct(r[fp + x]).prims[z];
                        case Ops.STRUCT_GET_REF -> r[fp + y] = GcOps.struct(r[fp + x]).refs[z];
                        case Ops.STRUCT_SET -> GcOps.struct(r[fp + x]).prims[z] = s[fp + y];
                        case Ops.STRUCT_SET_REF -> GcOps.struct(r[fp + x]).refs[z] = r[fp + y];
                        case Ops.ARRAY_GET_I32 -> {
                            ArrayObject a = GcOps.nonNullArray(r[fp + x]);
                            s[fp + z] = ((int[]) a.data)[GcOps.index(a, s[fp + y])];
                        }
                        case Ops.ARRAY_GET_I64 -> {
                            ArrayObject a = GcOps.nonNullArray(r[fp + x]);
                            s[fp + z] = ((long[]) a.data)[GcOps.index(a, s[fp + y])];
                        }
                        case Ops.ARRAY_GET_REF -> {
                            ArrayObject a = GcOps.nonNullArray(r[fp + x]);
                            r[fp + z] = ((Object[]) a.data)[GcOps.index(a, s[fp + y])];
                        }
                        case Ops.ARRAY_SET_I32 -> {
                            ArrayObject a = GcOps.nonNullArray(r[fp + x]);
                            ((int[]) a.data)[GcOps.index(a, s[fp + y])] = (int) s[fp + z];
                        }
                        case Ops.ARRAY_SET_I64 -> {
                            ArrayObject a = GcOps.nonNullArray(r[fp + x]);
                            ((long[]) a.data)[GcOps.index(a, s[fp + y])] = s[fp + z];
                        }
                        case Ops.ARRAY_SET_REF -> {
                            ArrayObject a = GcOps.nonNullArray(r[fp + x]);
                            ((Object[]) a.data)[GcOps.index(a, s[fp + y])] = r[fp + z];
                        }
                        case Ops.ARRAY_LEN -> s[fp + y] = GcOps.nonNullArray(r[fp + x]).length;
                        case Ops.REF_IS_NULL -> s[fp + y] = r[fp + x] == null ? 1 : 0;
                        case Ops.REF_FUNC -> r[fp + y] = inst.funcs[x];
                        case Ops.EXT -> {
                            Ext.exec(ctx, inst, cf, pc - 2, s, r, fp + x);
                            pc += code[pc - 1];
                            mem = inst.mem0;
                        }
                        // ---------------------------------------------------------------- memory (memory 0, 32-bit)
                        case 0x28, 0x2A, 0x34 -> s[fp + y] = mem.loadI32((s[fp + x] & 0xFFFF_FFFFL) + z);
                        case 0x29, 0x2B -> s[fp + y] = mem.loadI64((s[fp + x] & 0xFFFF_FFFFL) + z);
                        case 0x2C, 0x30 -> s[fp + y] = mem.loadS8((s[fp + x] & 0xFFFF_FFFFL) + z);
                        case 0x2D, 0x31 -> s[fp + y] = mem.loadU8((s[fp + x] & 0xFFFF_FFFFL) + z);
                        case 0x2E, 0x32 -> s[fp + y] = mem.loadS16((s[fp + x] & 0xFFFF_FFFFL) + z);
                        case 0x2F, 0x33 -> s[fp + y] = mem.loadU16((s[fp + x] & 0xFFFF_FFFFL) + z);
                        case 0x35 -> s[fp + y] = mem.loadI32((s[fp + x] & 0xFFFF_FFFFL) + z) & 0xFFFF_FFFFL;
                        case 0x36, 0x38, 0x3E -> mem.storeI32((s[fp + x] & 0xFFFF_FFFFL) + z, (int) s[fp + y]);
                        case 0x37, 0x39 -> mem.storeI64((s[fp + x] & 0xFFFF_FFFFL) + z, s[fp + y]);
                        case 0x3A, 0x3C -> mem.storeI8((s[fp + x] & 0xFFFF_FFFFL) + z, (int) s[fp + y]);
                        case 0x3B, 0x3D -> mem.storeI16((s[fp + x] & 0xFFFF_FFFFL) + z, (int) s[fp + y]);
                        // ---------------------------------------------------------------- memory, address = a + b (i32.add folded)
                        case Ops.ADDRESS_SUM + 0x28, Ops.ADDRESS_SUM + 0x2A, Ops.ADDRESS_SUM + 0x34 -> s[fp + code[pc++]] = mem.loadI32(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z);
                        case Ops.ADDRESS_SUM + 0x29, Ops.ADDRESS_SUM + 0x2B -> s[fp + code[pc++]] = mem.loadI64(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z);
                        case Ops.ADDRESS_SUM + 0x2C, Ops.ADDRESS_SUM + 0x30 -> s[fp + code[pc++]] = mem.loadS8(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z);
                        case Ops.ADDRESS_SUM + 0x2D, Ops.ADDRESS_SUM + 0x31 -> s[fp + code[pc++]] = mem.loadU8(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z);
                        case Ops.ADDRESS_SUM + 0x2E, Ops.ADDRESS_SUM + 0x32 -> s[fp + code[pc++]] = mem.loadS16(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z);
                        case Ops.ADDRESS_SUM + 0x2F, Ops.ADDRESS_SUM + 0x33 -> s[fp + code[pc++]] = mem.loadU16(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z);
                        case Ops.ADDRESS_SUM + 0x35 -> s[fp + code[pc++]] = mem.loadI32(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z) & 0xFFFF_FFFFL;
                        case Ops.ADDRESS_SUM + 0x36, Ops.ADDRESS_SUM + 0x38, Ops.ADDRESS_SUM + 0x3E -> mem.storeI32(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z, (int) s[fp + code[pc++]]);
                        case Ops.ADDRESS_SUM + 0x37, Ops.ADDRESS_SUM + 0x39 -> mem.storeI64(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z, s[fp + code[pc++]]);
                        case Ops.ADDRESS_SUM + 0x3A, Ops.ADDRESS_SUM + 0x3C -> mem.storeI8(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z, (int) s[fp + code[pc++]]);
                        case Ops.ADDRESS_SUM + 0x3B, Ops.ADDRESS_SUM + 0x3D -> mem.storeI16(((s[fp + x] + s[fp + y]) & 0xFFFF_FFFFL) + z, (int) s[fp + code[pc++]]);
                        // ---------------------------------------------------------------- numeric
                        case 0x45 -> s[fp + y] = (int) s[fp + x] == 0 ? 1 : 0;
                        case 0x46 -> s[fp + z] = (int) s[fp + x] == (int) s[fp + y] ? 1 : 0;
                        case 0x47 -> s[fp + z] = (int) s[fp + x] != (int) s[fp + y] ? 1 : 0;
                        case 0x48 -> s[fp + z] = (int) s[fp + x] < (int) s[fp + y] ? 1 : 0;
                        case 0x49 -> s[fp + z] = Integer.compareUnsigned((int) s[fp + x], (int) s[fp + y]) < 0 ? 1 : 0;
                        case 0x4A -> s[fp + z] = (int) s[fp + x] > (int) s[fp + y] ? 1 : 0;
                        case 0x4B -> s[fp + z] = Integer.compareUnsigned((int) s[fp + x], (int) s[fp + y]) > 0 ? 1 : 0;
                        case 0x4C -> s[fp + z] = (int) s[fp + x] <= (int) s[fp + y] ? 1 : 0;
                        case 0x4D -> s[fp + z] = Integer.compareUnsigned((int) s[fp + x], (int) s[fp + y]) <= 0 ? 1 : 0;
                        case 0x4E -> s[fp + z] = (int) s[fp + x] >= (int) s[fp + y] ? 1 : 0;
                        case 0x4F -> s[fp + z] = Integer.compareUnsigned((int) s[fp + x], (int) s[fp + y]) >= 0 ? 1 : 0;
                        case 0x50 -> s[fp + y] = s[fp + x] == 0 ? 1 : 0;
                        case 0x51 -> s[fp + z] = s[fp + x] == s[fp + y] ? 1 : 0;
                        case 0x52 -> s[fp + z] = s[fp + x] != s[fp + y] ? 1 : 0;
                        case 0x53 -> s[fp + z] = s[fp + x] < s[fp + y] ? 1 : 0;
                        case 0x54 -> s[fp + z] = Long.compareUnsigned(s[fp + x], s[fp + y]) < 0 ? 1 : 0;
                        case 0x55 -> s[fp + z] = s[fp + x] > s[fp + y] ? 1 : 0;
                        case 0x56 -> s[fp + z] = Long.compareUnsigned(s[fp + x], s[fp + y]) > 0 ? 1 : 0;
                        case 0x57 -> s[fp + z] = s[fp + x] <= s[fp + y] ? 1 : 0;
                        case 0x58 -> s[fp + z] = Long.compareUnsigned(s[fp + x], s[fp + y]) <= 0 ? 1 : 0;
                        case 0x59 -> s[fp + z] = s[fp + x] >= s[fp + y] ? 1 : 0;
                        case 0x5A -> s[fp + z] = Long.compareUnsigned(s[fp + x], s[fp + y]) >= 0 ? 1 : 0;
                        case 0x5B -> s[fp + z] = f32(s[fp + x]) == f32(s[fp + y]) ? 1 : 0;
                        case 0x5C -> s[fp + z] = f32(s[fp + x]) != f32(s[fp + y]) ? 1 : 0;
                        case 0x5D -> s[fp + z] = f32(s[fp + x]) < f32(s[fp + y]) ? 1 : 0;
                        case 0x5E -> s[fp + z] = f32(s[fp + x]) > f32(s[fp + y]) ? 1 : 0;
                        case 0x5F -> s[fp + z] = f32(s[fp + x]) <= f32(s[fp + y]) ? 1 : 0;
                        case 0x60 -> s[fp + z] = f32(s[fp + x]) >= f32(s[fp + y]) ? 1 : 0;
                        case 0x61 -> s[fp + z] = f64(s[fp + x]) == f64(s[fp + y]) ? 1 : 0;
                        case 0x62 -> s[fp + z] = f64(s[fp + x]) != f64(s[fp + y]) ? 1 : 0;
                        case 0x63 -> s[fp + z] = f64(s[fp + x]) < f64(s[fp + y]) ? 1 : 0;
                        case 0x64 -> s[fp + z] = f64(s[fp + x]) > f64(s[fp + y]) ? 1 : 0;
                        case 0x65 -> s[fp + z] = f64(s[fp + x]) <= f64(s[fp + y]) ? 1 : 0;
                        case 0x66 -> s[fp + z] = f64(s[fp + x]) >= f64(s[fp + y]) ? 1 : 0;
                        case 0x67 -> s[fp + y] = Integer.numberOfLeadingZeros((int) s[fp + x]);
                        case 0x68 -> s[fp + y] = Integer.numberOfTrailingZeros((int) s[fp + x]);
                        case 0x69 -> s[fp + y] = Integer.bitCount((int) s[fp + x]);
                        case 0x6A -> s[fp + z] = (int) s[fp + x] + (int) s[fp + y];
                        case 0x6B -> s[fp + z] = (int) s[fp + x] - (int) s[fp + y];
                        case 0x6C -> s[fp + z] = (int) s[fp + x] * (int) s[fp + y];
                        case 0x6D -> s[fp + z] = IntOps.divS((int) s[fp + x], (int) s[fp + y]);
                        case 0x6E -> s[fp + z] = IntOps.divU((int) s[fp + x], (int) s[fp + y]);
                        case 0x6F -> s[fp + z] = IntOps.remS((int) s[fp + x], (int) s[fp + y]);
                        case 0x70 -> s[fp + z] = IntOps.remU((int) s[fp + x], (int) s[fp + y]);
                        case 0x71 -> s[fp + z] = (int) s[fp + x] & (int) s[fp + y];
                        case 0x72 -> s[fp + z] = (int) s[fp + x] | (int) s[fp + y];
                        case 0x73 -> s[fp + z] = (int) s[fp + x] ^ (int) s[fp + y];
                        case 0x74 -> s[fp + z] = (int) s[fp + x] << (int) s[fp + y];
                        case 0x75 -> s[fp + z] = (int) s[fp + x] >> (int) s[fp + y];
                        case 0x76 -> s[fp + z] = (int) s[fp + x] >>> (int) s[fp + y];
                        case 0x77 -> s[fp + z] = Integer.rotateLeft((int) s[fp + x], (int) s[fp + y]);
                        case 0x78 -> s[fp + z] = Integer.rotateRight((int) s[fp + x], (int) s[fp + y]);
                        case 0x79 -> s[fp + y] = Long.numberOfLeadingZeros(s[fp + x]);
                        case 0x7A -> s[fp + y] = Long.numberOfTrailingZeros(s[fp + x]);
                        case 0x7B -> s[fp + y] = Long.bitCount(s[fp + x]);
                        case 0x7C -> s[fp + z] = s[fp + x] + s[fp + y];
                        case 0x7D -> s[fp + z] = s[fp + x] - s[fp + y];
                        case 0x7E -> s[fp + z] = s[fp + x] * s[fp + y];
                        case 0x7F -> s[fp + z] = IntOps.divS(s[fp + x], s[fp + y]);
                        case 0x80 -> s[fp + z] = IntOps.divU(s[fp + x], s[fp + y]);
                        case 0x81 -> s[fp + z] = IntOps.remS(s[fp + x], s[fp + y]);
                        case 0x82 -> s[fp + z] = IntOps.remU(s[fp + x], s[fp + y]);
                        case 0x83 -> s[fp + z] = s[fp + x] & s[fp + y];
                        case 0x84 -> s[fp + z] = s[fp + x] | s[fp + y];
                        case 0x85 -> s[fp + z] = s[fp + x] ^ s[fp + y];
                        case 0x86 -> s[fp + z] = s[fp + x] << s[fp + y];
                        case 0x87 -> s[fp + z] = s[fp + x] >> s[fp + y];
                        case 0x88 -> s[fp + z] = s[fp + x] >>> s[fp + y];
                        case 0x89 -> s[fp + z] = Long.rotateLeft(s[fp + x], (int) s[fp + y]);
                        case 0x8A -> s[fp + z] = Long.rotateRight(s[fp + x], (int) s[fp + y]);
                        case 0x92 -> s[fp + z] = bits(f32(s[fp + x]) + f32(s[fp + y]));
                        case 0x93 -> s[fp + z] = bits(f32(s[fp + x]) - f32(s[fp + y]));
                        case 0x94 -> s[fp + z] = bits(f32(s[fp + x]) * f32(s[fp + y]));
                        case 0x95 -> s[fp + z] = bits(f32(s[fp + x]) / f32(s[fp + y]));
                        case 0xA0 -> s[fp + z] = bits(f64(s[fp + x]) + f64(s[fp + y]));
                        case 0xA1 -> s[fp + z] = bits(f64(s[fp + x]) - f64(s[fp + y]));
                        case 0xA2 -> s[fp + z] = bits(f64(s[fp + x]) * f64(s[fp + y]));
                        case 0xA3 -> s[fp + z] = bits(f64(s[fp + x]) / f64(s[fp + y]));
                        case 0xA7 -> s[fp + y] = (int) s[fp + x];
                        case 0xAC -> s[fp + y] = (int) s[fp + x];
                        case 0xAD -> s[fp + y] = s[fp + x] & 0xFFFF_FFFFL;
                        default -> NumericOps.exec(op, s, fp + x, fp + y, fp + z);
                    }
                }
            } catch (TrapException e) {
                throw e.where() != null ? e : Ext.locate(e, ctx, fn, baseDepth);
            } catch (WeftBug e) {
                throw Ext.locate(Ext.bug(e), ctx, fn, baseDepth);
            } catch (WasmThrow t) {
                // Unwind to the innermost handler of this run's frames, or leave.
                ExceptionObject ex = t.exn;
                for (;;) {
                    int h = Ext.findHandler(cf, inst, pc, ex);
                    if (h >= 0) {
                        int[] hs = cf.handlers;
                        Ext.pushCaught(ctx, fp + hs[h + 5], ex, hs[h + 3]);
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
                s = ctx.s;
                r = ctx.r;
            }
        }
    }

    /** Copies {@code n} slots (numbers and references) from {@code src} to {@code dst}. */
    private static void move(long[] s, Object[] r, int src, int dst, int n) {
        for (int i = 0; i < n; i++) {
            s[dst + i] = s[src + i];
            r[dst + i] = r[src + i];
        }
    }

    private static float f32(long bits) { return Float.intBitsToFloat((int) bits); }

    private static double f64(long bits) { return Double.longBitsToDouble(bits); }

    private static long bits(float f) { return Float.floatToRawIntBits(f); }

    private static long bits(double d) { return Double.doubleToRawLongBits(d); }
}
