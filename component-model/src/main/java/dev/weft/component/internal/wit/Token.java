package dev.weft.component.internal.wit;

/**
 * One WIT token. {@code text} is the identifier (without a leading {@code %}), the integer digits, or
 * the decoded string; {@code docs} holds the doc comments ({@code ///}, {@code /** *}{@code /}) that
 * precede the token, or null.
 */
public record Token(Kind kind, String text, int start, int end, boolean escaped, String docs) {
    public enum Kind {
        ID, INTEGER, STRING, EQUALS, COMMA, COLON, SEMICOLON, LPAREN, RPAREN, LBRACE, RBRACE, LT, GT, STAR,
        ARROW, SLASH, DOT, AT, UNDERSCORE, EOF
    }

    /** A bare identifier that is one of WIT's keywords. */
    public boolean isKeyword() { return kind == Kind.ID && !escaped && Keywords.isKeyword(text); }

    public boolean isKeyword(String word) { return kind == Kind.ID && !escaped && text.equals(word); }

    /** How error messages describe this token. */
    public String describe() {
        return switch (kind) {
            case ID -> isKeyword() ? "keyword `" + text + "`" : "an identifier";
            case INTEGER -> "an integer";
            case STRING -> "a string";
            case EOF -> "eof";
            default -> "'" + symbol(kind) + "'";
        };
    }

    public static String symbol(Kind kind) {
        return switch (kind) {
            case EQUALS -> "=";
            case COMMA -> ",";
            case COLON -> ":";
            case SEMICOLON -> ";";
            case LPAREN -> "(";
            case RPAREN -> ")";
            case LBRACE -> "{";
            case RBRACE -> "}";
            case LT -> "<";
            case GT -> ">";
            case STAR -> "*";
            case ARROW -> "->";
            case SLASH -> "/";
            case DOT -> ".";
            case AT -> "@";
            case UNDERSCORE -> "_";
            default -> kind.name().toLowerCase();
        };
    }
}
