package dev.weft.cli;

import dev.weft.engine.V128;

/** Prints wasm results the way the text format writes constants. */
final class Results {
    private Results() {}

    static String format(Object value) {
        return switch (value) {
            case null -> "null";
            case Float f -> Float.isNaN(f) ? "nan:0x" + Integer.toHexString(Float.floatToRawIntBits(f) & 0x7FFFFF) : f.toString();
            case Double d -> Double.isNaN(d) ? "nan:0x" + Long.toHexString(Double.doubleToRawLongBits(d) & 0xF_FFFF_FFFF_FFFFL) : d.toString();
            case V128 v -> String.format("v128.const i64x2 0x%016x 0x%016x", v.lo(), v.hi());
            default -> value.toString();
        };
    }
}
