package dev.weft.component.internal.wit;

import dev.weft.component.internal.wit.Token.Kind;

/**
 * Splits WIT text into tokens on demand. Whitespace and comments are skipped; doc comments are
 * attached to the next token. Versions are not tokens: the parser asks for one with
 * {@link #version(int)} where the grammar expects it, because semver text overlaps several tokens.
 */
public final class Lexer {
    private final Source source;
    private final String text;
    private int pos;

    public Lexer(Source source) {
        this.source = source;
        this.text = source.text();
    }

    /** Restarts lexing at this offset (used after the parser looked ahead). */
    public void reset(int offset) { pos = offset; }

    public Token next() {
        StringBuilder docs = null;
        while (true) {
            skipSpace();
            if (pos >= text.length()) return new Token(Kind.EOF, "", pos, pos, false, str(docs));
            char c = text.charAt(pos);
            if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/') {
                int start = pos;
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end;
                if (text.startsWith("///", start) && !text.startsWith("////", start)) {
                    docs = appendDoc(docs, stripOne(text.substring(start + 3, pos).stripTrailing()));
                }
                continue;
            }
            if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
                int start = pos;
                skipBlockComment();
                if (text.startsWith("/**", start) && !text.startsWith("/**/", start) && pos - start >= 5) {
                    docs = appendDoc(docs, blockDoc(text.substring(start + 3, pos - 2)));
                }
                continue;
            }
            return token(str(docs));
        }
    }

    private Token token(String docs) {
        int start = pos;
        char c = text.charAt(pos);
        Kind single = switch (c) {
            case '=' -> Kind.EQUALS;
            case ',' -> Kind.COMMA;
            case ':' -> Kind.COLON;
            case ';' -> Kind.SEMICOLON;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '{' -> Kind.LBRACE;
            case '}' -> Kind.RBRACE;
            case '<' -> Kind.LT;
            case '>' -> Kind.GT;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '.' -> Kind.DOT;
            case '@' -> Kind.AT;
            default -> null;
        };
        if (single != null) {
            pos++;
            return new Token(single, String.valueOf(c), start, pos, false, docs);
        }
        if (c == '-' && pos + 1 < text.length() && text.charAt(pos + 1) == '>') {
            pos += 2;
            return new Token(Kind.ARROW, "->", start, pos, false, docs);
        }
        if (c == '"') return string(docs);
        if (c >= '0' && c <= '9') {
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            return new Token(Kind.INTEGER, text.substring(start, pos), start, pos, false, docs);
        }
        boolean escaped = c == '%';
        if (escaped) pos++;
        int idStart = pos;
        while (pos < text.length() && isIdChar(text.codePointAt(pos))) pos += Character.charCount(text.codePointAt(pos));
        if (pos == idStart) {
            if (escaped) throw source.error(start, "expected an identifier after '%'");
            throw source.error(start, "unexpected character " + describeChar(text.codePointAt(start)));
        }
        String id = text.substring(idStart, pos);
        if (!escaped && id.equals("_")) return new Token(Kind.UNDERSCORE, id, start, pos, false, docs);
        return new Token(Kind.ID, id, start, pos, escaped, docs);
    }

    private static boolean isIdChar(int cp) {
        return cp == '-' || cp == '_' || Character.isLetterOrDigit(cp);
    }

    private Token string(String docs) {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw source.error(start, "unterminated string literal");
            char c = text.charAt(pos++);
            if (c == '"') break;
            if (c == '\\') {
                if (pos >= text.length()) throw source.error(start, "unterminated string literal");
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '"', '\'', '\\' -> out.append(e);
                    case 'u' -> {
                        int close = text.indexOf('}', pos);
                        if (pos >= text.length() || text.charAt(pos) != '{' || close < 0) {
                            throw source.error(pos - 2, "invalid unicode escape in string");
                        }
                        try {
                            out.appendCodePoint(Integer.parseInt(text.substring(pos + 1, close), 16));
                        } catch (IllegalArgumentException ex) {
                            throw source.error(pos - 2, "invalid unicode escape in string");
                        }
                        pos = close + 1;
                    }
                    default -> {
                        int d = Character.digit(e, 16);
                        int d2 = pos < text.length() ? Character.digit(text.charAt(pos), 16) : -1;
                        if (d < 0 || d2 < 0) throw source.error(pos - 2, "invalid escape in string");
                        pos++;
                        out.append((char) (d * 16 + d2));
                    }
                }
            } else {
                out.append(c);
            }
        }
        return new Token(Kind.STRING, out.toString(), start, pos, false, docs);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            int cp = text.codePointAt(pos);
            if (cp == ' ' || cp == '\n' || cp == '\r' || cp == '\t') {
                pos++;
            } else {
                if (isForbidden(cp)) throw source.error(pos, "disallowed character " + describeChar(cp));
                return;
            }
        }
    }

    private void skipBlockComment() {
        int start = pos;
        int depth = 0;
        while (pos < text.length()) {
            if (text.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) return;
            } else {
                int cp = text.codePointAt(pos);
                if (isForbidden(cp)) throw source.error(pos, "disallowed character " + describeChar(cp));
                pos += Character.charCount(cp);
            }
        }
        throw source.error(start, "unterminated block comment");
    }

    /** Control codes other than tab/newline/return, and bidirectional overrides (spec: lexical structure). */
    private static boolean isForbidden(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7f
                || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /**
     * Reads a semantic version starting at {@code offset}: {@code major.minor.patch} with optional
     * {@code -pre.release} and {@code +build} parts. Stops before a {@code .} that does not continue the
     * version (as in {@code iface@1.0.0.{t}}). Lexing continues after the version.
     */
    public String version(int offset) {
        pos = offset;
        for (int part = 0; part < 3; part++) {
            if (part > 0) {
                if (pos >= text.length() || text.charAt(pos) != '.') throw source.error(pos, "expected '.' in version");
                pos++;
            }
            int s = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            if (pos == s) throw source.error(s, "expected a version number");
            if (pos - s > 1 && text.charAt(s) == '0') throw source.error(s, "version numbers must not have leading zeros");
        }
        if (pos < text.length() && text.charAt(pos) == '-') identifiers(true);
        if (pos < text.length() && text.charAt(pos) == '+') identifiers(false);
        return text.substring(offset, pos);
    }

    private void identifiers(boolean prerelease) {
        int markerPos = pos;
        do {
            pos++;
            int s = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) && text.charAt(pos) < 128
                    || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos == s) throw source.error(markerPos, "empty identifier in version");
            String ident = text.substring(s, pos);
            if (prerelease && ident.chars().allMatch(Character::isDigit) && ident.length() > 1 && ident.charAt(0) == '0') {
                throw source.error(s, "numeric pre-release identifiers must not have leading zeros");
            }
        } while (pos + 1 < text.length() && text.charAt(pos) == '.' && isVersionChar(text.charAt(pos + 1)));
    }

    private static boolean isVersionChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
    }

    private static String describeChar(int cp) { return String.format("U+%04X", cp); }

    private static StringBuilder appendDoc(StringBuilder docs, String line) {
        if (docs == null) return new StringBuilder(line);
        return docs.append('\n').append(line);
    }

    private static String stripOne(String s) { return s.startsWith(" ") ? s.substring(1) : s; }

    /** The text of a {@code /** … *}{@code /} comment without the usual {@code *} margin on each line. */
    private static String blockDoc(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.strip().split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith("*")) l = stripOne(l.substring(1));
            if (!out.isEmpty()) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }

    private static String str(StringBuilder sb) { return sb == null ? null : sb.toString(); }
}
