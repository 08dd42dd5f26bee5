package dev.weft.component.internal.binary;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.component.internal.validate.ComponentValidator;
import dev.weft.engine.Engine;
import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.MalformedModuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Damaged component binaries (every truncation and a set of single-byte edits of the valid
 * components in the reference {@code binary.wast}) are either accepted or rejected with a Weft
 * exception: nothing else may escape the decoder or validator.
 */
class DecoderRobustnessTest {
    private static final Path FILE = Path.of(System.getProperty("weft.suites", "../shared"),
            "component-model-tests", "binary", "binary.wast");
    private static final int[] EDITS = {0x00, 0x01, 0x02, 0x40, 0x7f, 0x80, 0xff};

    @Test
    void damagedBinariesOnlyFailWithWeftExceptions() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), "no component-model tests at " + FILE);
        Engine engine = Engine.create();
        List<String> escapes = new ArrayList<>();
        int runs = 0;
        for (WastBinaryCommands.Command c : WastBinaryCommands.parse(Files.readString(FILE))) {
            if (c.kind() != WastBinaryCommands.Kind.VALID) continue;
            byte[] ok = c.bytes();
            for (int cut = 0; cut < ok.length; cut++) {
                runs++;
                check(engine, Arrays.copyOf(ok, cut), escapes);
            }
            for (int at = 8; at < ok.length; at++) {
                for (int v : EDITS) {
                    byte[] edited = ok.clone();
                    edited[at] = (byte) v;
                    runs++;
                    check(engine, edited, escapes);
                }
            }
        }
        assertTrue(runs > 1000, "runs: " + runs);
        assertTrue(escapes.isEmpty(), escapes.size() + " escapes, e.g.:\n" + String.join("\n", escapes.subList(0,
                Math.min(10, escapes.size()))));
    }

    @Test
    void deeplyNestedTypesAndComponentsAreRejectedCleanly() {
        Engine engine = Engine.create();
        // 100 000 types, each a list of the previous one
        java.io.ByteArrayOutputStream types = new java.io.ByteArrayOutputStream();
        int n = 100_000;
        types.writeBytes(dev.weft.component.internal.model.ComponentBytes.u32(n));
        types.writeBytes(new byte[] {0x70, 0x79});
        for (int i = 1; i < n; i++) {
            types.write(0x70);
            types.writeBytes(dev.weft.component.internal.model.ComponentBytes.s33(i - 1));
        }
        byte[] deepTypes = dev.weft.component.internal.model.ComponentBytes.component()
                .section(dev.weft.component.internal.model.ComponentBytes.TYPE, types.toByteArray()).bytes();
        assertRejected(engine, deepTypes, "type nesting is too deep");
        // 20 tuples doubling in (tree) size each time
        java.io.ByteArrayOutputStream wide = new java.io.ByteArrayOutputStream();
        wide.writeBytes(dev.weft.component.internal.model.ComponentBytes.u32(41));
        wide.write(0x79);
        for (int i = 1; i <= 40; i++) {
            wide.writeBytes(new byte[] {0x6f, 2});
            wide.writeBytes(dev.weft.component.internal.model.ComponentBytes.s33(i - 1));
            wide.writeBytes(dev.weft.component.internal.model.ComponentBytes.s33(i - 1));
        }
        assertRejected(engine, dev.weft.component.internal.model.ComponentBytes.component()
                .section(dev.weft.component.internal.model.ComponentBytes.TYPE, wide.toByteArray()).bytes(),
                "effective type size exceeds the limit");
        // 1 000 nested component sections
        byte[] inner = dev.weft.component.internal.model.ComponentBytes.preamble();
        for (int i = 0; i < 1_000; i++) {
            inner = dev.weft.component.internal.model.ComponentBytes.component()
                    .section(dev.weft.component.internal.model.ComponentBytes.COMPONENT, inner).bytes();
        }
        assertRejected(engine, inner, "nesting too deep");
    }

    private static void assertRejected(Engine engine, byte[] bytes, String reason) {
        try {
            ComponentValidator.validate(engine, ComponentDecoder.decode(bytes));
        } catch (MalformedModuleException e) {
            assertTrue(e.reason().contains(reason), e.getMessage());
            return;
        } catch (InvalidModuleException e) {
            assertTrue(e.reason().contains(reason), e.getMessage());
            return;
        }
        throw new AssertionError("accepted; expected " + reason);
    }

    private static void check(Engine engine, byte[] bytes, List<String> escapes) {
        try {
            ComponentValidator.validate(engine, ComponentDecoder.decode(bytes));
        } catch (MalformedModuleException | InvalidModuleException e) {
            // expected for damaged input
        } catch (Throwable t) {
            escapes.add(t + " at " + (t.getStackTrace().length > 0 ? t.getStackTrace()[0] : "?"));
        }
    }
}
