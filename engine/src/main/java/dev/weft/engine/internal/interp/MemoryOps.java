package dev.weft.engine.internal.interp;

import dev.weft.engine.internal.runtime.MemoryInstance;
import dev.weft.engine.internal.runtime.ModuleInstance;

/**
 * Memory instructions outside the interpreter's fast path: any memory index, memory64 addresses,
 * offsets of 2^31 and more, memory.size/grow, bulk memory and the SIMD loads and stores.
 * Immediates of accesses: memory index, offset low, offset high (and a lane for lane accesses).
 */
final class MemoryOps {
    private MemoryOps() {}

    /** The effective address, or -1 (which every access rejects) when it overflows. */
    static long address(MemoryInstance m, long base, long offset) {
        if (!m.is64()) base &= 0xFFFF_FFFFL;
        long a = base + offset;
        return (base | offset | a) < 0 ? -1 : a;
    }

    private static long offset(int[] code, int at) {
        return (code[at + 1] & 0xFFFF_FFFFL) | ((long) code[at + 2] << 32);
    }

    /** Unsigned value of an address-typed operand. */
    private static long addr(MemoryInstance m, long v) { return m.is64() ? v : v & 0xFFFF_FFFFL; }

    static int scalar(ExecContext ctx, ModuleInstance inst, int op, int[] code, int at, long[] s, int sp) {
        MemoryInstance m = inst.memories[code[at]];
        if (op == 0x3F) {
            s[sp] = m.size();
            return sp + 1;
        }
        if (op == 0x40) {
            long delta = addr(m, s[sp - 1]);
            long old = m.grow(delta);
            s[sp - 1] = m.is64() ? old : (int) old;
            return sp;
        }
        if (op >= 0x36) {
            long a = address(m, s[sp - 2], offset(code, at));
            long v = s[sp - 1];
            switch (op) {
                case 0x36, 0x38, 0x3E -> m.storeI32(a, (int) v);
                case 0x37, 0x39 -> m.storeI64(a, v);
                case 0x3A, 0x3C -> m.storeI8(a, (int) v);
                default -> m.storeI16(a, (int) v);
            }
            return sp - 2;
        }
        long a = address(m, s[sp - 1], offset(code, at));
        s[sp - 1] = switch (op) {
            case 0x28, 0x2A, 0x34 -> m.loadI32(a);
            case 0x29, 0x2B -> m.loadI64(a);
            case 0x2C, 0x30 -> m.loadS8(a);
            case 0x2D, 0x31 -> m.loadU8(a);
            case 0x2E, 0x32 -> m.loadS16(a);
            case 0x2F, 0x33 -> m.loadU16(a);
            default -> m.loadI32(a) & 0xFFFF_FFFFL; // i64.load32_u
        };
        return sp;
    }

    /** memory.init, data.drop, memory.copy, memory.fill. */
    static int bulk(ModuleInstance inst, int op, int[] code, int at, long[] s, int sp) {
        switch (op & 0xFF) {
            case 0x08 -> {
                MemoryInstance m = inst.memories[code[at + 1]];
                m.init(addr(m, s[sp - 3]), inst.datas[code[at]], s[sp - 2] & 0xFFFF_FFFFL, s[sp - 1] & 0xFFFF_FFFFL);
                return sp - 3;
            }
            case 0x09 -> {
                inst.datas[code[at]] = EMPTY;
                return sp;
            }
            case 0x0A -> {
                MemoryInstance d = inst.memories[code[at]];
                MemoryInstance src = inst.memories[code[at + 1]];
                long len = d.is64() && src.is64() ? s[sp - 1] : s[sp - 1] & 0xFFFF_FFFFL;
                MemoryInstance.copy(d, addr(d, s[sp - 3]), src, addr(src, s[sp - 2]), len);
                return sp - 3;
            }
            default -> {
                MemoryInstance m = inst.memories[code[at]];
                m.fill(addr(m, s[sp - 3]), (int) s[sp - 2], addr(m, s[sp - 1]));
                return sp - 3;
            }
        }
    }

    private static final byte[] EMPTY = new byte[0];

    static boolean isSimdMemory(int op) {
        int sub = op & 0xFFFF;
        return sub <= 0x0B || (sub >= 0x54 && sub <= 0x5D);
    }

