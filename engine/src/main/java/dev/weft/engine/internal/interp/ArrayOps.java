package dev.weft.engine.internal.interp;

import dev.weft.engine.TrapException;
import dev.weft.engine.internal.runtime.ArrayObject;
import dev.weft.engine.internal.runtime.ModuleInstance;
import dev.weft.engine.internal.runtime.TableInstance;

import static dev.weft.engine.internal.runtime.ArrayObject.K_I16;
import static dev.weft.engine.internal.runtime.ArrayObject.K_I32;
import static dev.weft.engine.internal.runtime.ArrayObject.K_I64;
import static dev.weft.engine.internal.runtime.ArrayObject.K_I8;
import static dev.weft.engine.internal.runtime.ArrayObject.K_REF;
import static dev.weft.engine.internal.runtime.ArrayObject.K_V128;

/** GC array instructions (0xFB 0x06..0x13). */
final class ArrayOps {
    private ArrayOps() {}

    private static TrapException oob() { return new TrapException("out of bounds array access"); }

    /** Slots an element value of this kind takes on the operand stack. */
    private static int slots(int kind) { return kind == K_V128 ? 2 : 1; }

    static int exec(ModuleInstance inst, int sub, int[] code, int at, long[] s, Object[] r, int sp) {
        switch (sub) {
            case 0x06 -> { // array.new t: [init, len]
                int t = code[at];
                int k = inst.arrayKinds[t];
                int n = slots(k);
                int len = length(s[sp - 1]);
                ArrayObject a = new ArrayObject(inst.types[t], k, len);
                int v = sp - 1 - n;
                for (int i = 0; i < len; i++) set(a, i, s, r, v);
                r[v] = a;
                return v + 1;
            }
            case 0x07 -> { // array.new_default t: [len]
                int t = code[at];
                r[sp - 1] = new ArrayObject(inst.types[t], inst.arrayKinds[t], length(s[sp - 1]));
                return sp;
            }
            case 0x08 -> { // array.new_fixed t n
                int t = code[at];
                int len = code[at + 1];
                int k = inst.arrayKinds[t];
                int n = slots(k);
                ArrayObject a = new ArrayObject(inst.types[t], k, len);
                int from = sp - len * n;
                for (int i = 0; i < len; i++) set(a, i, s, r, from + i * n);
                for (int i = from; i < sp; i++) r[i] = null;
                r[from] = a;
                return from + 1;
            }
            case 0x09 -> { // array.new_data t d: [offset, len]
                int t = code[at];
                int k = inst.arrayKinds[t];
                long len = s[sp - 1] & 0xFFFF_FFFFL;
                byte[] data = inst.datas[code[at + 1]];
                long off = s[sp - 2] & 0xFFFF_FFFFL;
                if (off + len * elementSize(k) > data.length) throw new TrapException("out of bounds memory access");
                ArrayObject a = new ArrayObject(inst.types[t], k, (int) len);
                initData(a, 0, data, off, (int) len);
                r[sp - 2] = a;
                return sp - 1;
            }
            case 0x0A -> { // array.new_elem t e: [offset, len]
                int t = code[at];
                long n = s[sp - 1] & 0xFFFF_FFFFL;
                Object[] e = inst.elems[code[at + 1]];
                long off = s[sp - 2] & 0xFFFF_FFFFL;
                if (off + n > e.length) throw TableInstance.oob();
                int len = (int) n;
                ArrayObject a = new ArrayObject(inst.types[t], K_REF, len);
                System.arraycopy(e, (int) off, a.data, 0, len);
                r[sp - 2] = a;
                return sp - 1;
            }
            case 0x0B, 0x0C, 0x0D -> { // array.get(_s/_u): [ref, index]
                ArrayObject a = GcOps.nonNullArray(r[sp - 2]);
                r[sp - 2] = null;
                int i = index(a, s[sp - 1]);
                return get(a, i, sub, s, r, sp - 2);
            }
            case 0x0E -> { // array.set: [ref, index, value]
                int n = slots(inst.arrayKinds[code[at]]);
                int base = sp - 2 - n;
                ArrayObject a = GcOps.nonNullArray(r[base]);
                int i = index(a, s[base + 1]);
                set(a, i, s, r, base + 2);
                for (int j = base; j < sp; j++) r[j] = null;
                return base;
            }
            case 0x0F -> { // array.len
                ArrayObject a = GcOps.nonNullArray(r[sp - 1]);
                r[sp - 1] = null;
                s[sp - 1] = a.length;
                return sp;
            }
            case 0x10 -> { // array.fill: [ref, offset, value, n]
                int vs = slots(inst.arrayKinds[code[at]]);
                int base = sp - 3 - vs;
                ArrayObject a = GcOps.nonNullArray(r[base]);
                long off = s[base + 1] & 0xFFFF_FFFFL;
                long n = s[sp - 1] & 0xFFFF_FFFFL;
                if (off + n > a.length) throw oob();
                for (int i = 0; i < n; i++) set(a, (int) off + i, s, r, base + 2);
                for (int j = base; j < sp; j++) r[j] = null;
                return base;
            }
            case 0x11 -> { // array.copy: [dst, doff, src, soff, n]
                int base = sp - 5;
                ArrayObject d = GcOps.nonNullArray(r[base]);
                ArrayObject src = GcOps.nonNullArray(r[base + 2]);
                long doff = s[base + 1] & 0xFFFF_FFFFL;
                long soff = s[base + 3] & 0xFFFF_FFFFL;
                long n = s[base + 4] & 0xFFFF_FFFFL;
                if (doff + n > d.length || soff + n > src.length) throw oob();
                int scale = d.kind == K_V128 ? 2 : 1;
                System.arraycopy(src.data, (int) soff * scale, d.data, (int) doff * scale, (int) n * scale);
                r[base] = null;
                r[base + 2] = null;
                return base;
            }
            case 0x12 -> { // array.init_data: [ref, doff, soff, n]
                int base = sp - 4;
                ArrayObject a = GcOps.nonNullArray(r[base]);
                long doff = s[base + 1] & 0xFFFF_FFFFL;
                long n = s[base + 3] & 0xFFFF_FFFFL;
                if (doff + n > a.length) throw oob();
                initData(a, (int) doff, inst.datas[code[at + 1]], s[base + 2] & 0xFFFF_FFFFL, (int) n);
                r[base] = null;
                return base;
            }
            default -> { // 0x13 array.init_elem: [ref, doff, soff, n]
                int base = sp - 4;
                ArrayObject a = GcOps.nonNullArray(r[base]);
                long doff = s[base + 1] & 0xFFFF_FFFFL;
                long soff = s[base + 2] & 0xFFFF_FFFFL;
                long n = s[base + 3] & 0xFFFF_FFFFL;
                Object[] e = inst.elems[code[at + 1]];
                if (doff + n > a.length) throw oob();
                if (soff + n > e.length) throw TableInstance.oob();
                System.arraycopy(e, (int) soff, a.data, (int) doff, (int) n);
                r[base] = null;
                return base;
            }
        }
    }

