package dev.weft.component.internal.abi;

import dev.weft.component.internal.abi.StringOrigins.Source;

/**
 * Lifting strings out of and lowering strings into linear memory, in the options' encoding, with
 * the spec's transcoding strategies: allocate for the likely size first, then grow to the worst
 * case or shrink to the exact size with further realloc calls.
 */
public final class Strings {
    /** Longest string content, in bytes, the ABI moves. */
    public static final long MAX_STRING_BYTE_LENGTH = (1L << 28) - 1;

    private Strings() {}

    /** The bit of a compact-UTF-16 length that marks UTF-16 (vs Latin-1) content. */
    static long utf16Tag(int ptrSize) { return ptrSize == 8 ? 1L << 63 : 1L << 31; }

    /** Lifts the string at {@code ptr} with the given (possibly tagged) length in code units. */
    public static String load(AbiContext cx, long ptr, long taggedCodeUnits) {
        StringEncoding enc = cx.opts.encoding();
        Source source;
        long units = taggedCodeUnits;
        switch (enc) {
            case UTF8 -> source = Source.UTF8;
            case UTF16 -> source = Source.UTF16;
            default -> {
                long tag = utf16Tag(cx.ptrSize);
                if ((taggedCodeUnits & tag) != 0) {
                    source = Source.UTF16;
                    units = taggedCodeUnits ^ tag;
                } else {
                    source = Source.LATIN1;
                }
            }
        }
        int unitSize = source == Source.UTF16 ? 2 : 1;
        if (Long.compareUnsigned(units, MAX_STRING_BYTE_LENGTH / unitSize) > 0) throw AbiTraps.tooLong(Region.STRING);
        int byteLength = (int) units * unitSize;
        cx.checkRange(ptr, byteLength, enc.alignment(), Region.STRING);
        cx.chargeLift(byteLength);
        String s;
        try {
            byte[] bytes = new byte[byteLength];
            cx.memory().read(ptr, bytes, 0, byteLength);
            s = switch (source) {
                case UTF8 -> TextCodec.decodeUtf8(bytes, 0, byteLength);
                case UTF16 -> TextCodec.decodeUtf16(bytes, 0, byteLength);
                case LATIN1 -> TextCodec.decodeLatin1(bytes, 0, byteLength);
            };
        } catch (OutOfMemoryError e) {
            throw AbiTraps.outOfMemory("a string of " + byteLength + " bytes");
        }
        if (cx.origins != null) cx.origins.record(s, enc, source, units);
        return s;
    }

    /** Lowers {@code s} into freshly realloc'ed memory; returns its pointer and (tagged) length. */
    public static PtrLen store(AbiContext cx, String s) {
        StringOrigins.Recorded recorded = cx.origins != null ? cx.origins.lookup(s) : null;
        StringEncoding declared;
        Source source;
        long units;
        if (recorded != null) {
            declared = recorded.declared();
            source = recorded.origin().encoding();
            units = recorded.origin().codeUnits();
        } else {
            // A host string: the host may pick any source representation, so it picks the
            // destination's own, which makes the one allocation exactly the right size.
            boolean latin1 = TextCodec.checkScalarValues(s);
            declared = cx.opts.encoding();
            source = switch (declared) {
                case UTF8 -> Source.UTF8;
                case UTF16 -> Source.UTF16;
                case LATIN1_UTF16 -> latin1 ? Source.LATIN1 : Source.UTF16;
            };
            if (source == Source.UTF8) {
                byte[] utf8 = TextCodec.encodeUtf8(s);
                if (utf8.length > MAX_STRING_BYTE_LENGTH) throw AbiTraps.tooLong(Region.STRING);
                return copy(cx, utf8, 1, utf8.length);
            }
            units = s.length();
        }
        if (units > MAX_STRING_BYTE_LENGTH) throw AbiTraps.tooLong(Region.STRING);
        return switch (cx.opts.encoding()) {
            case UTF8 -> switch (source) {
                case UTF8 -> copy(cx, TextCodec.encodeUtf8(s), 1, units);
                case UTF16 -> toUtf8(cx, s, units, 3 * units);
                case LATIN1 -> toUtf8(cx, s, units, 2 * units);
            };
            case UTF16 -> source == Source.UTF8
                    ? utf8ToUtf16(cx, s, units)
                    : copy(cx, TextCodec.encodeUtf16(s), 2, units);
            case LATIN1_UTF16 -> {
                if (declared != StringEncoding.LATIN1_UTF16) yield toLatin1OrUtf16(cx, s, units);
                yield source == Source.LATIN1
                        ? copy(cx, TextCodec.encodeLatin1(s), 2, units)
                        : probablyUtf16(cx, s, units);
            }
        };
    }

