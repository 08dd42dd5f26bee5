package dev.weft.engine.internal.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Tokenises WebAssembly text and builds the S-expression tree. Comments and annotations
 * ({@code (@name ...)}) are dropped. A token that is not a keyword, number, id or lone string
 * (e.g. {@code 0$x} or {@code "a"b}) is reserved and rejected as "unknown operator", as the spec's
 * lexer does. Uses an explicit stack so deep nesting cannot overflow the Java stack here; the
 * encoders walk the tree recursively, so nesting beyond {@link #MAX_NESTING} is rejected up front.
 */
public final class SExprReader {
    /** Deepest parenthesis nesting accepted ("nesting too deep" beyond, with the position). */
    public static final int MAX_NESTING = 10_000;

    private final String src;
    private final boolean strict;
    /** The message for a bad escape: the core reference says "illegal escape", the component one differs. */
    private final String badEscape;
    private int pos;
    private int line = 1;
    private int lineStart;

    private SExprReader(String src, boolean strict, String badEscape) {
        this.src = src;
        this.strict = strict;
        this.badEscape = badEscape;
    }

    /** Reads all top-level nodes of {@code src} (a script: any lowercase word is accepted). */
    public static List<SExpr> read(String src) {
        return new SExprReader(src, false, "illegal escape").readAll();
    }

    /**
     * Reads component text (any lowercase word is accepted: the component format adds many
     * keywords); a bad string escape is "invalid string escape" as the component-model tests expect.
     */
    public static List<SExpr> readComponent(String src) {
        return new SExprReader(src, false, "invalid string escape").readAll();
    }

    /**
     * Reads module text as the spec's lexer does: a lowercase word that is no keyword of the
     * text format is "unknown operator" (e.g. the obsolete {@code anyfunc}, or {@code nan:1}).
     */
    public static List<SExpr> readModule(String src) {
        return new SExprReader(src, true, "illegal escape").readAll();
    }

    /**
     * True if the first form of {@code src} (after spaces and comments) is headed by {@code keyword},
     * e.g. whether a text is a {@code (component ...)}; reads no further.
     */
    public static boolean startsWithForm(String src, String keyword) {
        SExprReader r = new SExprReader(src, false, "illegal escape");
        try {
            r.skipSpace();
            if (r.pos >= src.length() || src.charAt(r.pos) != '(') return false;
            r.pos++;
            r.skipSpace();
        } catch (dev.weft.engine.MalformedModuleException e) {
            return false; // an unclosed comment: the full read reports it
        }
        int end = r.pos + keyword.length();
        return src.startsWith(keyword, r.pos) && (end == src.length() || !isIdChar(src.charAt(end)));
    }

    private List<SExpr> readAll() {
        List<SExpr> top = new ArrayList<>();
        Deque<List<SExpr>> stack = new ArrayDeque<>();
        Deque<int[]> starts = new ArrayDeque<>();
        List<SExpr> current = top;
        while (true) {
            skipSpace();
            if (pos >= src.length()) break;
            char c = src.charAt(pos);
            if (c == '(') {
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '@') {
                    skipAnnotation();
                    continue;
                }
                if (stack.size() >= MAX_NESTING) throw TextErrors.malformed("nesting too deep", line, col());
                starts.push(new int[] {line, col()});
                pos++;
                stack.push(current);
                current = new ArrayList<>();
            } else if (c == ')') {
                if (stack.isEmpty()) throw TextErrors.malformed("unexpected token", line, col());
                pos++;
                int[] at = starts.pop();
                SExpr.Parens p = new SExpr.Parens(java.util.Collections.unmodifiableList(current), at[0], at[1]);
                current = stack.pop();
                current.add(p);
            } else {
                current.add(readToken());
            }
        }
        if (!stack.isEmpty()) {
            int[] at = starts.peek();
            throw TextErrors.malformed("unclosed parenthesis", at[0], at[1]);
        }
        return top;
    }

    private int col() { return pos - lineStart + 1; }

    private void newline() {
        line++;
        lineStart = pos;
    }

    private void skipSpace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\n') {
                pos++;
                newline();
            } else if (c == ';' && pos + 1 < src.length() && src.charAt(pos + 1) == ';') {
                // a line comment ends at LF or CR (both are newlines in the text format)
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') pos++;
            } else if (c == '(' && pos + 1 < src.length() && src.charAt(pos + 1) == ';') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() {
        int startLine = line, startCol = col();
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '(' && pos + 1 < src.length() && src.charAt(pos + 1) == ';') {
                depth++;
                pos += 2;
            } else if (c == ';' && pos + 1 < src.length() && src.charAt(pos + 1) == ')') {
                depth--;
                pos += 2;
                if (depth == 0) return;
            } else {
                pos++;
                if (c == '\n') newline();
            }
        }
        throw TextErrors.malformed("unclosed comment", startLine, startCol);
    }

    /** Skips {@code (@id ...)} with balanced parentheses; strings and comments inside are honoured. */
    private void skipAnnotation() {
        int startLine = line, startCol = col();
        pos += 2;
        if (pos < src.length() && src.charAt(pos) == '"') {
            byte[] id;
            try {
                id = readString();
            } catch (dev.weft.engine.MalformedModuleException e) {
                throw TextErrors.malformed("empty annotation id", startLine, startCol);
            }
            if (id.length == 0) throw TextErrors.malformed("empty annotation id", startLine, startCol);
            utf8(id, startLine, startCol);
        } else if (pos >= src.length() || !isIdChar(src.charAt(pos))) {
            throw TextErrors.malformed("empty annotation id", startLine, startCol);
        }
        int depth = 1;
        while (true) {
            skipSpace();
            if (pos >= src.length()) throw TextErrors.malformed("unclosed annotation", startLine, startCol);
            char c = src.charAt(pos);
            if (c == '(') {
                depth++;
                pos++;
            } else if (c == ')') {
                pos++;
                if (--depth == 0) return;
            } else if (c == '"') {
                readString();
            } else if (c < 0x20 || c >= 0x7f) {
                throw TextErrors.malformed("illegal character", line, col());
            } else {
                pos++;
            }
        }
    }

    static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-./:<=>?@\\^_`|~".indexOf(c) >= 0;
    }

    private SExpr.Atom readToken() {
        int tokLine = line, tokCol = col();
        int start = pos;
        int strings = 0;
        boolean other = false;
        byte[] strBytes = null;
        int strStart = -1;
        int strEnd = -1;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '"') {
                strStart = pos;
                try {
                    strBytes = readString();
                } catch (dev.weft.engine.MalformedModuleException e) {
                    // "$" followed by a bad string is an empty id, as the spec's lexer matches "$" alone
                    if (strStart == start + 1 && src.charAt(start) == '$') {
                        throw TextErrors.malformed("empty identifier", tokLine, tokCol);
                    }
                    throw e;
                }
                strEnd = pos;
                strings++;
            } else if (isIdChar(c)) {
                pos++;
                other = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')') {
                break;
            } else if (c == ';' && pos + 1 < src.length() && src.charAt(pos + 1) == ';') {
                break;
            } else if (c < 0x20 || c == 0x7f) {
                throw TextErrors.malformed("misplaced control character", tokLine, tokCol);
            } else if (c >= 0x80) {
                throw TextErrors.malformed("misplaced unicode character", line, col());
            } else {
                pos++;
                other = true;
                strings = 2; // ',' ';' '[' etc. always make the token reserved
            }
        }
        String text = src.substring(start, pos);
        if (strings == 0) {
            if (text.charAt(0) == '$') {
                if (text.length() == 1) throw TextErrors.malformed("empty identifier", tokLine, tokCol);
                return new SExpr.Atom(SExpr.Kind.ID, text.substring(1), null, tokLine, tokCol);
            }
            char first = text.charAt(0);
            boolean keyword = first >= 'a' && first <= 'z';
            if (keyword ? strict && !Keywords.isKnown(text) : !NumberLiterals.isNumberSyntax(text)) {
                throw TextErrors.malformed("unknown operator " + text, tokLine, tokCol);
            }
            return new SExpr.Atom(SExpr.Kind.WORD, text, null, tokLine, tokCol);
        }
        if (strings == 1 && !other) {
            return new SExpr.Atom(SExpr.Kind.STRING, text, strBytes, tokLine, tokCol);
        }
        if (strings == 1 && strStart == start + 1 && strEnd == pos && text.charAt(0) == '$') {
            if (strBytes.length == 0) throw TextErrors.malformed("empty identifier", tokLine, tokCol);
            return new SExpr.Atom(SExpr.Kind.ID, utf8(strBytes, tokLine, tokCol), null, tokLine, tokCol);
        }
        throw TextErrors.malformed("unknown operator " + text, tokLine, tokCol);
    }

    /** Decodes bytes as strict UTF-8, failing with the spec's "malformed UTF-8 encoding". */
    public static String utf8(byte[] bytes, int line, int col) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw TextErrors.malformed("malformed UTF-8 encoding", line, col);
        }
    }

    /** Reads a string literal at {@code pos} (which is at the opening quote) into its bytes. */
    private byte[] readString() {
        int strLine = line, strCol = col();
        pos++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw TextErrors.malformed("unclosed string literal", strLine, strCol);
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toByteArray();
            }
            if (c == '\\') {
                escape(out);
            } else if (c < 0x20 || c == 0x7f) {
                throw TextErrors.malformed("illegal control character in string literal", line, col());
            } else if (Character.isHighSurrogate(c) && pos + 1 < src.length()) {
                int cp = src.codePointAt(pos);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                pos += Character.charCount(cp);
            } else if (c < 0x80) {
                out.write(c);
                pos++;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                pos++;
            }
        }
    }

    private void escape(ByteArrayOutputStream out) {
        int escLine = line, escCol = col();
        pos++;
        if (pos >= src.length()) throw TextErrors.malformed(badEscape, escLine, escCol);
        char c = src.charAt(pos++);
        switch (c) {
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case 't' -> out.write('\t');
            case '\\' -> out.write('\\');
            case '\'' -> out.write('\'');
            case '"' -> out.write('"');
            case 'u' -> {
                if (pos >= src.length() || src.charAt(pos) != '{') {
                    throw TextErrors.malformed(badEscape, escLine, escCol);
                }
                pos++;
                long cp = 0;
                int digits = 0;
                while (pos < src.length() && src.charAt(pos) != '}') {
                    char h = src.charAt(pos++);
                    if (h == '_' && digits > 0) continue;
                    int d = Character.digit(h, 16);
                    if (d < 0) throw TextErrors.malformed(badEscape, escLine, escCol);
                    cp = Math.min(cp * 16 + d, 0x7fffffffL);
                    digits++;
                }
                if (pos >= src.length() || digits == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
                    throw TextErrors.malformed(badEscape, escLine, escCol);
                }
                pos++;
                out.writeBytes(new String(Character.toChars((int) cp)).getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                int hi = Character.digit(c, 16);
                int lo = pos < src.length() ? Character.digit(src.charAt(pos), 16) : -1;
                if (hi < 0 || lo < 0) throw TextErrors.malformed(badEscape, escLine, escCol);
                pos++;
                out.write(hi * 16 + lo);
            }
        }
    }
}
