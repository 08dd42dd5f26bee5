package dev.weft.conformance;

import dev.weft.engine.ExnRef;
import dev.weft.engine.Func;
import dev.weft.engine.GcObject;
import dev.weft.engine.I31;
import dev.weft.engine.V128;
import dev.weft.engine.internal.text.wast.WastExpected;
import dev.weft.engine.internal.text.wast.WastExpected.NanKind;
import dev.weft.engine.internal.text.wast.WastValue;

/** Converts script constants to Java values and matches results against {@code assert_return} patterns. */
final class ResultMatcher {
    private ResultMatcher() {}

    /** A host reference ({@code ref.extern N} / {@code ref.host N}): equal ids are the same reference. */
    record HostRef(int id) {
        @Override
        public String toString() { return "ref.host " + id; }
    }

    static Object toJava(WastValue v) {
        return switch (v) {
            case WastValue.I32 x -> x.bits();
            case WastValue.I64 x -> x.bits();
            case WastValue.F32 x -> Float.intBitsToFloat(x.bits());
            case WastValue.F64 x -> Double.longBitsToDouble(x.bits());
            case WastValue.V128 x -> new V128(x.lo(), x.hi());
            case WastValue.RefNull x -> null;
            case WastValue.RefExtern x -> new HostRef(x.id());
            case WastValue.RefHost x -> new HostRef(x.id());
        };
    }

    static boolean matches(WastExpected expected, Object got) {
        return switch (expected) {
            case WastExpected.Exact x -> exact(x.value(), got);
            case WastExpected.Nan n -> n.f64()
                    ? got instanceof Double d && isNan(Double.doubleToRawLongBits(d), 52, n.kind())
                    : got instanceof Float f && isNan(Float.floatToRawIntBits(f) & 0xFFFF_FFFFL, 23, n.kind());
            case WastExpected.VecLanes lanes -> got instanceof V128 v && lanesMatch(lanes, v);
            case WastExpected.NullRef n -> got == null;
            case WastExpected.RefOf r -> got != null && switch (r.kind()) {
                case FUNC -> got instanceof Func;
                case EXN -> got instanceof ExnRef;
                case EXTERN -> !(got instanceof Func) && !(got instanceof ExnRef);
                case ANY -> !(got instanceof Func) && !(got instanceof ExnRef);
                case EQ -> got instanceof I31 || got instanceof GcObject;
                case I31 -> got instanceof I31;
                case STRUCT -> got instanceof GcObject o && o.kind() == GcObject.Kind.STRUCT;
                case ARRAY -> got instanceof GcObject o && o.kind() == GcObject.Kind.ARRAY;
            };
            case WastExpected.Either e -> e.alternatives().stream().anyMatch(a -> matches(a, got));
        };
    }

    private static boolean exact(WastValue want, Object got) {
        return switch (want) {
            case WastValue.F32 f -> got instanceof Float g && Float.floatToRawIntBits(g) == f.bits();
            case WastValue.F64 f -> got instanceof Double g && Double.doubleToRawLongBits(g) == f.bits();
            case WastValue.RefNull n -> got == null;
            default -> toJava(want).equals(got);
        };
    }

    private static boolean isNan(long bits, int mantissaBits, NanKind kind) {
        long expMask = mantissaBits == 52 ? 0x7FFL : 0xFFL;
        long exponent = (bits >>> mantissaBits) & expMask;
        long fraction = bits & ((1L << mantissaBits) - 1);
        if (exponent != expMask || fraction == 0) return false;
        long quiet = 1L << (mantissaBits - 1);
        return kind == NanKind.CANONICAL ? fraction == quiet : (fraction & quiet) != 0;
    }

    private static boolean lanesMatch(WastExpected.VecLanes want, V128 v) {
        int width = want.laneWidthBits();
        for (int i = 0; i < want.laneCount(); i++) {
            int bit = i * width;
            long half = bit < 64 ? v.lo() : v.hi();
            long lane = width == 64 ? half : (half >>> (bit & 63)) & ((1L << width) - 1);
            NanKind nan = want.laneNans()[i];
            if (nan != null) {
                if (!want.isFloat() || !isNan(lane, width == 64 ? 52 : 23, nan)) return false;
            } else {
                long bits = width == 64 ? want.laneBits()[i] : want.laneBits()[i] & ((1L << width) - 1);
                if (lane != bits) return false;
            }
        }
        return true;
    }

    static String show(Object o) {
        return switch (o) {
            case null -> "null";
            case Float f -> "f32 " + f + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
            case Double d -> "f64 " + d + " (0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
            case Integer i -> "i32 " + i;
            case Long l -> "i64 " + l;
            case V128 v -> String.format("v128 0x%016x_%016x", v.hi(), v.lo());
            default -> o.toString();
        };
    }
}
