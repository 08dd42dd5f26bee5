package dev.weft.engine.internal.interp;

import dev.weft.engine.internal.numeric.Conversions;
import dev.weft.engine.internal.numeric.FloatOps;

/**
 * Numeric instructions kept out of the interpreter loop to keep it small: float rounding, min/max,
 * copysign, abs/neg, sqrt, the trapping and float conversions and the saturating truncations. Unary ones read s[a] and write
 * s[b]; binary ones write s[c] = s[a] op s[b] (absolute slot indices).
 */
final class NumericOps {
    private NumericOps() {}

    static void exec(int op, long[] s, int a, int b, int c) {
        switch (op) {
            case 0x8B -> s[b] = FloatOps.f32Abs((int) s[a]);
            case 0x8C -> s[b] = FloatOps.f32Neg((int) s[a]);
            case 0x8D -> s[b] = bits(FloatOps.ceil(f32(s[a])));
            case 0x8E -> s[b] = bits(FloatOps.floor(f32(s[a])));
            case 0x8F -> s[b] = bits(FloatOps.trunc(f32(s[a])));
            case 0x90 -> s[b] = bits(FloatOps.nearest(f32(s[a])));
            case 0x91 -> s[b] = bits(FloatOps.sqrt(f32(s[a])));
            case 0x96 -> s[c] = bits(FloatOps.min(f32(s[a]), f32(s[b])));
            case 0x97 -> s[c] = bits(FloatOps.max(f32(s[a]), f32(s[b])));
            case 0x98 -> s[c] = FloatOps.f32Copysign((int) s[a], (int) s[b]);
            case 0x99 -> s[b] = FloatOps.f64Abs(s[a]);
            case 0x9A -> s[b] = FloatOps.f64Neg(s[a]);
            case 0x9B -> s[b] = bits(FloatOps.ceil(f64(s[a])));
            case 0x9C -> s[b] = bits(FloatOps.floor(f64(s[a])));
            case 0x9D -> s[b] = bits(FloatOps.trunc(f64(s[a])));
            case 0x9E -> s[b] = bits(FloatOps.nearest(f64(s[a])));
            case 0x9F -> s[b] = bits(FloatOps.sqrt(f64(s[a])));
            case 0xA4 -> s[c] = bits(FloatOps.min(f64(s[a]), f64(s[b])));
            case 0xA5 -> s[c] = bits(FloatOps.max(f64(s[a]), f64(s[b])));
            case 0xA6 -> s[c] = FloatOps.f64Copysign(s[a], s[b]);
            case 0xA8 -> s[b] = Conversions.i32TruncF32S(f32(s[a]));
            case 0xA9 -> s[b] = Conversions.i32TruncF32U(f32(s[a]));
            case 0xAA -> s[b] = Conversions.i32TruncF64S(f64(s[a]));
            case 0xAB -> s[b] = Conversions.i32TruncF64U(f64(s[a]));
            case 0xAE -> s[b] = Conversions.i64TruncF32S(f32(s[a]));
            case 0xAF -> s[b] = Conversions.i64TruncF32U(f32(s[a]));
            case 0xB0 -> s[b] = Conversions.i64TruncF64S(f64(s[a]));
            case 0xB1 -> s[b] = Conversions.i64TruncF64U(f64(s[a]));
            case 0xB2 -> s[b] = bits(Conversions.f32ConvertI32S((int) s[a]));
            case 0xB3 -> s[b] = bits(Conversions.f32ConvertI32U((int) s[a]));
            case 0xB4 -> s[b] = bits(Conversions.f32ConvertI64S(s[a]));
            case 0xB5 -> s[b] = bits(Conversions.f32ConvertI64U(s[a]));
            case 0xB6 -> s[b] = bits(Conversions.f32DemoteF64(f64(s[a])));
            case 0xB7 -> s[b] = bits(Conversions.f64ConvertI32S((int) s[a]));
            case 0xB8 -> s[b] = bits(Conversions.f64ConvertI32U((int) s[a]));
            case 0xB9 -> s[b] = bits(Conversions.f64ConvertI64S(s[a]));
            case 0xBA -> s[b] = bits(Conversions.f64ConvertI64U(s[a]));
            case 0xBB -> s[b] = bits(Conversions.f64PromoteF32(f32(s[a])));
            case 0xC0 -> s[b] = (byte) s[a];
            case 0xC1 -> s[b] = (short) s[a];
            case 0xC2 -> s[b] = (byte) s[a];
            case 0xC3 -> s[b] = (short) s[a];
            case 0xC4 -> s[b] = (int) s[a];
            case 0xFC_0000 -> s[b] = Conversions.i32TruncSatF32S(f32(s[a]));
            case 0xFC_0001 -> s[b] = Conversions.i32TruncSatF32U(f32(s[a]));
            case 0xFC_0002 -> s[b] = Conversions.i32TruncSatF64S(f64(s[a]));
            case 0xFC_0003 -> s[b] = Conversions.i32TruncSatF64U(f64(s[a]));
            case 0xFC_0004 -> s[b] = Conversions.i64TruncSatF32S(f32(s[a]));
            case 0xFC_0005 -> s[b] = Conversions.i64TruncSatF32U(f32(s[a]));
            case 0xFC_0006 -> s[b] = Conversions.i64TruncSatF64S(f64(s[a]));
            case 0xFC_0007 -> s[b] = Conversions.i64TruncSatF64U(f64(s[a]));
            default -> throw new WeftBug("bad interpreter opcode " + op);
        }
    }

    private static float f32(long bits) { return Float.intBitsToFloat((int) bits); }

    private static double f64(long bits) { return Double.longBitsToDouble(bits); }

    private static long bits(float f) { return Float.floatToRawIntBits(f); }

    private static long bits(double d) { return Double.doubleToRawLongBits(d); }
}
