package dev.weft.engine.internal.numeric;

import java.util.function.Supplier;

/**
 * Test-side mapping from scalar instruction names to this package's operations (and, for f32/f64
 * add/sub/mul/div, to the Java operators the interpreter uses directly, whose NaN behaviour the
 * package documentation relies on). Operands are stack slots as the interpreter keeps them.
 */
final class ScalarDispatch {
    private ScalarDispatch() {}

    static int apply(String op, long[] s, int sp, Supplier<RuntimeException> unsupported) {
        int a = (int) s[sp - 1];
        long l = s[sp - 1];
        float f = Float.intBitsToFloat(a);
        double d = Double.longBitsToDouble(l);
        // unary
        Long r = switch (op) {
            case "f32.ceil" -> f32(FloatOps.ceil(f));
            case "f32.floor" -> f32(FloatOps.floor(f));
            case "f32.trunc" -> f32(FloatOps.trunc(f));
            case "f32.nearest" -> f32(FloatOps.nearest(f));
            case "f32.sqrt" -> f32(FloatOps.sqrt(f));
            case "f32.abs" -> (long) FloatOps.f32Abs(a);
            case "f32.neg" -> (long) FloatOps.f32Neg(a);
            case "f64.ceil" -> f64(FloatOps.ceil(d));
            case "f64.floor" -> f64(FloatOps.floor(d));
            case "f64.trunc" -> f64(FloatOps.trunc(d));
            case "f64.nearest" -> f64(FloatOps.nearest(d));
            case "f64.sqrt" -> f64(FloatOps.sqrt(d));
            case "f64.abs" -> FloatOps.f64Abs(l);
            case "f64.neg" -> FloatOps.f64Neg(l);
            case "i32.trunc_f32_s" -> (long) Conversions.i32TruncF32S(f);
            case "i32.trunc_f32_u" -> (long) Conversions.i32TruncF32U(f);
            case "i32.trunc_f64_s" -> (long) Conversions.i32TruncF64S(d);
            case "i32.trunc_f64_u" -> (long) Conversions.i32TruncF64U(d);
            case "i64.trunc_f32_s" -> Conversions.i64TruncF32S(f);
            case "i64.trunc_f32_u" -> Conversions.i64TruncF32U(f);
            case "i64.trunc_f64_s" -> Conversions.i64TruncF64S(d);
            case "i64.trunc_f64_u" -> Conversions.i64TruncF64U(d);
            case "i32.trunc_sat_f32_s" -> (long) Conversions.i32TruncSatF32S(f);
            case "i32.trunc_sat_f32_u" -> (long) Conversions.i32TruncSatF32U(f);
            case "i32.trunc_sat_f64_s" -> (long) Conversions.i32TruncSatF64S(d);
            case "i32.trunc_sat_f64_u" -> (long) Conversions.i32TruncSatF64U(d);
            case "i64.trunc_sat_f32_s" -> Conversions.i64TruncSatF32S(f);
            case "i64.trunc_sat_f32_u" -> Conversions.i64TruncSatF32U(f);
            case "i64.trunc_sat_f64_s" -> Conversions.i64TruncSatF64S(d);
            case "i64.trunc_sat_f64_u" -> Conversions.i64TruncSatF64U(d);
            case "f32.convert_i32_s" -> f32(Conversions.f32ConvertI32S(a));
            case "f32.convert_i32_u" -> f32(Conversions.f32ConvertI32U(a));
            case "f32.convert_i64_s" -> f32(Conversions.f32ConvertI64S(l));
            case "f32.convert_i64_u" -> f32(Conversions.f32ConvertI64U(l));
            case "f64.convert_i32_s" -> f64(Conversions.f64ConvertI32S(a));
            case "f64.convert_i32_u" -> f64(Conversions.f64ConvertI32U(a));
            case "f64.convert_i64_s" -> f64(Conversions.f64ConvertI64S(l));
            case "f64.convert_i64_u" -> f64(Conversions.f64ConvertI64U(l));
            case "f32.demote_f64" -> f32(Conversions.f32DemoteF64(d));
            case "f64.promote_f32" -> f64(Conversions.f64PromoteF32(f));
            default -> null;
        };
        if (r != null) {
            s[sp - 1] = r;
            return sp;
        }
        if (sp < 2) throw unsupported.get();
        int a2 = (int) s[sp - 2];
        long l2 = s[sp - 2];
        float f2 = Float.intBitsToFloat(a2);
        double d2 = Double.longBitsToDouble(l2);
        // binary: first operand a2/l2/f2/d2, second a/l/f/d
        r = switch (op) {
            case "i32.div_s" -> (long) IntOps.divS(a2, a);
            case "i32.div_u" -> (long) IntOps.divU(a2, a);
            case "i32.rem_s" -> (long) IntOps.remS(a2, a);
            case "i32.rem_u" -> (long) IntOps.remU(a2, a);
            case "i64.div_s" -> IntOps.divS(l2, l);
            case "i64.div_u" -> IntOps.divU(l2, l);
            case "i64.rem_s" -> IntOps.remS(l2, l);
            case "i64.rem_u" -> IntOps.remU(l2, l);
            case "f32.add" -> f32(f2 + f);
            case "f32.sub" -> f32(f2 - f);
            case "f32.mul" -> f32(f2 * f);
            case "f32.div" -> f32(f2 / f);
            case "f32.min" -> f32(FloatOps.min(f2, f));
            case "f32.max" -> f32(FloatOps.max(f2, f));
            case "f32.copysign" -> (long) FloatOps.f32Copysign(a2, a);
            case "f64.add" -> f64(d2 + d);
            case "f64.sub" -> f64(d2 - d);
            case "f64.mul" -> f64(d2 * d);
            case "f64.div" -> f64(d2 / d);
            case "f64.min" -> f64(FloatOps.min(d2, d));
            case "f64.max" -> f64(FloatOps.max(d2, d));
            case "f64.copysign" -> FloatOps.f64Copysign(l2, l);
            default -> throw unsupported.get();
        };
        s[sp - 2] = r;
        return sp - 1;
    }

    private static long f32(float x) { return Float.floatToRawIntBits(x) & 0xFFFF_FFFFL; }

    private static long f64(double x) { return Double.doubleToRawLongBits(x); }
}
