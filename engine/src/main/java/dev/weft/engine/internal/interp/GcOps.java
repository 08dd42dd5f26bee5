package dev.weft.engine.internal.interp;

import dev.weft.engine.I31;
import dev.weft.engine.TrapException;
import dev.weft.engine.internal.model.ValType;
import dev.weft.engine.internal.runtime.ArrayObject;
import dev.weft.engine.internal.runtime.ModuleInstance;
import dev.weft.engine.internal.runtime.StructLayout;
import dev.weft.engine.internal.runtime.StructObject;

/** GC instructions (0xFB prefix): structs, arrays, i31 and casts. */
final class GcOps {
    private GcOps() {}

    static int exec(ModuleInstance inst, CompiledFunction cf, int op, int[] code, int at, long[] s, Object[] r, int sp) {
        int sub = op & 0xFF;
        if (sub <= 0x05) return struct(inst, sub, code, at, s, r, sp);
        if (sub <= 0x13) return ArrayOps.exec(inst, sub, code, at, s, r, sp);
        switch (sub) {
            case 0x14, 0x15 -> {
                s[sp - 1] = cf.casts[code[at]].test(r[sp - 1]) ? 1 : 0;
                r[sp - 1] = null;
                return sp;
            }
            case 0x16, 0x17 -> {
                if (!cf.casts[code[at]].test(r[sp - 1])) throw new TrapException("cast failure");
                return sp;
            }
            case 0x1C -> {
                r[sp - 1] = new I31((int) s[sp - 1]);
                return sp;
            }
            case 0x1D, 0x1E -> {
                Object v = r[sp - 1];
                if (v == null) throw new TrapException("null i31 reference");
                r[sp - 1] = null;
                I31 i = (I31) v;
                s[sp - 1] = sub == 0x1D ? i.signed() : i.unsigned();
                return sp;
            }
            default -> { // any.convert_extern, extern.convert_any: same Java object
                return sp;
            }
        }
    }

    private static int struct(ModuleInstance inst, int sub, int[] code, int at, long[] s, Object[] r, int sp) {
        int t = code[at];
        StructLayout layout = inst.structLayouts[t];
        switch (sub) {
            case 0x00 -> {
                StructObject o = new StructObject(inst.types[t], layout);
                int n = 0;
                for (ValType f : layout.storage) n += f.unpacked().slots();
                int from = sp - n;
                int at2 = from;
                for (int i = 0; i < layout.storage.length; i++) {
                    at2 = store(o, layout, i, s, r, at2);
                }
                for (int i = from; i < sp; i++) r[i] = null;
                r[from] = o;
                return from + 1;
            }
            case 0x01 -> {
                r[sp] = new StructObject(inst.types[t], layout);
                return sp + 1;
            }
            case 0x05 -> {
                int f = code[at + 1];
                ValType st = layout.storage[f];
                int n = st.unpacked().slots();
                StructObject o = (StructObject) r[sp - 1 - n];
                if (o == null) throw new TrapException("null structure reference");
                store(o, layout, f, s, r, sp - n);
                r[sp - 1] = null;
                r[sp - 1 - n] = null;
                return sp - 1 - n;
            }
            default -> { // struct.get, get_s, get_u
                int f = code[at + 1];
                StructObject o = (StructObject) r[sp - 1];
                if (o == null) throw new TrapException("null structure reference");
                r[sp - 1] = null;
                ValType st = layout.storage[f];
                int slot = layout.slot[f];
                switch (st.kind()) {
                    case REF -> r[sp - 1] = o.refs[slot];
                    case V128 -> {
                        s[sp - 1] = o.prims[slot];
                        s[sp] = o.prims[slot + 1];
                        return sp + 1;
                    }
                    case I8 -> s[sp - 1] = sub == 0x03 ? (byte) o.prims[slot] : o.prims[slot] & 0xFF;
                    case I16 -> s[sp - 1] = sub == 0x03 ? (short) o.prims[slot] : o.prims[slot] & 0xFFFF;
                    default -> s[sp - 1] = o.prims[slot];
                }
                return sp;
            }
        }
    }

    /** Stores the value at {@code s/r[at]} into field {@code f}; returns the slot after it. */
    private static int store(StructObject o, StructLayout layout, int f, long[] s, Object[] r, int at) {
        ValType st = layout.storage[f];
        int slot = layout.slot[f];
        switch (st.kind()) {
            case REF -> o.refs[slot] = r[at];
            case V128 -> {
                o.prims[slot] = s[at];
                o.prims[slot + 1] = s[at + 1];
                return at + 2;
            }
            case I8 -> o.prims[slot] = s[at] & 0xFF;
            case I16 -> o.prims[slot] = s[at] & 0xFFFF;
            default -> o.prims[slot] = s[at];
        }
        return at + 1;
    }

    static StructObject struct(Object o) {
        if (o == null) throw new TrapException("null structure reference");
        return (StructObject) o;
    }

    /** An element index checked against the array's length. */
    static int index(ArrayObject a, long v) {
        long i = v & 0xFFFF_FFFFL;
        if (i >= a.length) throw new TrapException("out of bounds array access");
        return (int) i;
    }

    static ArrayObject nonNullArray(Object o) {
        if (o == null) throw new TrapException("null array reference");
        return (ArrayObject) o;
    }
}
