package dev.weft.component.internal.binary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: extracts the binary-encoded component commands of a component-model {@code .wast}
 * script: {@code (component … binary "…"*)} (to validate), and {@code assert_malformed} /
 * {@code assert_invalid} around such a component. Text-format components are skipped.
 */
final class WastBinaryCommands {
    enum Kind { VALID, MALFORMED, INVALID }

    record Command(Kind kind, byte[] bytes, String message, int line) {}

    private final String src;
    private int pos;
    private int line = 1;

    private WastBinaryCommands(String src) { this.src = src; }

    static List<Command> parse(String script) {
        WastBinaryCommands p = new WastBinaryCommands(script);
        List<Command> out = new ArrayList<>();
        Object tok;
        while ((tok = p.next()) != null) {
            if (tok != Tok.OPEN) continue;
            int startLine = p.line;
            List<Object> form = p.list();
            if (form.isEmpty()) continue;
            Object head = form.get(0);
            if ("component".equals(head)) {
                byte[] b = binary(form);
                if (b != null) out.add(new Command(Kind.VALID, b, null, startLine));
            } else if (("assert_malformed".equals(head) || "assert_invalid".equals(head)) && form.size() == 3
                    && form.get(1) instanceof List<?> inner && form.get(2) instanceof byte[] msg) {
                byte[] b = binary(inner);
                if (b != null) {
                    out.add(new Command(head.equals("assert_malformed") ? Kind.MALFORMED : Kind.INVALID, b,
                            new String(msg, StandardCharsets.UTF_8), startLine));
                }
            }
        }
        return out;
    }

    private static byte[] binary(List<?> form) {
        if (form.isEmpty() || !"component".equals(form.get(0))) return null;
        int i = 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean isBinary = false;
        for (; i < form.size(); i++) {
            Object o = form.get(i);
            if ("binary".equals(o)) isBinary = true;
            else if (isBinary && o instanceof byte[] b) out.writeBytes(b);
            else if (isBinary) return null;
        }
        return isBinary ? out.toByteArray() : null;
    }

    private enum Tok { OPEN, CLOSE }

    private List<Object> list() {
        List<Object> items = new ArrayList<>();
        Object t;
        while ((t = next()) != null && t != Tok.CLOSE) {
            items.add(t == Tok.OPEN ? list() : t);
        }
        return items;
    }

    /** The next token: OPEN, CLOSE, a String atom, a byte[] string literal, or null at the end. */
    private Object next() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') line++;
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (src.startsWith(";;", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else if (src.startsWith("(;", pos)) {
                int depth = 0;
                do {
                    if (src.startsWith("(;", pos)) {
                        depth++;
                        pos += 2;
                    } else if (src.startsWith(";)", pos)) {
                        depth--;
                        pos += 2;
                    } else {
                        if (src.charAt(pos) == '\n') line++;
                        pos++;
                    }
                } while (depth > 0 && pos < src.length());
            } else {
                break;
            }
        }
        if (pos >= src.length()) return null;
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            return Tok.OPEN;
        }
        if (c == ')') {
            pos++;
            return Tok.CLOSE;
        }
        if (c == '"') return string();
        int start = pos;
        while (pos < src.length() && !Character.isWhitespace(src.charAt(pos)) && src.charAt(pos) != '('
                && src.charAt(pos) != ')' && src.charAt(pos) != '"') pos++;
        return src.substring(start, pos);
    }

    private byte[] string() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pos++;
        while (src.charAt(pos) != '"') {
            char c = src.charAt(pos++);
            if (c != '\\') {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'u' -> {
                    int close = src.indexOf('}', pos);
                    int cp = Integer.parseInt(src.substring(pos + 1, close), 16);
                    out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                    pos = close + 1;
                }
                default -> {
                    out.write(Integer.parseInt(src.substring(pos - 1, pos + 1), 16));
                    pos++;
                }
            }
        }
        pos++;
        return out.toByteArray();
    }
}
