package dev.weft.conformance.wit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for the {@code *.wit.json} hints next to the WIT test cases: objects become
 * insertion-ordered maps, arrays lists, numbers longs or doubles.
 */
final class JsonReader {
    private final String text;
    private int pos;

    private JsonReader(String text) { this.text = text; }

    static Object parse(String text) {
        JsonReader r = new JsonReader(text);
        Object v = r.value();
        r.space();
        if (r.pos != text.length()) throw new IllegalArgumentException("trailing JSON at " + r.pos);
        return v;
    }

    private Object value() {
        space();
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> {
                pos++;
                Map<String, Object> m = new LinkedHashMap<>();
                space();
                if (text.charAt(pos) == '}') {
                    pos++;
                    return m;
                }
                while (true) {
                    space();
                    String k = string();
                    space();
                    expect(':');
                    m.put(k, value());
                    space();
                    if (text.charAt(pos++) == '}') return m;
                }
            }
            case '[' -> {
                pos++;
                List<Object> l = new ArrayList<>();
                space();
                if (text.charAt(pos) == ']') {
                    pos++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    space();
                    if (text.charAt(pos++) == ']') return l;
                }
            }
            case '"' -> {
                return string();
            }
            default -> {
                int s = pos;
                while (pos < text.length() && ",}] \n\r\t".indexOf(text.charAt(pos)) < 0) pos++;
                String word = text.substring(s, pos);
                return switch (word) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    default -> word.contains(".") || word.contains("e") ? (Object) Double.parseDouble(word)
                            : (Object) Long.parseLong(word);
                };
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> sb.append(e);
            }
        }
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) throw new IllegalArgumentException("expected " + c + " at " + pos);
        pos++;
    }

    private void space() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }
}
