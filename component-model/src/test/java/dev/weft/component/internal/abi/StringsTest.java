package dev.weft.component.internal.abi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.TrapException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StringsTest {
    static final long TAG = 1L << 31;
    static final List<String> EDGE_STRINGS = List.of(
            "", "a", "hello, world", "héllo wörld ÿ", "\u0080\u00ff", "h€llo ☃", "a\uD83C\uDF70b", "\uD83C\uDF70",
            "ascii then ☃", "\u00e9\u0100", "☃ first then ascii");

    static Stream<Arguments> encodingsAndStrings() {
        List<Arguments> out = new ArrayList<>();
        for (StringEncoding e : StringEncoding.values()) for (String s : EDGE_STRINGS) out.add(Arguments.of(e, s));
        return out.stream();
    }

    static Stream<Arguments> transcodings() {
        List<Arguments> out = new ArrayList<>();
        for (StringEncoding from : StringEncoding.values()) {
            for (StringEncoding to : StringEncoding.values()) {
                for (String s : EDGE_STRINGS) out.add(Arguments.of(from, to, s));
            }
        }
        return out.stream();
    }

    static boolean latin1(String s) { return s.chars().allMatch(c -> c < 256); }

    /** The bytes and length a string has in memory under an encoding. */
    static byte[] expectedBytes(StringEncoding e, String s) {
        return switch (e) {
            case UTF8 -> s.getBytes(StandardCharsets.UTF_8);
            case UTF16 -> s.getBytes(StandardCharsets.UTF_16LE);
            case LATIN1_UTF16 -> latin1(s) ? s.getBytes(StandardCharsets.ISO_8859_1) : s.getBytes(StandardCharsets.UTF_16LE);
        };
    }

    static long expectedLength(StringEncoding e, String s) {
        return switch (e) {
            case UTF8 -> s.getBytes(StandardCharsets.UTF_8).length;
            case UTF16 -> s.length();
            case LATIN1_UTF16 -> latin1(s) ? s.length() : s.length() | TAG;
        };
    }

    @ParameterizedTest
    @MethodSource("encodingsAndStrings")
    void hostStringLowersToTheEncodingAndLiftsBack(StringEncoding e, String s) {
        TestHeap heap = new TestHeap();
        AbiContext cx = heap.context(e, Peer.HOST);
        PtrLen r = Strings.store(cx, s);
        byte[] expected = expectedBytes(e, s);
        assertEquals(expectedLength(e, s), r.length());
        assertArrayEquals(expected, heap.bytes(r.ptr(), expected.length));
        assertTrue(Layout.isAligned(r.ptr(), e.alignment()));
        assertEquals(s, Strings.load(cx, r.ptr(), r.length()));
    }

    @ParameterizedTest
    @MethodSource("encodingsAndStrings")
    void hostStringsNeedOneExactlySizedAllocation(StringEncoding e, String s) {
        TestHeap heap = new TestHeap();
        Strings.store(heap.context(e, Peer.HOST), s);
        assertEquals(List.of("0,0," + e.alignment() + "," + expectedBytes(e, s).length), heap.callShapes());
    }

    @ParameterizedTest
    @MethodSource("transcodings")
    void componentToComponentTranscoding(StringEncoding from, StringEncoding to, String s) {
        TestHeap caller = new TestHeap();
        TestHeap callee = new TestHeap();
        PtrLen src = Strings.store(caller.context(from, Peer.HOST), s);
        StringOrigins origins = new StringOrigins();
        String lifted = Strings.load(new AbiContext(caller.options(from), null, null, Peer.COMPONENT, origins), src.ptr(), src.length());
        AbiContext dst = new AbiContext(callee.options(to), null, null, Peer.COMPONENT, origins);
        PtrLen r = Strings.store(dst, lifted);
        byte[] expected = expectedBytes(to, s);
        assertEquals(expectedLength(to, s), r.length());
        assertArrayEquals(expected, callee.bytes(r.ptr(), expected.length));
        assertEquals(s, Strings.load(dst, r.ptr(), r.length()));
    }

    /** source encoding, the string, destination encoding, the realloc calls the spec's strategy makes. */
    static Stream<Arguments> reallocStrategies() {
        return Stream.of(
                Arguments.of(StringEncoding.UTF8, "héllo", StringEncoding.UTF8, List.of("0,0,1,6")),
                Arguments.of(StringEncoding.UTF8, "héllo", StringEncoding.UTF16, List.of("0,0,2,12", "p,12,2,10")),
                Arguments.of(StringEncoding.UTF8, "abc", StringEncoding.UTF16, List.of("0,0,2,6")),
                Arguments.of(StringEncoding.UTF16, "héllo", StringEncoding.UTF8, List.of("0,0,1,5", "p,5,1,15", "p,15,1,6")),
                Arguments.of(StringEncoding.UTF16, "hello", StringEncoding.UTF8, List.of("0,0,1,5")),
                Arguments.of(StringEncoding.LATIN1_UTF16, "héllo", StringEncoding.UTF8, List.of("0,0,1,5", "p,5,1,10", "p,10,1,6")),
                Arguments.of(StringEncoding.LATIN1_UTF16, "\u00ff\u00ff", StringEncoding.UTF8, List.of("0,0,1,2", "p,2,1,4")),
                Arguments.of(StringEncoding.UTF8, "héllo", StringEncoding.LATIN1_UTF16, List.of("0,0,2,6", "p,6,2,5")),
                Arguments.of(StringEncoding.UTF8, "a☃", StringEncoding.LATIN1_UTF16, List.of("0,0,2,4", "p,4,2,8", "p,8,2,4")),
                Arguments.of(StringEncoding.UTF16, "abc", StringEncoding.LATIN1_UTF16, List.of("0,0,2,3")),
                Arguments.of(StringEncoding.UTF16, "a☃", StringEncoding.LATIN1_UTF16, List.of("0,0,2,2", "p,2,2,4")),
                Arguments.of(StringEncoding.LATIN1_UTF16, "a☃", StringEncoding.LATIN1_UTF16, List.of("0,0,2,4")),
                Arguments.of(StringEncoding.LATIN1_UTF16, "héllo", StringEncoding.LATIN1_UTF16, List.of("0,0,2,5")),
                Arguments.of(StringEncoding.LATIN1_UTF16, "héllo", StringEncoding.UTF16, List.of("0,0,2,10")),
                Arguments.of(StringEncoding.UTF8, "", StringEncoding.UTF16, List.of("0,0,2,0")));
    }

    @ParameterizedTest
    @MethodSource("reallocStrategies")
    void transcodingAsksReallocForTheSpecsSizes(StringEncoding from, String s, StringEncoding to, List<String> calls) {
        TestHeap caller = new TestHeap();
        TestHeap callee = new TestHeap();
        PtrLen src = Strings.store(caller.context(from, Peer.HOST), s);
        StringOrigins origins = new StringOrigins();
        String lifted = Strings.load(new AbiContext(caller.options(from), null, null, Peer.COMPONENT, origins), src.ptr(), src.length());
        Strings.store(new AbiContext(callee.options(to), null, null, Peer.COMPONENT, origins), lifted);
        assertEquals(calls, callee.callShapes());
    }

    @Test
    void taggedUtf16ThatFitsLatin1IsCompressedWhenCopiedBetweenCompactEncodings() {
        TestHeap caller = new TestHeap();
        caller.put(64, 'a', 0, 'b', 0, 0xe9, 0);
        StringOrigins origins = new StringOrigins();
        String lifted = Strings.load(new AbiContext(caller.options(StringEncoding.LATIN1_UTF16), null, null, Peer.COMPONENT, origins),
                64, 3 | TAG);
        assertEquals("abé", lifted);
        TestHeap callee = new TestHeap();
        PtrLen r = Strings.store(new AbiContext(callee.options(StringEncoding.LATIN1_UTF16), null, null, Peer.COMPONENT, origins), lifted);
        assertEquals(3, r.length());
        assertArrayEquals(new byte[] {'a', 'b', (byte) 0xe9}, callee.bytes(r.ptr(), 3));
        assertEquals(List.of("0,0,2,6", "p,6,1,3"), callee.callShapes());
    }

    @Test
    void memory64TagsUtf16WithTheTopBitOfA64BitLength() {
        TestHeap heap = new TestHeap(true);
        AbiContext cx = heap.context(StringEncoding.LATIN1_UTF16, Peer.HOST);
        PtrLen r = Strings.store(cx, "x☃");
        assertEquals(2 | 1L << 63, r.length());
        assertEquals("x☃", Strings.load(cx, r.ptr(), r.length()));
    }

    static String trapOf(Runnable r) {
        return assertThrows(TrapException.class, r::run).reason();
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of(new int[] {0xff}, "invalid utf-8"),
                Arguments.of(new int[] {0x80}, "invalid utf-8"),
                Arguments.of(new int[] {0xc0, 0x80}, "invalid utf-8"),
                Arguments.of(new int[] {0xed, 0xa0, 0x80}, "invalid utf-8"),
                Arguments.of(new int[] {0xf4, 0x90, 0x80, 0x80}, "invalid utf-8"),
                Arguments.of(new int[] {'a', 0xc3, 'b'}, "invalid utf-8"),
                Arguments.of(new int[] {0xc3}, "incomplete utf-8 byte sequence"),
                Arguments.of(new int[] {'o', 'k', 0xe2, 0x98}, "incomplete utf-8 byte sequence"),
                Arguments.of(new int[] {0xf0, 0x9f, 0x8d}, "incomplete utf-8 byte sequence"));
    }

    @ParameterizedTest
    @MethodSource("invalidUtf8")
    void invalidUtf8Traps(int[] bytes, String message) {
        TestHeap heap = new TestHeap();
        heap.put(8, bytes);
        String reason = trapOf(() -> Strings.load(heap.context(StringEncoding.UTF8, Peer.HOST), 8, bytes.length));
        assertTrue(reason.startsWith(message), reason);
    }

    static Stream<Arguments> loneSurrogates() {
        return Stream.of(
                Arguments.of((Object) new int[] {0x00, 0xd8}),
                Arguments.of((Object) new int[] {0x00, 0xdc, 0x00, 0xd8}),
                Arguments.of((Object) new int[] {'a', 0, 0x3c, 0xd8, 'b', 0}),
                Arguments.of((Object) new int[] {'a', 0, 0x70, 0xdf}));
    }

    @ParameterizedTest
    @MethodSource("loneSurrogates")
    void loneSurrogatesAreRejectedWhenLiftingUtf16(int[] bytes) {
        TestHeap heap = new TestHeap();
        heap.put(8, bytes);
        assertTrue(trapOf(() -> Strings.load(heap.context(StringEncoding.UTF16, Peer.HOST), 8, bytes.length / 2))
                .startsWith("invalid utf-16"));
        assertTrue(trapOf(() -> Strings.load(heap.context(StringEncoding.LATIN1_UTF16, Peer.HOST), 8, bytes.length / 2 | TAG))
                .startsWith("invalid utf-16"));
    }

    @Test
    void hostStringsWithLoneSurrogatesCannotBeLowered() {
        TestHeap heap = new TestHeap();
        assertThrows(IllegalArgumentException.class, () -> Strings.store(heap.context(StringEncoding.UTF8, Peer.HOST), "a\uD800"));
        assertThrows(IllegalArgumentException.class, () -> Strings.store(heap.context(StringEncoding.UTF16, Peer.HOST), "\uDC00b"));
    }

    @Test
    void utf16AndCompactStringsMustBeTwoAligned() {
        TestHeap heap = new TestHeap();
        assertEquals("unaligned pointer", trapOf(() -> Strings.load(heap.context(StringEncoding.UTF16, Peer.COMPONENT), 1, 0)));
        assertEquals("unaligned pointer", trapOf(() -> Strings.load(heap.context(StringEncoding.LATIN1_UTF16, Peer.COMPONENT), 1, 0)));
        assertEquals("unaligned pointer", trapOf(() -> Strings.load(heap.context(StringEncoding.LATIN1_UTF16, Peer.COMPONENT), 1, TAG)));
        assertEquals("string pointer not aligned to 2", trapOf(() -> Strings.load(heap.context(StringEncoding.UTF16, Peer.HOST), 3, 1)));
        assertEquals("", Strings.load(heap.context(StringEncoding.UTF8, Peer.HOST), 1, 0));
    }

    @Test
    void stringBoundsAreCheckedEvenWhenEmpty() {
        TestHeap heap = new TestHeap();
        AbiContext host = heap.context(StringEncoding.UTF8, Peer.HOST);
        assertEquals("string pointer/length out of bounds of memory", trapOf(() -> Strings.load(host, 0xdeadbeefL, 0)));
        assertEquals("string pointer/length out of bounds of memory", trapOf(() -> Strings.load(host, 65535, 2)));
        heap.put(65534, 'o', 'k');
        assertEquals("ok", Strings.load(host, 65534, 2));
        assertEquals("", Strings.load(host, 65536, 0));
        AbiContext component = heap.context(StringEncoding.UTF8, Peer.COMPONENT);
        assertEquals("string content out-of-bounds", trapOf(() -> Strings.load(component, 0x80000000L, 1)));
        assertEquals("string content out-of-bounds", trapOf(() -> Strings.load(component, 65535, 2)));
        AbiContext utf16 = heap.context(StringEncoding.UTF16, Peer.COMPONENT);
        assertEquals("string content out-of-bounds", trapOf(() -> Strings.load(utf16, 65534, 2)));
    }

    @Test
    void overlongLengthsTrapBeforeTouchingMemory() {
        TestHeap heap = new TestHeap();
        assertEquals("string content too long", trapOf(() -> Strings.load(heap.context(StringEncoding.UTF8, Peer.HOST), 0, 1L << 28)));
        assertEquals("string content too long", trapOf(() -> Strings.load(heap.context(StringEncoding.UTF16, Peer.HOST), 0, 1L << 27)));
        assertEquals("string content too long", trapOf(() -> Strings.load(heap.context(StringEncoding.UTF16, Peer.HOST), 0, 0xffffffffL)));
    }
}