    private static int length(long v) {
        long len = v & 0xFFFF_FFFFL;
        // Arrays this large cannot be represented on the JVM; the spec lets allocation fail.
        if (len > Integer.MAX_VALUE - 16) throw new TrapException("out of memory: array too large");
        return (int) len;
    }

    private static int index(ArrayObject a, long v) {
        long i = v & 0xFFFF_FFFFL;
        if (i >= a.length) throw oob();
        return (int) i;
    }

    /** Pushes element {@code i} at {@code s/r[at]}; returns the new sp. */
    private static int get(ArrayObject a, int i, int sub, long[] s, Object[] r, int at) {
        switch (a.kind) {
            case K_I8 -> s[at] = sub == 0x0C ? ((byte[]) a.data)[i] : ((byte[]) a.data)[i] & 0xFF;
            case K_I16 -> s[at] = sub == 0x0C ? ((short[]) a.data)[i] : ((short[]) a.data)[i] & 0xFFFF;
            case K_I32 -> s[at] = ((int[]) a.data)[i];
            case K_I64 -> s[at] = ((long[]) a.data)[i];
            case K_V128 -> {
                long[] d = (long[]) a.data;
                s[at] = d[2 * i];
                s[at + 1] = d[2 * i + 1];
                return at + 2;
            }
            default -> r[at] = ((Object[]) a.data)[i];
        }
        return at + 1;
    }

    /** Stores the value at {@code s/r[at]} into element {@code i}. */
    private static void set(ArrayObject a, int i, long[] s, Object[] r, int at) {
        switch (a.kind) {
            case K_I8 -> ((byte[]) a.data)[i] = (byte) s[at];
            case K_I16 -> ((short[]) a.data)[i] = (short) s[at];
            case K_I32 -> ((int[]) a.data)[i] = (int) s[at];
            case K_I64 -> ((long[]) a.data)[i] = s[at];
            case K_V128 -> {
                long[] d = (long[]) a.data;
                d[2 * i] = s[at];
                d[2 * i + 1] = s[at + 1];
            }
            default -> ((Object[]) a.data)[i] = r[at];
        }
    }

    /** Copies {@code n} elements decoded little-endian from {@code data[off..]} into {@code a[at..]}. */
    private static int elementSize(int kind) {
        return switch (kind) {
            case K_I8 -> 1;
            case K_I16 -> 2;
            case K_I32 -> 4;
            case K_I64 -> 8;
            default -> 16;
        };
    }

    private static void initData(ArrayObject a, int at, byte[] data, long off, int n) {
        int size = elementSize(a.kind);
        if (off + (long) n * size > data.length) throw new TrapException("out of bounds memory access");
        int p = (int) off;
        for (int i = 0; i < n; i++, p += size) {
            switch (a.kind) {
                case K_I8 -> ((byte[]) a.data)[at + i] = data[p];
                case K_I16 -> ((short[]) a.data)[at + i] = (short) le(data, p, 2);
                case K_I32 -> ((int[]) a.data)[at + i] = (int) le(data, p, 4);
                case K_I64 -> ((long[]) a.data)[at + i] = le(data, p, 8);
                default -> {
                    long[] d = (long[]) a.data;
                    d[2 * (at + i)] = le(data, p, 8);
                    d[2 * (at + i) + 1] = le(data, p + 8, 8);
                }
            }
        }
    }

    private static long le(byte[] b, int p, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) v = (v << 8) | (b[p + i] & 0xFF);
        return v;
    }
}