    private static PtrLen copy(AbiContext cx, byte[] bytes, int align, long units) {
        long ptr = cx.allocate(align, bytes.length, Region.STRING);
        cx.memory().write(ptr, bytes, 0, bytes.length);
        return new PtrLen(ptr, units);
    }

    /** Optimistically one byte per code unit; on the first non-ASCII char grow to the worst case, then shrink. */
    private static PtrLen toUtf8(AbiContext cx, String s, long units, long worstCase) {
        long ptr = cx.allocate(1, units, Region.STRING);
        byte[] enc = TextCodec.encodeUtf8(s);
        int ascii = TextCodec.firstCharAtLeast(s, 0x80);
        if (ascii == s.length()) {
            cx.memory().write(ptr, enc, 0, enc.length);
            return new PtrLen(ptr, units);
        }
        cx.memory().write(ptr, enc, 0, ascii);
        ptr = cx.reallocate(ptr, units, 1, worstCase, Region.STRING, true);
        cx.memory().write(ptr + ascii, enc, ascii, enc.length - ascii);
        if (worstCase > enc.length) ptr = cx.reallocate(ptr, worstCase, 1, enc.length, Region.STRING, true);
        return new PtrLen(ptr, enc.length);
    }

    /** Two bytes per UTF-8 byte is always enough; shrink afterwards if it was too much. */
    private static PtrLen utf8ToUtf16(AbiContext cx, String s, long units) {
        long worstCase = 2 * units;
        long ptr = cx.allocate(2, worstCase, Region.STRING);
        byte[] enc = TextCodec.encodeUtf16(s);
        cx.memory().write(ptr, enc, 0, enc.length);
        if (enc.length < worstCase) ptr = cx.reallocate(ptr, worstCase, 2, enc.length, Region.STRING, true);
        return new PtrLen(ptr, enc.length / 2);
    }

    /** Latin-1 while it fits; on the first wider char inflate what was written to UTF-16 and go on in UTF-16. */
    private static PtrLen toLatin1OrUtf16(AbiContext cx, String s, long units) {
        long ptr = cx.allocate(2, units, Region.STRING);
        int latin1 = TextCodec.firstCharAtLeast(s, 0x100);
        if (latin1 == s.length()) {
            byte[] enc = TextCodec.encodeLatin1(s);
            cx.memory().write(ptr, enc, 0, enc.length);
            if (enc.length < units) ptr = cx.reallocate(ptr, units, 2, enc.length, Region.STRING, true);
            return new PtrLen(ptr, enc.length);
        }
        byte[] prefix = TextCodec.encodeLatin1(s.substring(0, latin1));
        cx.memory().write(ptr, prefix, 0, prefix.length);
        long worstCase = 2 * units;
        ptr = cx.reallocate(ptr, units, 2, worstCase, Region.STRING, true);
        byte[] inflated = new byte[2 * latin1];
        cx.memory().read(ptr, inflated, 0, latin1);
        for (int j = latin1 - 1; j >= 0; j--) {
            inflated[2 * j] = inflated[j];
            inflated[2 * j + 1] = 0;
        }
        cx.memory().write(ptr, inflated, 0, inflated.length);
        byte[] enc = TextCodec.encodeUtf16(s);
        cx.memory().write(ptr + inflated.length, enc, inflated.length, enc.length - inflated.length);
        if (worstCase > enc.length) ptr = cx.reallocate(ptr, worstCase, 2, enc.length, Region.STRING, true);
        return new PtrLen(ptr, (enc.length / 2) | utf16Tag(cx.ptrSize));
    }

    /** Compact UTF-16 to compact UTF-16: copy as UTF-16, and compress to Latin-1 if every char fits. */
    private static PtrLen probablyUtf16(AbiContext cx, String s, long units) {
        long byteLength = 2 * units;
        long ptr = cx.allocate(2, byteLength, Region.STRING);
        byte[] enc = TextCodec.encodeUtf16(s);
        cx.memory().write(ptr, enc, 0, enc.length);
        if (TextCodec.firstCharAtLeast(s, 0x100) < s.length()) {
            return new PtrLen(ptr, units | utf16Tag(cx.ptrSize));
        }
        byte[] latin1 = TextCodec.encodeLatin1(s);
        cx.memory().write(ptr, latin1, 0, latin1.length);
        ptr = cx.reallocate(ptr, byteLength, 1, latin1.length, Region.STRING, false);
        return new PtrLen(ptr, latin1.length);
    }
}
