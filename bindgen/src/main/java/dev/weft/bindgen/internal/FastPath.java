package dev.weft.bindgen.internal;

import dev.weft.component.wit.WitFunction;
import dev.weft.component.wit.WitType;

/**
 * Which exported functions take the typed fast path ({@code TypedExport}): parameters and result are
 * scalars, strings or lists of numbers, parameters flatten to at most 16 core values, and the
 * function is not a resource method. The {@code TypedArgs}/{@code TypedResult} method for each type.
 */
final class FastPath {
    private static final int MAX_FLAT_PARAMS = 16;

    private FastPath() {}

    static boolean eligible(WitFunction f) {
        if (f.kind() == WitFunction.Kind.METHOD || f.isAsync()) return false;
        int flat = 0;
        for (WitFunction.Param p : f.params()) {
            String m = method(p.type());
            if (m == null) return false;
            flat += isPair(p.type()) ? 2 : 1;
        }
        return flat <= MAX_FLAT_PARAMS && (f.result() == null || method(f.result()) != null);
    }

    /** The TypedArgs/TypedResult method name for {@code type}, or null if the fast path cannot carry it. */
    static String method(WitType type) {
        WitType t = TypeMapper.resolve(type);
        if (t instanceof WitType.Primitive p) {
            return switch (p) {
                case BOOL -> "bool";
                case CHAR -> "codePoint";
                case STRING -> "string";
                case ERROR_CONTEXT -> null;
                default -> p.witName();
            };
        }
        if (t instanceof WitType.ListType l && !l.isFixed() && TypeMapper.resolve(l.element()) instanceof WitType.Primitive p) {
            return switch (p) {
                case U8, S8, U16, S16, U32, S32, U64, S64, F32, F64 -> p.witName() + "s";
                default -> null;
            };
        }
        return null;
    }

    private static boolean isPair(WitType type) {
        WitType t = TypeMapper.resolve(type);
        return t == WitType.Primitive.STRING || t instanceof WitType.ListType;
    }
}
