package dev.weft.engine.internal.interp;

import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.ConstExpr;
import dev.weft.engine.internal.runtime.GlobalInstance;
import dev.weft.engine.internal.runtime.ModuleInstance;

/**
 * Evaluates (validated) constant expressions: global initializers, segment offsets and items,
 * table initializers, including extended constants and GC allocations.
 */
final class ConstEval {
    private ConstEval() {}

    /** The value of a constant expression in slot form: numbers in lo (v128: lo, hi), references in ref. */
    record Value(long lo, long hi, Object ref) {}

    static Value eval(ConstExpr expr, ModuleInstance inst) {
        byte[] bytes = expr.code();
        CodeReader r = new CodeReader(bytes, 0, bytes.length);
        long[] s = new long[16];
        Object[] refs = new Object[16];
        int sp = 0;
        while (!r.atEnd()) {
            int op = r.next();
            if (sp + 4 > s.length) {
                s = java.util.Arrays.copyOf(s, s.length * 2);
                refs = java.util.Arrays.copyOf(refs, refs.length * 2);
            }
            switch (op) {
                case 0x0B -> {
                    return new Value(sp > 0 ? s[0] : 0, sp > 1 ? s[1] : 0, sp > 0 ? refs[0] : null);
                }
                case 0x41, 0x43 -> s[sp++] = (int) r.constant;
                case 0x42, 0x44 -> s[sp++] = r.constant;
                case 0xFD_000C -> {
                    s[sp++] = r.v128Lo;
                    s[sp++] = r.v128Hi;
                }
                case 0xD0 -> refs[sp++] = null;
                case 0xD2 -> refs[sp++] = inst.funcs[r.a];
                case 0x23 -> {
                    GlobalInstance g = inst.globals[r.a];
                    refs[sp] = g.ref;
                    s[sp++] = g.value;
                    if (g.valType().kind() == dev.weft.engine.internal.model.ValType.Kind.V128) s[sp++] = g.hi;
                }
                case 0x6A -> { sp--; s[sp - 1] = (int) s[sp - 1] + (int) s[sp]; }
                case 0x6B -> { sp--; s[sp - 1] = (int) s[sp - 1] - (int) s[sp]; }
                case 0x6C -> { sp--; s[sp - 1] = (int) s[sp - 1] * (int) s[sp]; }
                case 0x7C -> { sp--; s[sp - 1] += s[sp]; }
                case 0x7D -> { sp--; s[sp - 1] -= s[sp]; }
                case 0x7E -> { sp--; s[sp - 1] *= s[sp]; }
                default -> {
                    if (op >>> 16 != 0xFB) throw new WeftBug("not a constant instruction: " + Op.name(op));
                    int[] imm = {r.a, r.b};
                    int need = sp + (op == 0xFB_0008 ? 0 : 2);
                    if (need + 2 > s.length) {
                        s = java.util.Arrays.copyOf(s, need * 2);
                        refs = java.util.Arrays.copyOf(refs, need * 2);
                    }
                    sp = GcOps.exec(inst, null, op, imm, 0, s, refs, sp);
                }
            }
        }
        throw new WeftBug("constant expression without end");
    }
}
