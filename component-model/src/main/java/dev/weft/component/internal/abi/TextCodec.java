package dev.weft.component.internal.abi;

import java.nio.charset.StandardCharsets;

/**
 * Strict conversions between Java strings and the three byte encodings the ABI uses. Decoding
 * rejects what is not a sequence of Unicode scalar values (traps); encoding expects a string
 * without lone surrogates (checked once by {@link #checkScalarValues}).
 */
public final class TextCodec {
    private TextCodec() {}

    /** Decodes UTF-8, trapping "invalid utf-8 …" or, when the input ends inside a sequence, "incomplete utf-8 byte sequence …". */
    public static String decodeUtf8(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end && b[i] >= 0) i++;
        if (i == end) return new String(b, off, len, StandardCharsets.ISO_8859_1);
        while (i < end) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                need = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                need = 2;
                if (lead == 0xE0) lo = 0xA0;
                else if (lead == 0xED) hi = 0x9F;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                need = 3;
                if (lead == 0xF0) lo = 0x90;
                else if (lead == 0xF4) hi = 0x8F;
            } else {
                throw AbiTraps.trap("invalid utf-8 sequence at byte " + (i - off));
            }
            for (int j = 1; j <= need; j++) {
                if (i + j >= end) throw AbiTraps.trap("incomplete utf-8 byte sequence at byte " + (i - off));
                int c = b[i + j] & 0xFF;
                if (c < (j == 1 ? lo : 0x80) || c > (j == 1 ? hi : 0xBF)) {
                    throw AbiTraps.trap("invalid utf-8 sequence at byte " + (i - off));
                }
            }
            i += need + 1;
        }
        return new String(b, off, len, StandardCharsets.UTF_8);
    }

    /** Decodes little-endian UTF-16, trapping on a lone surrogate. */
    public static String decodeUtf16(byte[] b, int off, int len) {
        int n = len >>> 1;
        char[] chars = new char[n];
        for (int k = 0; k < n; k++) {
            chars[k] = (char) ((b[off + 2 * k] & 0xFF) | (b[off + 2 * k + 1] & 0xFF) << 8);
        }
        for (int k = 0; k < n; k++) {
            char c = chars[k];
            if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(chars[k + 1])) {
                k++;
            } else if (Character.isSurrogate(c)) {
                throw AbiTraps.trap("invalid utf-16: lone surrogate at code unit " + k);
            }
        }
        return new String(chars);
    }

    public static String decodeLatin1(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    /** UTF-8 bytes of a string of scalar values. */
    public static byte[] encodeUtf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** Little-endian UTF-16 bytes. */
    public static byte[] encodeUtf16(String s) { return s.getBytes(StandardCharsets.UTF_16LE); }

    /** Latin-1 bytes of a string whose chars are all below 256. */
    public static byte[] encodeLatin1(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }

    /**
     * Scans a host string once: rejects lone surrogates (a component string is a sequence of
     * scalar values) and says whether every char fits in Latin-1.
     */
    public static boolean checkScalarValues(String s) {
        boolean latin1 = true;
        int n = s.length();
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c < 0x100) continue;
            latin1 = false;
            if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("string has a lone surrogate at index " + k);
            }
        }
        return latin1;
    }

    /** Index of the first char at or above {@code limit}, or the length if none. */
    static int firstCharAtLeast(String s, int limit) {
        int n = s.length();
        for (int k = 0; k < n; k++) if (s.charAt(k) >= limit) return k;
        return n;
    }
}
