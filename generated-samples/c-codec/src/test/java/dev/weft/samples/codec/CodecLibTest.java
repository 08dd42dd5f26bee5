package dev.weft.samples.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The C library through its generated bindings, checked against the JDK's own implementations. */
class CodecLibTest {
    private static CodecLib lib;
    private static CodecLib.Codec codec;

    @BeforeAll
    static void load() {
        lib = Main.load();
        codec = lib.codec();
    }

    @AfterAll
    static void close() {
        lib.close();
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static int jdkCrc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return (int) c.getValue();
    }

    private static int jdkAdler(byte[] data) {
        Adler32 a = new Adler32();
        a.update(data);
        return (int) a.getValue();
    }

    @Test
    void checksumsMatchTheJdkAndKnownVectors() {
        for (int n : new int[] {0, 1, 3, 5552, 5553, 100_000}) {
            byte[] data = random(n, n);
            assertEquals(new Digest(Algorithm.CRC32, jdkCrc(data), n), codec.checksum(Algorithm.CRC32, data));
            assertEquals(new Digest(Algorithm.ADLER32, jdkAdler(data), n), codec.checksum(Algorithm.ADLER32, data));
        }
        byte[] a = "a".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xe40c292c, codec.checksum(Algorithm.FNV1A, a).value());
        assertEquals(0x811c9dc5, codec.checksum(Algorithm.FNV1A, new byte[0]).value());
    }

    @Test
    void checksumAllGivesEveryAlgorithmInOrder() {
        byte[] data = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(
                new Digest(Algorithm.CRC32, 0xcbf43926, 9),
                new Digest(Algorithm.ADLER32, 0x091e01de, 9),
                new Digest(Algorithm.FNV1A, 0xbb86b11c, 9)), codec.checksumAll(data));
    }

    @Test
    void hasherStreamsAndResets() {
        byte[] data = random(200_000, 7);
        for (Algorithm algorithm : Algorithm.values()) {
            try (Hasher h = codec.newHasher(algorithm)) {
                for (int off = 0; off < data.length; off += 30_000) {
                    h.update(java.util.Arrays.copyOfRange(data, off, Math.min(data.length, off + 30_000)));
                }
                assertEquals(codec.checksum(algorithm, data), h.digest());
                h.reset();
                assertEquals(codec.checksum(algorithm, new byte[0]), h.digest());
                h.update(new byte[] {1, 2, 3});
                assertEquals(codec.checksum(algorithm, new byte[] {1, 2, 3}), h.digest());
            }
        }
    }

    @Test
    void manyHashersLiveAtOnceKeepTheirOwnState() {
        Hasher[] hs = new Hasher[50];
        for (int i = 0; i < hs.length; i++) {
            hs[i] = codec.newHasher(Algorithm.values()[i % 3]);
            hs[i].update(random(i, i));
        }
        for (int i = 0; i < hs.length; i++) {
            try (Hasher h = hs[i]) {
                assertEquals(codec.checksum(Algorithm.values()[i % 3], random(i, i)), h.digest());
            }
        }
    }

    @Test
    void checksumFileStreamsAFile(@TempDir Path dir) throws IOException {
        byte[] data = random(300_000, 3);
        Path file = Files.write(dir.resolve("data.bin"), data);
        assertEquals(new Digest(Algorithm.CRC32, jdkCrc(data), data.length), Main.checksumFile(codec, Algorithm.CRC32, file));
    }

    @Test
    void base64RoundTripsLikeTheJdk() {
        for (int n = 0; n < 40; n++) {
            byte[] data = random(n, 100 + n);
            String encoded = codec.base64Encode(data);
            assertEquals(Base64.getEncoder().encodeToString(data), encoded);
            assertArrayEquals(data, assertDecodes(encoded));
        }
        byte[] big = random(1 << 20, 1);
        assertArrayEquals(big, assertDecodes(codec.base64Encode(big)));
    }

    private static byte[] assertDecodes(String text) {
        try {
            return codec.base64Decode(text);
        } catch (DecodeErrorException e) {
            throw new AssertionError(text + ": " + e.error(), e);
        }
    }

    @Test
    void base64DecodeReportsTheFirstBadCharacterAndBadLengths() {
        assertEquals(new DecodeError.InvalidChar(3),
                assertThrows(DecodeErrorException.class, () -> codec.base64Decode("abc*")).error());
        assertEquals(new DecodeError.InvalidChar(1),
                assertThrows(DecodeErrorException.class, () -> codec.base64Decode("a=bc")).error());
        assertEquals(new DecodeError.InvalidChar(4),
                assertThrows(DecodeErrorException.class, () -> codec.base64Decode("abcdé==")).error());
        assertEquals(new DecodeError.BadLength(5),
                assertThrows(DecodeErrorException.class, () -> codec.base64Decode("abcde")).error());
    }

    @Test
    void hexRoundTripsAndRejectsBadInput() throws DecodeErrorException {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        String hex = codec.hexEncode(all);
        assertEquals(HexFormat.of().formatHex(all), hex);
        assertArrayEquals(all, codec.hexDecode(hex.toUpperCase()));
        assertArrayEquals(new byte[0], codec.hexDecode(""));
        assertEquals(new DecodeError.BadLength(3),
                assertThrows(DecodeErrorException.class, () -> codec.hexDecode("abc")).error());
        assertEquals(new DecodeError.InvalidChar(4),
                assertThrows(DecodeErrorException.class, () -> codec.hexDecode("0011zz")).error());
    }

    @Test
    void mainDescribesErrors() {
        assertEquals("invalid character at offset 2", Main.describe(new DecodeError.InvalidChar(2)));
        assertEquals("a text of length 7 cannot be decoded", Main.describe(new DecodeError.BadLength(7)));
    }
}
