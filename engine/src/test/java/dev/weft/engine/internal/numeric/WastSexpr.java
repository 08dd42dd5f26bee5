package dev.weft.engine.internal.numeric;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal s-expression reader for the spec's .wast scripts, enough for the numeric tests: lists,
 * atoms and strings (kept with their quotes), skipping line and nested block comments.
 */
record WastSexpr(String atom, List<WastSexpr> items) {

    boolean isList() { return items != null; }

    /** The first atom of a list ("" if the list is empty or starts with a list). */
    String head() {
        return isList() && !items.isEmpty() && !items.getFirst().isList() ? items.getFirst().atom : "";
    }

    WastSexpr get(int i) { return items.get(i); }

    int size() { return items.size(); }

    static List<WastSexpr> parseAll(String text) {
        int[] pos = {0};
        List<WastSexpr> out = new ArrayList<>();
        while (true) {
            skipSpace(text, pos);
            if (pos[0] >= text.length()) return out;
            out.add(parse(text, pos));
        }
    }

    private static WastSexpr parse(String t, int[] pos) {
        skipSpace(t, pos);
        char c = t.charAt(pos[0]);
        if (c == '(') {
            pos[0]++;
            List<WastSexpr> items = new ArrayList<>();
            while (true) {
                skipSpace(t, pos);
                if (t.charAt(pos[0]) == ')') {
                    pos[0]++;
                    return new WastSexpr(null, items);
                }
                items.add(parse(t, pos));
            }
        }
        int start = pos[0];
        if (c == '"') {
            pos[0]++;
            while (t.charAt(pos[0]) != '"') pos[0] += t.charAt(pos[0]) == '\\' ? 2 : 1;
            pos[0]++;
        } else {
            while (pos[0] < t.length() && !Character.isWhitespace(t.charAt(pos[0]))
                    && t.charAt(pos[0]) != '(' && t.charAt(pos[0]) != ')' && t.charAt(pos[0]) != ';') pos[0]++;
        }
        return new WastSexpr(t.substring(start, pos[0]), null);
    }

    private static void skipSpace(String t, int[] pos) {
        while (pos[0] < t.length()) {
            char c = t.charAt(pos[0]);
            if (Character.isWhitespace(c)) {
                pos[0]++;
            } else if (t.startsWith(";;", pos[0])) {
                while (pos[0] < t.length() && t.charAt(pos[0]) != '\n') pos[0]++;
            } else if (t.startsWith("(;", pos[0])) {
                int depth = 0;
                do {
                    if (t.startsWith("(;", pos[0])) { depth++; pos[0] += 2; }
                    else if (t.startsWith(";)", pos[0])) { depth--; pos[0] += 2; }
                    else pos[0]++;
                } while (depth > 0);
            } else {
                return;
            }
        }
    }

    @Override
    public String toString() {
        if (!isList()) return atom;
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) b.append(i == 0 ? "" : " ").append(items.get(i));
        return b.append(')').toString();
    }

    // ---- literals ----

    /** The bytes of a quoted string literal: \hh escapes, the named escapes and UTF-8 text. */
    static byte[] stringBytes(String quoted) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String s = quoted.substring(1, quoted.length() - 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                byte[] utf8 = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case '\\', '\'', '"' -> out.write(n);
                default -> out.write(Integer.parseInt(s.substring(i, ++i + 1), 16));
            }
        }
        return out.toByteArray();
    }

    static long parseInt(String text) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        if (negative || t.startsWith("+")) t = t.substring(1);
        long v = t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseUnsignedLong(t);
        return negative ? -v : v;
    }

    static int parseF32(String text) {
        String t = text.replace("_", "");
        int sign = t.startsWith("-") ? 0x8000_0000 : 0;
        if (t.startsWith("-") || t.startsWith("+")) t = t.substring(1);
        if (t.equals("inf")) return sign | 0x7f80_0000;
        if (t.startsWith("nan")) {
            int payload = t.startsWith("nan:") ? (int) Long.parseLong(t.substring(6), 16) : 0x40_0000;
            return sign | 0x7f80_0000 | payload;
        }
        float f = Float.parseFloat(hexWithExponent(t));
        return sign | Float.floatToRawIntBits(f);
    }

    static long parseF64(String text) {
        String t = text.replace("_", "");
        long sign = t.startsWith("-") ? Long.MIN_VALUE : 0;
        if (t.startsWith("-") || t.startsWith("+")) t = t.substring(1);
        if (t.equals("inf")) return sign | 0x7ff0_0000_0000_0000L;
        if (t.startsWith("nan")) {
            long payload = t.startsWith("nan:") ? Long.parseLong(t.substring(6), 16) : 0x8_0000_0000_0000L;
            return sign | 0x7ff0_0000_0000_0000L | payload;
        }
        return sign | Double.doubleToRawLongBits(Double.parseDouble(hexWithExponent(t)));
    }

    /** Java only reads hexadecimal floats that have a binary exponent. */
    private static String hexWithExponent(String t) {
        return t.startsWith("0x") && !t.contains("p") && !t.contains("P") ? t + "p0" : t;
    }
}
