package dev.weft.engine.internal.text;

import dev.weft.engine.internal.decode.Op;
import java.util.Set;

/**
 * The keywords of the text format. The spec's lexer rejects any other lowercase word as
 * "unknown operator", while a known keyword in the wrong place is a syntax error
 * ("unexpected token"); this set lets the parser tell the two apart.
 */
final class Keywords {
    private Keywords() {}

    /** Keywords that are not instruction names (those come from {@link Op}). */
    private static final Set<String> GRAMMAR = Set.of(
            "module", "binary", "quote", "definition", "instance", "type", "rec", "sub", "final", "func",
            "struct", "array", "field", "mut", "param", "result", "local", "import", "export", "table",
            "memory", "global", "tag", "elem", "data", "start", "declare", "item", "offset", "then", "else",
            "end", "catch", "catch_ref", "catch_all", "catch_all_ref", "ref", "null", "shared", "pagesize",
            "i32", "i64", "f32", "f64", "v128", "i8", "i16",
            "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2",
            "any", "eq", "i31", "exn", "extern", "none", "nofunc", "noexn", "noextern",
            "anyref", "eqref", "i31ref", "structref", "arrayref", "funcref", "exnref", "externref",
            "nullref", "nullfuncref", "nullexnref", "nullexternref",
            "register", "invoke", "get", "either", "script", "input", "output",
            "assert_return", "assert_trap", "assert_exhaustion", "assert_exception", "assert_malformed",
            "assert_invalid", "assert_unlinkable", "assert_uninstantiable", "assert_malformed_custom",
            "assert_invalid_custom", "nan:canonical", "nan:arithmetic",
            "ref.host", "ref.extern", "ref.struct", "ref.array", "ref.eq", "ref.i31", "ref.exn", "ref.any");

    /** True if {@code word} (starting with a lowercase letter) is a token the text format knows. */
    static boolean isKnown(String word) {
        return GRAMMAR.contains(word) || Op.byName(word) >= 0
                || word.startsWith("offset=") || word.startsWith("align=")
                || NumberLiterals.isNumberSyntax(word);
    }

    /** True for known keywords that are not instructions. */
    static boolean isGrammar(String word) {
        return GRAMMAR.contains(word);
    }
}
