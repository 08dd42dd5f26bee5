package dev.weft.engine.internal.model;

/**
 * Abstract heap types, encoded as negative ints (the negated binary code) so that a heap type fits
 * in one int: {@code >= 0} is a type index, {@code < 0} one of these constants.
 */
public final class HeapType {
    private HeapType() {}

    public static final int NOEXN = -0x74;
    public static final int NOFUNC = -0x73;
    public static final int NOEXTERN = -0x72;
    public static final int NONE = -0x71;
    public static final int FUNC = -0x70;
    public static final int EXTERN = -0x6F;
    public static final int ANY = -0x6E;
    public static final int EQ = -0x6D;
    public static final int I31 = -0x6C;
    public static final int STRUCT = -0x6B;
    public static final int ARRAY = -0x6A;
    public static final int EXN = -0x69;

    /** Maps a binary heap-type byte (0x69..0x74) to its constant, or returns 0 if it is not one. */
    public static int fromCode(int code) {
        return code >= 0x69 && code <= 0x74 ? -code : 0;
    }

    public static boolean isAbstract(int heap) { return heap < 0; }

    public static String toString(int heap) {
        return switch (heap) {
            case NOEXN -> "noexn";
            case NOFUNC -> "nofunc";
            case NOEXTERN -> "noextern";
            case NONE -> "none";
            case FUNC -> "func";
            case EXTERN -> "extern";
            case ANY -> "any";
            case EQ -> "eq";
            case I31 -> "i31";
            case STRUCT -> "struct";
            case ARRAY -> "array";
            case EXN -> "exn";
            default -> heap >= 0 ? Integer.toString(heap) : "?" + heap;
        };
    }
}
