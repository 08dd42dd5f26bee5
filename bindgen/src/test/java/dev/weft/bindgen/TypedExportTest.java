package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.component.bindings.TypedExport;
import dev.weft.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The typed fast path gives the same values as the dynamic path, straight from core values and memory. */
class TypedExportTest {
    private static ComponentInstance instantiate(String guest) throws IOException {
        Engine engine = Engine.create();
        byte[] bytes = Files.readAllBytes(Path.of("../conformance/src/test/resources/guests", guest, "test.wasm"));
        return ComponentLinker.create(engine).instantiate(Component.fromBinary(engine, bytes));
    }

    @Test
    void scalarsRoundTripOnTheFastPathLikeTheDynamicPath() throws IOException {
        try (ComponentInstance root = instantiate("numbers")) {
            ComponentInstance numbers = root.instance("test:numbers/numbers");
            TypedExport u8 = new TypedExport(numbers, "roundtrip-u8");
            assertTrue(u8.isFast());
            assertEquals((byte) 200, (byte) u8.call(a -> a.u8((byte) 200), r -> r.u8()));
            assertEquals(new Val.U8((byte) 200), numbers.func("roundtrip-u8").call(new Val.U8((byte) 200)));
            assertEquals(Long.MIN_VALUE, (long) new TypedExport(numbers, "roundtrip-s64").call(a -> a.s64(Long.MIN_VALUE), r -> r.s64()));
            assertEquals(-0.5f, (float) new TypedExport(numbers, "roundtrip-f32").call(a -> a.f32(-0.5f), r -> r.f32()));
            assertEquals(0x10FFFF, (int) new TypedExport(numbers, "roundtrip-char").call(a -> a.codePoint(0x10FFFF), r -> r.codePoint()));
            new TypedExport(numbers, "set-scalar").call(a -> a.u32(-2), null);
            assertEquals(new Val.U32(-2), numbers.func("get-scalar").call());
        }
    }

    @Test
    void stringsAndListsMoveThroughMemory() throws IOException {
        try (ComponentInstance root = instantiate("lists")) {
            ComponentInstance lists = root.instance("test:lists/to-test");
            TypedExport strings = new TypedExport(lists, "string-roundtrip");
            assertTrue(strings.isFast());
            assertEquals("\u00e9t\u00e9 \uD83D\uDE80", strings.call(a -> a.string("\u00e9t\u00e9 \uD83D\uDE80"), r -> r.string()));
            byte[] bytes = {0, 1, (byte) 255};
            assertArrayEquals(bytes, new TypedExport(lists, "list-roundtrip").call(a -> a.u8s(bytes), r -> r.u8s()));
        }
    }

    @Test
    void anInvalidCharArgumentIsRejectedBeforeTheCall() throws IOException {
        try (ComponentInstance root = instantiate("numbers")) {
            TypedExport chars = new TypedExport(root.instance("test:numbers/numbers"), "roundtrip-char");
            assertThrows(IllegalArgumentException.class, () -> chars.call(a -> a.codePoint(0xD800), r -> r.codePoint()));
            assertEquals(65, (int) chars.call(a -> a.codePoint(65), r -> r.codePoint()));
        }
    }

    @Test
    void aClosedInstanceRefusesCalls() throws IOException {
        ComponentInstance root = instantiate("numbers");
        TypedExport u32 = new TypedExport(root.instance("test:numbers/numbers"), "roundtrip-u32");
        root.close();
        assertThrows(IllegalStateException.class, () -> u32.call(a -> a.u32(1), r -> r.u32()));
    }
}
