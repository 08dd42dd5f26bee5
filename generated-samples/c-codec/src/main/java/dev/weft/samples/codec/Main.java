package dev.weft.samples.codec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Checksums files (or a built-in text) with a C library running as a WebAssembly component:
 * {@code Main [file...]} prints each file's CRC-32, Adler-32 and FNV-1a, fed to the library in 64 KiB
 * pieces through its {@code hasher} resource; without arguments it shows the library's other calls.
 */
public final class Main {
    /** The component, built from {@code guest/codec.c} and committed as a resource. */
    static final String COMPONENT = "/components/codec.wasm";

    private Main() {
    }

    /** Loads the library; one instance serves any number of calls. */
    static CodecLib load() {
        return CodecLib.builder().componentResource(Main.class, COMPONENT).build();
    }

    public static void main(String[] args) throws IOException {
        try (CodecLib lib = load()) {
            if (args.length == 0) {
                demo(lib.codec());
            }
            for (String file : args) {
                System.out.println(file);
                for (Algorithm algorithm : Algorithm.values()) {
                    Digest d = checksumFile(lib.codec(), algorithm, Path.of(file));
                    System.out.printf("  %-8s %08x (%d bytes)%n", algorithm.name().toLowerCase(), d.value(), d.length());
                }
            }
        }
    }

    /** Streams a file through a hasher; the try-with-resources drops the guest's resource. */
    static Digest checksumFile(CodecLib.Codec codec, Algorithm algorithm, Path file) throws IOException {
        try (Hasher hasher = codec.newHasher(algorithm); InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[64 * 1024];
            for (int n; (n = in.read(chunk)) > 0; ) {
                hasher.update(n == chunk.length ? chunk : Arrays.copyOf(chunk, n));
            }
            return hasher.digest();
        }
    }

    private static void demo(CodecLib.Codec codec) {
        byte[] text = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
        System.out.println("text:    The quick brown fox jumps over the lazy dog");
        for (Digest d : codec.checksumAll(text)) {
            // u32 values arrive as Java ints: print them unsigned
            System.out.printf("%-8s %08x  (%d bytes)%n", d.algorithm().name().toLowerCase() + ":", d.value(), d.length());
        }
        String base64 = codec.base64Encode(text);
        System.out.println("base64:  " + base64);
        System.out.println("hex:     " + codec.hexEncode(new byte[] {(byte) 0xCA, (byte) 0xFE, 0x00, 0x42}));
        try {
            byte[] back = codec.base64Decode(base64);
            System.out.println("decoded: " + new String(back, StandardCharsets.UTF_8));
            codec.base64Decode("not*base64!!");
        } catch (DecodeErrorException e) {
            System.out.println("error:   " + describe(e.error()));
        }
        CRC32 jdk = new CRC32();
        jdk.update(text);
        boolean same = codec.checksum(Algorithm.CRC32, text).value() == (int) jdk.getValue();
        System.out.println("java.util.zip.CRC32 agrees: " + same);
    }

    static String describe(DecodeError error) {
        return switch (error) {
            case DecodeError.InvalidChar c -> "invalid character at offset " + c.value();
            case DecodeError.BadLength b -> "a text of length " + b.value() + " cannot be decoded";
        };
    }
}