    /** SIMD loads and stores; immediates: memory, offset low, offset high, lane. */
    static int simd(ModuleInstance inst, int[] code, int at, long[] s, int sp) {
        int sub = code[at - 2] & 0xFFFF;
        MemoryInstance m = inst.memories[code[at]];
        long off = offset(code, at);
        int lane = code[at + 3];
        switch (sub) {
            case 0x0B -> { // v128.store
                long a = address(m, s[sp - 3], off);
                m.check(a, 16);
                m.storeI64(a, s[sp - 2]);
                m.storeI64(a + 8, s[sp - 1]);
                return sp - 3;
            }
            case 0x58, 0x59, 0x5A, 0x5B -> { // storeN_lane
                long a = address(m, s[sp - 3], off);
                int bytes = 1 << (sub - 0x58);
                long lanes = lane * bytes < 8 ? s[sp - 2] : s[sp - 1];
                long v = lanes >>> ((lane * bytes * 8) & 63);
                switch (bytes) {
                    case 1 -> m.storeI8(a, (int) v);
                    case 2 -> m.storeI16(a, (int) v);
                    case 4 -> m.storeI32(a, (int) v);
                    default -> m.storeI64(a, v);
                }
                return sp - 3;
            }
            case 0x54, 0x55, 0x56, 0x57 -> { // loadN_lane
                long a = address(m, s[sp - 3], off);
                int bytes = 1 << (sub - 0x54);
                long v = switch (bytes) {
                    case 1 -> m.loadU8(a);
                    case 2 -> m.loadU16(a);
                    case 4 -> m.loadI32(a) & 0xFFFF_FFFFL;
                    default -> m.loadI64(a);
                };
                int bit = lane * bytes * 8;
                int slot = bit < 64 ? sp - 2 : sp - 1;
                int shift = bit & 63;
                long mask = bytes == 8 ? -1L : ((1L << (bytes * 8)) - 1) << shift;
                s[slot] = (s[slot] & ~mask) | ((v << shift) & mask);
                s[sp - 3] = s[sp - 2];
                s[sp - 2] = s[sp - 1];
                return sp - 1;
            }
            default -> {
                long a = address(m, s[sp - 1], off);
                load(m, sub, a, s, sp - 1);
                return sp + 1;
            }
        }
    }

    /** The loads that produce a v128 from an address, writing it at {@code s[at]}, {@code s[at+1]}. */
    private static void load(MemoryInstance m, int sub, long a, long[] s, int at) {
        long lo;
        long hi;
        switch (sub) {
            case 0x00 -> {
                m.check(a, 16);
                lo = m.loadI64(a);
                hi = m.loadI64(a + 8);
            }
            case 0x01, 0x02, 0x03, 0x04, 0x05, 0x06 -> { // extending loads of 8 bytes
                long v = m.loadI64(a);
                int from = sub <= 0x02 ? 8 : sub <= 0x04 ? 16 : 32;
                boolean signed = (sub & 1) == 1;
                lo = widen(v, from, signed, 0);
                hi = widen(v, from, signed, 32);
            }
            case 0x07 -> lo = hi = splat(m.loadU8(a), 8);
            case 0x08 -> lo = hi = splat(m.loadU16(a), 16);
            case 0x09 -> lo = hi = splat(m.loadI32(a) & 0xFFFF_FFFFL, 32);
            case 0x0A -> lo = hi = m.loadI64(a);
            case 0x5C -> {
                lo = m.loadI32(a) & 0xFFFF_FFFFL;
                hi = 0;
            }
            default -> { // 0x5D v128.load64_zero
                lo = m.loadI64(a);
                hi = 0;
            }
        }
        s[at] = lo;
        s[at + 1] = hi;
    }

    /** Widens the narrow lanes found in bits {@code [start, start+32)} of {@code v} to double width. */
    private static long widen(long v, int from, boolean signed, int start) {
        long out = 0;
        int n = 32 / from;
        for (int i = 0; i < n; i++) {
            long lane = v >>> (start + i * from);
            lane = signed ? (lane << (64 - from)) >> (64 - from) : lane & ((1L << from) - 1);
            int to = from * 2;
            long mask = to == 64 ? -1L : (1L << to) - 1;
            out |= (lane & mask) << (i * to);
        }
        return out;
    }

    private static long splat(long v, int width) {
        long out = 0;
        for (int i = 0; i < 64; i += width) out |= v << i;
        return out;
    }
}
