package dev.weft.engine.internal.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.model.HeapType;
import dev.weft.engine.internal.model.ValType;
import java.util.function.ToLongFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryReaderTest {

    private static BinaryReader reader(String hex) {
        String[] parts = hex.isBlank() ? new String[0] : hex.trim().split("\\s+");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        return new BinaryReader(bytes, 0, bytes.length);
    }

    private static ToLongFunction<BinaryReader> kind(String kind) {
        return switch (kind) {
            case "u32" -> r -> r.u32() & 0xFFFFFFFFL;
            case "s32" -> BinaryReader::s32;
            case "s33" -> BinaryReader::s33;
            case "s64" -> BinaryReader::s64;
            case "u64" -> BinaryReader::u64;
            case "u8" -> BinaryReader::laneIndex;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
        "u32, 00, 0",
        "u32, 7f, 127",
        "u32, 80 01, 128",
        "u32, 80 00, 0",
        "u32, ff ff ff ff 0f, 4294967295",
        "u32, 80 80 80 80 00, 0",
        "s32, 7f, -1",
        "s32, 40, -64",
        "s32, 3f, 63",
        "s32, c0 00, 64",
        "s32, 80 80 80 80 78, -2147483648",
        "s32, ff ff ff ff 07, 2147483647",
        "s32, ff ff ff ff 7f, -1",
        "s33, ff ff ff ff 0f, 4294967295",
        "s33, 80 80 80 80 70, -4294967296",
        "s64, 80 80 80 80 80 80 80 80 80 7f, -9223372036854775808",
        "s64, ff ff ff ff ff ff ff ff ff 00, 9223372036854775807",
        "u64, ff ff ff ff ff ff ff ff ff 01, -1",
        "u8, ff, 255",
    })
    void decodesLeb128(String kind, String hex, long expected) {
        BinaryReader r = reader(hex);
        assertEquals(expected, kind(kind).applyAsLong(r));
        assertEquals(0, r.remaining(), "consumed every byte");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "u32, ff ff ff ff 1f, integer too large",
        "u32, 80 80 80 80 10, integer too large",
        "u32, 80 80 80 80 80 00, integer representation too long",
        "s32, ff ff ff ff 0f, integer too large",
        "s32, 80 80 80 80 70, integer too large",
        "s32, 80 80 80 80 80 00, integer representation too long",
        "s33, 80 80 80 80 60, integer too large",
        "s64, 80 80 80 80 80 80 80 80 80 01, integer too large",
        "s64, ff ff ff ff ff ff ff ff ff 7e, integer too large",
        "s64, 80 80 80 80 80 80 80 80 80 80 00, integer representation too long",
        "u64, ff ff ff ff ff ff ff ff ff 02, integer too large",
        "u32, 80, unexpected end of section or function",
        "u32, '', unexpected end of section or function",
    })
    void rejectsMalformedLeb128(String kind, String hex, String reason) {
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> kind(kind).applyAsLong(reader(hex)));
        assertEquals(reason, e.reason());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "7f, i32", "7e, i64", "7d, f32", "7c, f64", "7b, v128",
        "70, (ref null func)", "6f, (ref null extern)", "6e, (ref null any)", "6d, (ref null eq)",
        "6c, (ref null i31)", "6b, (ref null struct)", "6a, (ref null array)", "69, (ref null exn)",
        "71, (ref null none)", "72, (ref null noextern)", "73, (ref null nofunc)", "74, (ref null noexn)",
        "64 70, (ref func)", "63 6e, (ref null any)", "64 05, (ref 5)", "63 80 01, (ref null 128)",
    })
    void decodesValueTypes(String hex, String expected) {
        assertEquals(expected, reader(hex).valType().toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "7a, malformed reference type",
        "40, malformed reference type",
        "64 7f, malformed heap type",
        "64 40, malformed heap type",
        "63 7f 00, malformed heap type",
        "63, unexpected end of section or function",
    })
    void rejectsMalformedValueTypes(String hex, String reason) {
        MalformedModuleException e = assertThrows(MalformedModuleException.class, () -> reader(hex).valType());
        assertEquals(reason, e.reason());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"78, i8", "77, i16", "7f, i32", "64 6b, (ref struct)"})
    void decodesStorageTypes(String hex, String expected) {
        assertEquals(expected, reader(hex).storageType().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"76", "60"})
    void rejectsUnknownStorageTypes(String hex) {
        assertEquals("malformed storage type",
                assertThrows(MalformedModuleException.class, () -> reader(hex).storageType()).reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"c3 bc, true", "e2 82 ac, true", "f0 9f 98 80, true", "c0 80, false", "e0 80 80, false",
        "ed a0 80, false", "f4 90 80 80, false", "80, false", "e2 82, false", "f8 88 80 80 80, false"})
    void validatesUtf8Strictly(String hex, boolean valid) {
        BinaryReader r = reader(hex);
        byte[] bytes = java.util.Arrays.copyOf(r.bytes, r.end);
        assertEquals(valid, Utf8.decode(bytes, 0, bytes.length) != null);
    }

    @org.junit.jupiter.api.Test
    void sharesAbstractReferenceTypes() {
        assertEquals(ValType.ref(false, HeapType.ANY), reader("64 6e").refType());
        assertEquals(true, reader("6e").refType() == reader("63 6e").refType());
    }

    @org.junit.jupiter.api.Test
    void lengthIsBoundedByTheBytesLeft() {
        assertEquals(2, reader("02 00").length());
        assertEquals("length out of bounds",
                assertThrows(MalformedModuleException.class, () -> reader("03 00").length()).reason());
    }
}
