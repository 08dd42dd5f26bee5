package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.decode.CodeReader;
import dev.weft.engine.internal.decode.Op;
import dev.weft.engine.internal.model.ValType;

/**
 * Typing of the SIMD instructions with immediates (v128.const, shuffle, lane extraction and
 * replacement); the plain SIMD operations are table-driven in {@link Signatures}.
 */
final class SimdTyping {
    private SimdTyping() {}

    /** Applies the typing of {@code op} if it is one of these instructions; returns false otherwise. */
    static boolean step(FunctionValidator v, CodeReader r, int op) {
        switch (op) {
            case Op.V128_CONST -> v.pushValue(ValType.V128);
            case Op.I8X16_SHUFFLE -> {
                for (int i = 0; i < 8; i++) {
                    if (((r.v128Lo >>> (8 * i)) & 0xFF) >= 32 || ((r.v128Hi >>> (8 * i)) & 0xFF) >= 32) {
                        throw v.fail("invalid lane index");
                    }
                }
                v.popValue(ValType.V128);
                v.popValue(ValType.V128);
                v.pushValue(ValType.V128);
            }
            case Op.I8X16_EXTRACT_LANE_S, Op.I8X16_EXTRACT_LANE_U -> extract(v, r, 16, ValType.I32);
            case Op.I16X8_EXTRACT_LANE_S, Op.I16X8_EXTRACT_LANE_U -> extract(v, r, 8, ValType.I32);
            case Op.I32X4_EXTRACT_LANE -> extract(v, r, 4, ValType.I32);
            case Op.I64X2_EXTRACT_LANE -> extract(v, r, 2, ValType.I64);
            case Op.F32X4_EXTRACT_LANE -> extract(v, r, 4, ValType.F32);
            case Op.F64X2_EXTRACT_LANE -> extract(v, r, 2, ValType.F64);
            case Op.I8X16_REPLACE_LANE -> replace(v, r, 16, ValType.I32);
            case Op.I16X8_REPLACE_LANE -> replace(v, r, 8, ValType.I32);
            case Op.I32X4_REPLACE_LANE -> replace(v, r, 4, ValType.I32);
            case Op.I64X2_REPLACE_LANE -> replace(v, r, 2, ValType.I64);
            case Op.F32X4_REPLACE_LANE -> replace(v, r, 4, ValType.F32);
            case Op.F64X2_REPLACE_LANE -> replace(v, r, 2, ValType.F64);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Checks a lane index against the shape's lane count. */
    static void lane(FunctionValidator v, int lane, int lanes) {
        if (Integer.compareUnsigned(lane, lanes) >= 0) throw v.fail("invalid lane index");
    }

    private static void extract(FunctionValidator v, CodeReader r, int lanes, ValType t) {
        lane(v, r.a, lanes);
        v.popValue(ValType.V128);
        v.pushValue(t);
    }

    private static void replace(FunctionValidator v, CodeReader r, int lanes, ValType t) {
        lane(v, r.a, lanes);
        v.popValue(t);
        v.popValue(ValType.V128);
        v.pushValue(ValType.V128);
    }
}
