package dev.weft.engine.internal.text;

/** Parses the lanes of {@code v128.const <shape> <lanes>} into 16 little-endian bytes. */
public final class V128Literal {
    private V128Literal() {}

    /** Lane count and byte width per shape keyword, or null for an unknown shape. */
    public static int[] shape(String s) {
        return switch (s) {
            case "i8x16" -> new int[] {16, 1};
            case "i16x8" -> new int[] {8, 2};
            case "i32x4", "f32x4" -> new int[] {4, 4};
            case "i64x2", "f64x2" -> new int[] {2, 8};
            default -> null;
        };
    }

    public static byte[] parse(SExpr.Atom shapeAtom, Cursor c) {
        int[] sh = shapeAtom.kind() == SExpr.Kind.WORD ? shape(shapeAtom.text()) : null;
        if (sh == null) throw TextErrors.malformed("unexpected token", shapeAtom);
        byte[] out = new byte[16];
        boolean isFloat = shapeAtom.text().charAt(0) == 'f';
        java.util.List<SExpr.Atom> lanes = CodeEncoder.numbers(c);
        if (lanes.size() != sh[0]) throw TextErrors.malformed("wrong number of lane literals", shapeAtom);
        for (int lane = 0; lane < sh[0]; lane++) {
            out = putLane(out, lane, sh[1], laneBits(lanes.get(lane), sh[1], isFloat));
        }
        return out;
    }

    /** The bits of one lane literal of the given byte width. */
    public static long laneBits(SExpr.Atom a, int width, boolean isFloat) {
        if (isFloat) {
            return width == 4 ? NumberLiterals.f32Bits(a) & 0xFFFFFFFFL : NumberLiterals.f64Bits(a);
        }
        return NumberLiterals.intBits(a, width * 8);
    }

    static byte[] putLane(byte[] out, int lane, int width, long bits) {
        for (int i = 0; i < width; i++) out[lane * width + i] = (byte) (bits >>> (8 * i));
        return out;
    }
}
