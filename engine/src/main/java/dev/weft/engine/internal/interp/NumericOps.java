package dev.weft.engine.internal.interp;

import dev.weft.engine.internal.numeric.Conversions;
import dev.weft.engine.internal.numeric.FloatOps;

/**
 * Numeric instructions kept out of the interpreter loop to keep it small: float rounding, min/max,
 * copysign, abs/neg, sqrt and the trapping and float conversions. Returns the new sp.
 */
final class NumericOps {
    private NumericOps() {}

    static int exec(int op, long[] s, int sp) {
        switch (op) {
            case 0x8B -> s[sp - 1] = FloatOps.f32Abs((int) s[sp - 1]);
            case 0x8C -> s[sp - 1] = FloatOps.f32Neg((int) s[sp - 1]);
            case 0x8D -> s[sp - 1] = bits(FloatOps.ceil(f32(s[sp - 1])));
            case 0x8E -> s[sp - 1] = bits(FloatOps.floor(f32(s[sp - 1])));
            case 0x8F -> s[sp - 1] = bits(FloatOps.trunc(f32(s[sp - 1])));
            case 0x90 -> s[sp - 1] = bits(FloatOps.nearest(f32(s[sp - 1])));
            case 0x91 -> s[sp - 1] = bits(FloatOps.sqrt(f32(s[sp - 1])));
            case 0x96 -> { sp--; s[sp - 1] = bits(FloatOps.min(f32(s[sp - 1]), f32(s[sp]))); }
            case 0x97 -> { sp--; s[sp - 1] = bits(FloatOps.max(f32(s[sp - 1]), f32(s[sp]))); }
            case 0x98 -> { sp--; s[sp - 1] = FloatOps.f32Copysign((int) s[sp - 1], (int) s[sp]); }
            case 0x99 -> s[sp - 1] = FloatOps.f64Abs(s[sp - 1]);
            case 0x9A -> s[sp - 1] = FloatOps.f64Neg(s[sp - 1]);
            case 0x9B -> s[sp - 1] = bits(FloatOps.ceil(f64(s[sp - 1])));
            case 0x9C -> s[sp - 1] = bits(FloatOps.floor(f64(s[sp - 1])));
            case 0x9D -> s[sp - 1] = bits(FloatOps.trunc(f64(s[sp - 1])));
            case 0x9E -> s[sp - 1] = bits(FloatOps.nearest(f64(s[sp - 1])));
            case 0x9F -> s[sp - 1] = bits(FloatOps.sqrt(f64(s[sp - 1])));
            case 0xA4 -> { sp--; s[sp - 1] = bits(FloatOps.min(f64(s[sp - 1]), f64(s[sp]))); }
            case 0xA5 -> { sp--; s[sp - 1] = bits(FloatOps.max(f64(s[sp - 1]), f64(s[sp]))); }
            case 0xA6 -> { sp--; s[sp - 1] = FloatOps.f64Copysign(s[sp - 1], s[sp]); }
            case 0xA8 -> s[sp - 1] = Conversions.i32TruncF32S(f32(s[sp - 1]));
            case 0xA9 -> s[sp - 1] = Conversions.i32TruncF32U(f32(s[sp - 1]));
            case 0xAA -> s[sp - 1] = Conversions.i32TruncF64S(f64(s[sp - 1]));
            case 0xAB -> s[sp - 1] = Conversions.i32TruncF64U(f64(s[sp - 1]));
            case 0xAE -> s[sp - 1] = Conversions.i64TruncF32S(f32(s[sp - 1]));
            case 0xAF -> s[sp - 1] = Conversions.i64TruncF32U(f32(s[sp - 1]));
            case 0xB0 -> s[sp - 1] = Conversions.i64TruncF64S(f64(s[sp - 1]));
            case 0xB1 -> s[sp - 1] = Conversions.i64TruncF64U(f64(s[sp - 1]));
            case 0xB2 -> s[sp - 1] = bits(Conversions.f32ConvertI32S((int) s[sp - 1]));
            case 0xB3 -> s[sp - 1] = bits(Conversions.f32ConvertI32U((int) s[sp - 1]));
            case 0xB4 -> s[sp - 1] = bits(Conversions.f32ConvertI64S(s[sp - 1]));
            case 0xB5 -> s[sp - 1] = bits(Conversions.f32ConvertI64U(s[sp - 1]));
            case 0xB6 -> s[sp - 1] = bits(Conversions.f32DemoteF64(f64(s[sp - 1])));
            case 0xB7 -> s[sp - 1] = bits(Conversions.f64ConvertI32S((int) s[sp - 1]));
            case 0xB8 -> s[sp - 1] = bits(Conversions.f64ConvertI32U((int) s[sp - 1]));
            case 0xB9 -> s[sp - 1] = bits(Conversions.f64ConvertI64S(s[sp - 1]));
            case 0xBA -> s[sp - 1] = bits(Conversions.f64ConvertI64U(s[sp - 1]));
            case 0xBB -> s[sp - 1] = bits(Conversions.f64PromoteF32(f32(s[sp - 1])));
            case 0xC0 -> s[sp - 1] = (byte) s[sp - 1];
            case 0xC1 -> s[sp - 1] = (short) s[sp - 1];
            case 0xC2 -> s[sp - 1] = (byte) s[sp - 1];
            case 0xC3 -> s[sp - 1] = (short) s[sp - 1];
            case 0xC4 -> s[sp - 1] = (int) s[sp - 1];
            default -> throw new IllegalStateException("bad interpreter opcode " + op);
        }
        return sp;
    }

    private static float f32(long bits) { return Float.intBitsToFloat((int) bits); }

    private static double f64(long bits) { return Double.longBitsToDouble(bits); }

    private static long bits(float f) { return Float.floatToRawIntBits(f); }

    private static long bits(double d) { return Double.doubleToRawLongBits(d); }
}
