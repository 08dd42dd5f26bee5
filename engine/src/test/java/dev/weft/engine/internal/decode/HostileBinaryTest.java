package dev.weft.engine.internal.decode;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.Engine;
import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.Linker;
import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.Module;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile binaries: counts claiming billions of entries, overlong integers, extreme nesting and
 * type hierarchies. Each is rejected (or accepted) without allocating for what the bytes cannot
 * hold and without recursing on the Java stack.
 */
class HostileBinaryTest {
    private static final Engine ENGINE = Engine.create();
    private static final long BILLIONS = 0xFFFF_FFFFL;

    private static MalformedModuleException malformed(Bin b) {
        byte[] bytes = b.bytes();
        return assertThrows(MalformedModuleException.class, () -> Module.fromBinary(ENGINE, bytes));
    }

    private static InvalidModuleException invalid(Bin b) {
        byte[] bytes = b.bytes();
        return assertThrows(InvalidModuleException.class, () -> Module.fromBinary(ENGINE, bytes));
    }

    private static Bin oneFunction(Bin body) {
        return Bin.module().section(1, Bin.of().u32(1).b(0x60, 0, 0)).section(3, Bin.of().u32(1).u32(0))
                .section(7, Bin.of().u32(1).name("f").b(0).u32(0)).section(10, Bin.of().u32(1).body(body));
    }

    @Test
    void everySectionCountClaimingBillionsOfEntriesIsLengthOutOfBounds() {
        Map<Integer, String> sections = Map.of(1, "type", 2, "import", 3, "function", 6, "global", 7, "export",
                9, "element", 10, "code", 11, "data");
        sections.forEach((id, name) -> assertEquals("length out of bounds (" + name + " section, at byte offset 10)",
                malformed(Bin.module().section(id, Bin.of().u32(BILLIONS))).getMessage()));
    }

    @Test
    void typeVectorsClaimingBillionsOfEntriesAreLengthOutOfBounds() {
        assertEquals("length out of bounds (type section, at byte offset 12)",
                malformed(Bin.module().section(1, Bin.of().u32(1).b(0x4E).u32(BILLIONS))).getMessage());
        for (int form : new int[] {0x60, 0x5F, 0x50}) {
            assertEquals("length out of bounds (type section, type 0, at byte offset 12)",
                    malformed(Bin.module().section(1, Bin.of().u32(1).b(form).u32(BILLIONS))).getMessage());
        }
    }

    @Test
    void localsClaimingBillionsAreTooManyBeforeAnyAllocation() {
        MalformedModuleException e = malformed(oneFunction(
                Bin.of().u32(2).u32(0x7FFF_FFFF).b(0x7F).u32(0x7FFF_FFFF).b(0x7E).b(0x0B)));
        assertEquals("too many locals", e.reason());
        assertEquals("length out of bounds",
                malformed(oneFunction(Bin.of().u32(BILLIONS).b(0x0B))).reason());
    }

    @Test
    void localsUpToTheLimitAreAcceptedAndOneMoreIsTooMany() {
        assertDoesNotThrow(() -> Module.fromBinary(ENGINE,
                oneFunction(Bin.of().u32(1).u32(ModuleDecoder.MAX_LOCALS).b(0x7F).b(0x0B)).bytes()));
        assertEquals("too many locals",
                malformed(oneFunction(Bin.of().u32(1).u32(ModuleDecoder.MAX_LOCALS + 1).b(0x7F).b(0x0B))).reason());
    }

    @Test
    void instructionVectorsClaimingBillionsAreLengthOutOfBounds() {
        assertEquals("length out of bounds", malformed(oneFunction(
                Bin.of().u32(0).b(0x41, 0).b(0x0E).u32(BILLIONS))).reason()); // br_table targets
        assertEquals("length out of bounds", malformed(oneFunction(
                Bin.of().u32(0).b(0x1C).u32(BILLIONS))).reason()); // select types
    }

    @Test
    void overlongAndOverflowingIntegersAreMalformed() {
        assertEquals("integer too large (type section, at byte offset 14)",
                malformed(Bin.module().section(1, Bin.of().b(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F))).getMessage());
        assertEquals("integer representation too long (type section, at byte offset 15)",
                malformed(Bin.module().section(1, Bin.of().b(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0))).getMessage());
        assertEquals("length out of bounds (section header, at byte offset 9)",
                malformed(Bin.module().b(1).u32(BILLIONS)).getMessage());
    }

    @Test
    void aMillionNestedBlocksValidateCompileAndRunOnASmallThreadStack() throws Exception {
        int n = 1_000_000;
        Bin body = Bin.of().u32(0);
        for (int i = 0; i < n; i++) body.b(0x41, 1, 0x04, 0x40); // i32.const 1, if
        for (int i = 0; i < n; i++) body.b(0x02, 0x40);          // block
        for (int i = 0; i < 2 * n; i++) body.b(0x0B);
        body.b(0x0B);
        byte[] wasm = oneFunction(body).bytes();
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                Linker.create(ENGINE).instantiate(Module.fromBinary(ENGINE, wasm)).func("f").call();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertEquals(null, thrown[0]);
    }

    /** {@code n} struct types, each a declared subtype of the previous one. */
    private static Bin subtypeChain(int n) {
        Bin types = Bin.of().u32(n).b(0x50, 0x00, 0x5F, 0x00);
        for (int i = 1; i < n; i++) types.b(0x50, 0x01).u32(i - 1).b(0x5F, 0x00);
        return Bin.module().section(1, types);
    }

    @Test
    void subtypeChainsAreLimitedToTheDepthOtherEnginesAccept() {
        assertDoesNotThrow(() -> Module.fromBinary(ENGINE, subtypeChain(64).bytes()));
        InvalidModuleException e = invalid(subtypeChain(65));
        assertEquals("sub type 64 is deeper than the limit of 63 supertypes (type 64)", e.getMessage());
    }

    @Test
    void aHundredThousandDeepSubtypeChainIsRejectedQuickly() {
        // Unbounded, each type's stored supertype chain made this quadratic: gigabytes, then OutOfMemoryError.
        assertEquals("sub type 64 is deeper than the limit of 63 supertypes", invalid(subtypeChain(100_000)).reason());
    }

    @Test
    void aHundredThousandTypesReferringToTheirPredecessorsAreAccepted() {
        int n = 100_000;
        Bin groups = Bin.of().u32(n).b(0x5F, 0x00);
        for (int i = 1; i < n; i++) groups.b(0x5F, 0x01, 0x63).s64(i - 1).b(0x00);
        assertDoesNotThrow(() -> Module.fromBinary(ENGINE, Bin.module().section(1, groups).bytes()));
        Bin oneGroup = Bin.of().u32(1).b(0x4E).u32(n);
        for (int i = 0; i < n; i++) oneGroup.b(0x5F, 0x01, 0x63).s64((i + 1) % n).b(0x00);
        assertDoesNotThrow(() -> Module.fromBinary(ENGINE, Bin.module().section(1, oneGroup).bytes()));
    }
}
