package dev.weft.engine.internal.interp;

import dev.weft.engine.TrapException;
import dev.weft.engine.internal.runtime.ModuleInstance;
import dev.weft.engine.internal.runtime.TableInstance;

/** Table instructions, elem.drop, ref.eq and ref.as_non_null. */
final class TableOps {
    private TableOps() {}

    private static final Object[] EMPTY = new Object[0];

    /** Unsigned value of an operand of the table's address type. */
    private static long idx(TableInstance t, long v) { return t.is64() ? v : v & 0xFFFF_FFFFL; }

    static int exec(ModuleInstance inst, int op, int[] code, int at, long[] s, Object[] r, int sp) {
        switch (op) {
            case 0x25 -> { // table.get
                TableInstance t = inst.tables[code[at]];
                r[sp - 1] = t.getChecked(idx(t, s[sp - 1]));
                return sp;
            }
            case 0x26 -> { // table.set
                TableInstance t = inst.tables[code[at]];
                t.setChecked(idx(t, s[sp - 2]), r[sp - 1]);
                r[sp - 1] = null;
                return sp - 2;
            }
            case 0xD3 -> { // ref.eq
                s[sp - 2] = refEq(r[sp - 2], r[sp - 1]) ? 1 : 0;
                r[sp - 2] = null;
                r[sp - 1] = null;
                return sp - 1;
            }
            case 0xD0 -> { // ref.null (when the constant area is full)
                r[sp] = null;
                return sp + 1;
            }
            case 0xD4 -> { // ref.as_non_null
                if (r[sp - 1] == null) throw new TrapException("null reference");
                return sp;
            }
            case 0xFC_000C -> { // table.init elem table
                TableInstance t = inst.tables[code[at + 1]];
                Object[] e = inst.elems[code[at]];
                long d = idx(t, s[sp - 3]);
                long src = s[sp - 2] & 0xFFFF_FFFFL;
                long n = s[sp - 1] & 0xFFFF_FFFFL;
                if (src + n > e.length) throw TableInstance.oob();
                t.check(d, n);
                System.arraycopy(e, (int) src, t.elems, (int) d, (int) n);
                return sp - 3;
            }
            case 0xFC_000D -> { // elem.drop
                inst.elems[code[at]] = EMPTY;
                return sp;
            }
            case 0xFC_000E -> { // table.copy dst src
                TableInstance d = inst.tables[code[at]];
                TableInstance src = inst.tables[code[at + 1]];
                long n = d.is64() && src.is64() ? s[sp - 1] : s[sp - 1] & 0xFFFF_FFFFL;
                TableInstance.copy(d, idx(d, s[sp - 3]), src, idx(src, s[sp - 2]), n);
                return sp - 3;
            }
            case 0xFC_000F -> { // table.grow
                TableInstance t = inst.tables[code[at]];
                long old = t.growRaw(idx(t, s[sp - 1]), r[sp - 2]);
                r[sp - 2] = null;
                s[sp - 2] = t.is64() ? old : (int) old;
                return sp - 1;
            }
            case 0xFC_0010 -> { // table.size
                s[sp] = inst.tables[code[at]].size;
                return sp + 1;
            }
            default -> { // table.fill
                TableInstance t = inst.tables[code[at]];
                t.fill(idx(t, s[sp - 3]), r[sp - 2], idx(t, s[sp - 1]));
                r[sp - 2] = null;
                return sp - 3;
            }
        }
    }

    /** ref.eq: identity, except that i31 references compare by value. */
    static boolean refEq(Object a, Object b) {
        return a == b || (a instanceof dev.weft.engine.I31 x && x.equals(b));
    }
}
