package dev.weft.engine.internal.decode;

import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 validation for names: rejects overlong forms, surrogate code points, code points
 * above U+10FFFF and truncated or stray continuation bytes (the JDK decoder would substitute).
 */
final class Utf8 {
    private Utf8() {}

    /** Decodes {@code bytes[start, start+length)}, or returns null if it is not valid UTF-8. */
    static String decode(byte[] bytes, int start, int length) {
        int i = start;
        int end = start + length;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            int cp;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1; min = 0x80; cp = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2; min = 0x800; cp = b & 0x0F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3; min = 0x10000; cp = b & 0x07;
            } else {
                return null;
            }
            if (end - i - 1 < need) return null;
            for (int k = 1; k <= need; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) return null;
                cp = cp << 6 | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return null;
            i += need + 1;
        }
        return new String(bytes, start, length, StandardCharsets.UTF_8);
    }
}
