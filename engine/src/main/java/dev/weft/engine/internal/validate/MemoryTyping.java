package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.MemoryType;
import dev.weft.engine.internal.model.ValType;

/**
 * Typing of memory instructions: scalar and vector loads/stores (memarg alignment and offset limits,
 * memory64 addresses, multi-memory) and the memory.* / data.drop instructions.
 */
final class MemoryTyping {
    private MemoryTyping() {}

    /** Applies the typing of {@code op} if it is a memory instruction; returns false otherwise. */
    static boolean step(FunctionValidator v, CodeReader r, int op) {
        switch (op) {
            case Op.MEMORY_SIZE -> v.pushValue(FunctionValidator.addr(v.memory(r.a)));
            case Op.MEMORY_GROW -> {
                ValType at = FunctionValidator.addr(v.memory(r.a));
                v.popValue(at);
                v.pushValue(at);
            }
            case Op.MEMORY_FILL -> {
                ValType at = FunctionValidator.addr(v.memory(r.a));
                v.popValue(at);
                v.popValue(ValType.I32);
                v.popValue(at);
            }
            case Op.MEMORY_COPY -> {
                MemoryType dst = v.memory(r.a);
                MemoryType src = v.memory(r.b);
                boolean both64 = dst.limits().is64() && src.limits().is64();
                v.popValue(both64 ? ValType.I64 : ValType.I32);
                v.popValue(FunctionValidator.addr(src));
                v.popValue(FunctionValidator.addr(dst));
            }
            case Op.MEMORY_INIT -> {
                MemoryType m = v.memory(r.b);
                v.checkData(r.a);
                v.popValue(ValType.I32);
                v.popValue(ValType.I32);
                v.popValue(FunctionValidator.addr(m));
            }
            case Op.DATA_DROP -> v.checkData(r.a);
            case Op.I32_LOAD -> load(v, r, 2, ValType.I32);
            case Op.I64_LOAD -> load(v, r, 3, ValType.I64);
            case Op.F32_LOAD -> load(v, r, 2, ValType.F32);
            case Op.F64_LOAD -> load(v, r, 3, ValType.F64);
            case Op.I32_LOAD8_S, Op.I32_LOAD8_U -> load(v, r, 0, ValType.I32);
            case Op.I32_LOAD16_S, Op.I32_LOAD16_U -> load(v, r, 1, ValType.I32);
            case Op.I64_LOAD8_S, Op.I64_LOAD8_U -> load(v, r, 0, ValType.I64);
            case Op.I64_LOAD16_S, Op.I64_LOAD16_U -> load(v, r, 1, ValType.I64);
            case Op.I64_LOAD32_S, Op.I64_LOAD32_U -> load(v, r, 2, ValType.I64);
            case Op.I32_STORE -> store(v, r, 2, ValType.I32);
            case Op.I64_STORE -> store(v, r, 3, ValType.I64);
            case Op.F32_STORE -> store(v, r, 2, ValType.F32);
            case Op.F64_STORE -> store(v, r, 3, ValType.F64);
            case Op.I32_STORE8 -> store(v, r, 0, ValType.I32);
            case Op.I32_STORE16 -> store(v, r, 1, ValType.I32);
            case Op.I64_STORE8 -> store(v, r, 0, ValType.I64);
            case Op.I64_STORE16 -> store(v, r, 1, ValType.I64);
            case Op.I64_STORE32 -> store(v, r, 2, ValType.I64);
            case Op.V128_LOAD -> load(v, r, 4, ValType.V128);
            case Op.V128_LOAD8X8_S, Op.V128_LOAD8X8_U, Op.V128_LOAD16X4_S, Op.V128_LOAD16X4_U,
                 Op.V128_LOAD32X2_S, Op.V128_LOAD32X2_U -> load(v, r, 3, ValType.V128);
            case Op.V128_LOAD8_SPLAT -> load(v, r, 0, ValType.V128);
            case Op.V128_LOAD16_SPLAT -> load(v, r, 1, ValType.V128);
            case Op.V128_LOAD32_SPLAT, Op.V128_LOAD32_ZERO -> load(v, r, 2, ValType.V128);
            case Op.V128_LOAD64_SPLAT, Op.V128_LOAD64_ZERO -> load(v, r, 3, ValType.V128);
            case Op.V128_STORE -> store(v, r, 4, ValType.V128);
            case Op.V128_LOAD8_LANE, Op.V128_LOAD16_LANE, Op.V128_LOAD32_LANE, Op.V128_LOAD64_LANE -> {
                int log2 = op - Op.V128_LOAD8_LANE;
                ValType at = memarg(v, r, log2);
                SimdTyping.lane(v, r.a, 16 >> log2);
                v.popValue(ValType.V128);
                v.popValue(at);
                v.pushValue(ValType.V128);
            }
            case Op.V128_STORE8_LANE, Op.V128_STORE16_LANE, Op.V128_STORE32_LANE, Op.V128_STORE64_LANE -> {
                int log2 = op - Op.V128_STORE8_LANE;
                ValType at = memarg(v, r, log2);
                SimdTyping.lane(v, r.a, 16 >> log2);
                v.popValue(ValType.V128);
                v.popValue(at);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Checks a memarg against its memory and the access's natural alignment; returns the address type. */
    private static ValType memarg(FunctionValidator v, CodeReader r, int naturalLog2) {
        MemoryType m = v.memory(r.memIndex);
        if (Integer.compareUnsigned(r.alignLog2, naturalLog2) > 0) {
            throw v.fail("alignment must not be larger than natural");
        }
        if (!m.limits().is64() && Long.compareUnsigned(r.memOffset, 0xFFFF_FFFFL) > 0) {
            throw v.fail("offset out of range");
        }
        return FunctionValidator.addr(m);
    }

    private static void load(FunctionValidator v, CodeReader r, int naturalLog2, ValType t) {
        v.popValue(memarg(v, r, naturalLog2));
        v.pushValue(t);
    }

    private static void store(FunctionValidator v, CodeReader r, int naturalLog2, ValType t) {
        ValType at = memarg(v, r, naturalLog2);
        v.popValue(t);
        v.popValue(at);
    }
}
