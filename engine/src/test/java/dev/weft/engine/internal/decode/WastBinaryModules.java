package dev.weft.engine.internal.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only extraction of {@code (module binary "...")} forms from a .wast script: each with its
 * line, its bytes, and the expected message if it sits in an {@code assert_malformed} (or null if
 * it is expected to decode: a plain module or one in {@code assert_invalid}/{@code
 * assert_unlinkable}/{@code assert_trap}). A small s-expression reader suffices; the full WAST
 * reader lives elsewhere.
 */
final class WastBinaryModules {
    record Case(int line, byte[] bytes, String expectedMalformed, String context) {}

    private final String src;
    private int pos;
    private int line = 1;

    private WastBinaryModules(String src) { this.src = src; }

    static List<Case> extract(String source) {
        WastBinaryModules r = new WastBinaryModules(source);
        List<Case> out = new ArrayList<>();
        while (true) {
            Object form = r.read();
            if (form == null) break;
            if (form instanceof Node n) r.collect(n, out);
        }
        return out;
    }

    /** A parenthesised form: its first line and its items (String atoms, byte[] strings, Nodes). */
    private record Node(int line, List<Object> items) {
        String head() { return items.isEmpty() || !(items.get(0) instanceof String s) ? "" : s; }
    }

    private void collect(Node n, List<Case> out) {
        String head = n.head();
        if (head.equals("module")) {
            byte[] bytes = binaryOf(n);
            if (bytes != null) out.add(new Case(n.line(), bytes, null, "module"));
            return;
        }
        if (head.startsWith("assert_") && n.items().size() >= 2 && n.items().get(1) instanceof Node m
                && m.head().equals("module")) {
            byte[] bytes = binaryOf(m);
            if (bytes == null) return;
            String message = n.items().size() > 2 && n.items().get(2) instanceof byte[] b
                    ? new String(b, StandardCharsets.UTF_8) : "";
            switch (head) {
                case "assert_malformed" -> out.add(new Case(m.line(), bytes, message, head));
                case "assert_invalid", "assert_unlinkable", "assert_trap", "assert_uninstantiable" ->
                        out.add(new Case(m.line(), bytes, null, head));
                default -> { }
            }
        }
    }

    /** The concatenated strings of {@code (module $id? binary "..."*)}, or null for other modules. */
    private static byte[] binaryOf(Node module) {
        List<Object> items = module.items();
        int i = 1;
        if (i < items.size() && items.get(i) instanceof String s && s.startsWith("$")) i++;
        if (i >= items.size() || !"binary".equals(items.get(i))) return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (i++; i < items.size(); i++) {
            if (items.get(i) instanceof byte[] b) out.writeBytes(b);
        }
        return out.toByteArray();
    }

    private Object read() {
        skipSpace();
        if (pos >= src.length()) return null;
        char c = src.charAt(pos);
        if (c == '(') {
            int startLine = line;
            pos++;
            List<Object> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= src.length()) throw new IllegalStateException("unclosed form at line " + startLine);
                if (src.charAt(pos) == ')') {
                    pos++;
                    return new Node(startLine, items);
                }
                items.add(read());
            }
        }
        if (c == ')') throw new IllegalStateException("unexpected ) at line " + line);
        if (c == '"') return string();
        int start = pos;
        while (pos < src.length() && !Character.isWhitespace(src.charAt(pos)) && "()\";".indexOf(src.charAt(pos)) < 0) pos++;
        return src.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
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
                return;
            }
        }
    }

    private byte[] string() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pos++;
        while (true) {
            char c = src.charAt(pos++);
            if (c == '"') return out.toByteArray();
            if (c == '\n') line++;
            if (c != '\\') {
                // Copy the UTF-8 bytes of one code point.
                int cp = Character.codePointAt(src, pos - 1);
                if (Character.charCount(cp) == 2) pos++;
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case '\\', '\'', '"' -> out.write(e);
                case 'u' -> {
                    int close = src.indexOf('}', pos);
                    int cp = Integer.parseInt(src.substring(pos + 1, close).replace("_", ""), 16);
                    pos = close + 1;
                    out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    out.write(Integer.parseInt(src.substring(pos - 1, pos + 1), 16));
                    pos++;
                }
            }
        }
    }
}
