package dev.weft.engine.internal.interp;

import dev.weft.engine.internal.numeric.Conversions;

/** The saturating float-to-int conversions (0xFC 0..7). */
final class TruncSat {
    private TruncSat() {}

    static int exec(int op, long[] s, int sp) {
        long x = s[sp - 1];
        float f = Float.intBitsToFloat((int) x);
        double d = Double.longBitsToDouble(x);
        s[sp - 1] = switch (op & 0xFF) {
            case 0 -> Conversions.i32TruncSatF32S(f);
            case 1 -> Conversions.i32TruncSatF32U(f);
            case 2 -> Conversions.i32TruncSatF64S(d);
            case 3 -> Conversions.i32TruncSatF64U(d);
            case 4 -> Conversions.i64TruncSatF32S(f);
            case 5 -> Conversions.i64TruncSatF32U(f);
            case 6 -> Conversions.i64TruncSatF64S(d);
            default -> Conversions.i64TruncSatF64U(d);
        };
        return sp;
    }
}
