package dev.weft.component.internal.model;

/**
 * A core value (or packed storage) type as written inside a component: {@code code} is the binary
 * type code (0x7f i32, 0x7e i64, 0x7d f32, 0x7c f64, 0x7b v128, 0x78 i8, 0x77 i16, 0x64 ref, 0x63 ref null).
 * For references, {@code heap} is a core type index (>= 0) or the negated abstract heap-type code.
 */
public record CoreValType(int code, boolean nullable, int heap) {
    public static final int I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, V128 = 0x7b, I8 = 0x78, I16 = 0x77,
            REF = 0x64;

    public static CoreValType numeric(int code) { return new CoreValType(code, false, 0); }

    public boolean isRef() { return code == REF; }

    @Override
    public String toString() {
        return switch (code) {
            case I32 -> "i32";
            case I64 -> "i64";
            case F32 -> "f32";
            case F64 -> "f64";
            case V128 -> "v128";
            case I8 -> "i8";
            case I16 -> "i16";
            default -> heap == -0x70 && nullable ? "funcref" : heap == -0x6f && nullable ? "externref"
                    : "(ref " + (nullable ? "null " : "") + (heap >= 0 ? Integer.toString(heap) : heapName(heap)) + ")";
        };
    }

    private static String heapName(int heap) {
        return switch (-heap) {
            case 0x70 -> "func";
            case 0x6f -> "extern";
            case 0x6e -> "any";
            case 0x6d -> "eq";
            case 0x6c -> "i31";
            case 0x6b -> "struct";
            case 0x6a -> "array";
            case 0x69 -> "exn";
            case 0x71 -> "none";
            case 0x72 -> "noextern";
            case 0x73 -> "nofunc";
            case 0x74 -> "noexn";
            default -> "heap" + heap;
        };
    }
}
