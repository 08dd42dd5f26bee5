package dev.weft.engine.internal.interp;

import dev.weft.engine.TrapException;
import dev.weft.engine.internal.numeric.Simd;
import dev.weft.engine.internal.runtime.ExceptionObject;
import dev.weft.engine.internal.runtime.FunctionInstance;
import dev.weft.engine.internal.runtime.ModuleInstance;
import dev.weft.engine.internal.runtime.TableInstance;
import dev.weft.engine.internal.runtime.TagInstance;

/**
 * Helpers of the interpreter loop that are too long to inline there, and the dispatcher of the
 * {@link Ops#EXT} instructions (everything rare: tables, bulk memory, GC, SIMD, memory64 and
 * multi-memory accesses). Split by family so that no method is too large for the JIT.
 */
final class Ext {
    private Ext() {}

    /** Code run after a tail call to a host function: returns its results from the current frame. */
    static final int[] RETURN_STUB = {Ops.RETURN, 0, 0, 0};

    /** The trap with the wasm call stack of this run (innermost first) as its location. */
    static TrapException locate(TrapException e, ExecContext ctx, FunctionInstance fn, int baseDepth) {
        StringBuilder where = new StringBuilder("in function ");
        describe(where, fn);
        int shown = 0;
        for (int d = ctx.depth - 1; d >= baseDepth && shown < 8; d--, shown++) {
            where.append(shown == 0 ? ", called from function " : " < ");
            describe(where, ctx.frameFunc[d]);
        }
        if (ctx.depth - baseDepth > shown) where.append(" < ...");
        return new TrapException(e.kind(), e.reason(), where.toString(), e);
    }

    /** The trap reporting a broken internal invariant: it says it is Weft's bug, not the module's. */
    static TrapException bug(WeftBug e) {
        return new TrapException(TrapException.Kind.TRAP, WeftBug.REASON + e.getMessage(), e);
    }

    /** Appends a function's index and, if the name section has one, its name. */
    private static void describe(StringBuilder out, FunctionInstance f) {
        int index = f.code.funcIndex;
        out.append(index);
        String name = f.instance.funcNames.get(index);
        if (name != null) out.append(" ($").append(name).append(')');
    }

    static FunctionInstance callRefTarget(Object[] r, int at) {
        Object f = r[at];
        r[at] = null;
        if (f == null) throw new TrapException("null function reference");
        return (FunctionInstance) f;
    }

    /** call_indirect: the function at {@code index} of the table, checked against type {@code typeIndex}. */
    static FunctionInstance indirectTarget(ModuleInstance inst, int typeIndex, int tableIndex, long index) {
        TableInstance t = inst.tables[tableIndex];
        if (!t.is64()) index &= 0xFFFF_FFFFL;
        if (index < 0 || index >= t.size) throw new TrapException("undefined element");
        Object f = t.elems[(int) index];
        if (f == null) throw new TrapException("uninitialized element " + index);
        FunctionInstance g = (FunctionInstance) f;
        if (g.type != inst.types[typeIndex] && !g.type.isSubtypeOf(inst.types[typeIndex])) {
            throw new TrapException("indirect call type mismatch");
        }
        return g;
    }

    static int callHost(ExecContext ctx, FunctionInstance g, int sp) {
        return Boundary.callHost(ctx, g, sp);
    }

    /** Pops the payload of tag {@code tag} (ending at {@code sp}) into a new exception object. */
    static ExceptionObject newException(TagInstance tag, long[] s, Object[] r, int sp) {
        int n = 0;
        for (var t : tag.func().params()) n += t.slots();
        long[] prims = new long[n];
        Object[] refs = new Object[n];
        System.arraycopy(s, sp - n, prims, 0, n);
        System.arraycopy(r, sp - n, refs, 0, n);
        return new ExceptionObject(tag, prims, refs);
    }

    static RuntimeException throwRef(Object exn) {
        if (exn == null) return new TrapException("null exception reference");
        return new WasmThrow((ExceptionObject) exn);
    }

    /** The offset in {@code cf.handlers} of the innermost handler for {@code ex} thrown before {@code pc}, or -1. */
    static int findHandler(CompiledFunction cf, ModuleInstance inst, int pc, ExceptionObject ex) {
        int[] h = cf.handlers;
        for (int i = 0; i < h.length; i += CompiledFunction.HANDLER_SIZE) {
            if (h[i] < pc && pc <= h[i + 1] && (h[i + 2] < 0 || inst.tags[h[i + 2]] == ex.tag)) return i;
        }
        return -1;
    }

    /** Pushes what a catch clause of {@code kind} delivers to its label, starting at {@code at}. */
    static int pushCaught(ExecContext ctx, int at, ExceptionObject ex, int kind) {
        int n = kind < 2 ? ex.prims.length : 0;
        ctx.ensure(at + n + 1);
        if (n > 0) {
            System.arraycopy(ex.prims, 0, ctx.s, at, n);
            System.arraycopy(ex.refs, 0, ctx.r, at, n);
        }
        at += n;
        if (kind == 1 || kind == 3) ctx.r[at++] = ex;
        return at;
    }

    /**
     * Executes an {@link Ops#EXT} instruction: {@code code[pc]} is the wasm opcode,
     * {@code code[pc+1]} the number of immediates that follow. Returns the new sp.
     */
    static int exec(ExecContext ctx, ModuleInstance inst, CompiledFunction cf, int pc, long[] s, Object[] r, int sp) {
        int[] code = cf.code;
        int op = code[pc];
        int prefix = op >>> 16;
        if (prefix == 0xFD) {
            if (MemoryOps.isSimdMemory(op)) return MemoryOps.simd(inst, code, pc + 2, s, sp);
            int n = code[pc + 1];
            int lane = n == 1 ? code[pc + 2] : 0;
            long lo = n == 4 ? (code[pc + 2] & 0xFFFF_FFFFL) | ((long) code[pc + 3] << 32) : 0;
            long hi = n == 4 ? (code[pc + 4] & 0xFFFF_FFFFL) | ((long) code[pc + 5] << 32) : 0;
            return Simd.execute(op, s, sp, lane, lo, hi);
        }
        if (prefix == 0xFB) return GcOps.exec(inst, cf, op, code, pc + 2, s, r, sp);
        if (prefix == 0xFC) {
            return op == 0xFC_0008 || op == 0xFC_0009 || op == 0xFC_000A || op == 0xFC_000B
                    ? MemoryOps.bulk(inst, op, code, pc + 2, s, sp)
                    : TableOps.exec(inst, op, code, pc + 2, s, r, sp);
        }
        return switch (op) {
            case 0x25, 0x26, 0xD0, 0xD3, 0xD4 -> TableOps.exec(inst, op, code, pc + 2, s, r, sp);
            default -> MemoryOps.scalar(ctx, inst, op, code, pc + 2, s, sp);
        };
    }
}
