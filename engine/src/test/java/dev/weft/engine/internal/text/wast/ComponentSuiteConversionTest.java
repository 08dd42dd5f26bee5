package dev.weft.engine.internal.text.wast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.MalformedModuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every script of the component-model test suite: each must parse, and every text component
 * outside {@code assert_malformed} must convert to a binary starting with the component preamble,
 * while text and quote components inside {@code assert_malformed} must be rejected.
 */
class ComponentSuiteConversionTest {
    private static final Path SUITE = Path.of(System.getProperty("weft.suites", "../shared"), "component-model-tests");
    private static final byte[] PREAMBLE = {0x00, 0x61, 0x73, 0x6D, 0x0D, 0x00, 0x01, 0x00};

    private static List<Path> scripts() throws IOException {
        if (!Files.isDirectory(SUITE)) return List.of();
        try (Stream<Path> s = Files.walk(SUITE)) {
            return s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
    }

    private static ModuleSource source(WastCommand c) {
        return switch (c) {
            case WastCommand.Module m -> m.source();
            case WastCommand.AssertInvalid a -> a.module();
            case WastCommand.AssertUnlinkable a -> a.module();
            case WastCommand.AssertUninstantiable a -> a.module();
            default -> null;
        };
    }

    @Test
    void everyComponentScriptParsesAndItsTextComponentsConvert() throws IOException {
        List<Path> files = scripts();
        Assumptions.assumeTrue(!files.isEmpty(), "component-model suite not present");
        List<String> failures = new ArrayList<>();
        int converted = 0;
        for (Path file : files) {
            List<WastCommand> cmds;
            try {
                cmds = WastScript.parse(Files.readString(file), file.toString());
            } catch (RuntimeException e) {
                failures.add(file + ": " + e.getMessage());
                continue;
            }
            for (WastCommand c : cmds) {
                if (c instanceof WastCommand.AssertMalformed am) {
                    if (am.module() instanceof ModuleSource.Binary) continue;
                    try {
                        am.module().toBinary();
                        failures.add(file.getFileName() + ":" + c.line() + ": malformed component converted");
                    } catch (MalformedModuleException expected) {
                        // rejected as required
                    }
                    continue;
                }
                ModuleSource m = source(c);
                if (m == null || m instanceof ModuleSource.Binary) continue;
                try {
                    byte[] b = m.toBinary();
                    byte[] head = Arrays.copyOf(b, Math.min(8, b.length));
                    if (m.kind() == ModuleSource.Kind.COMPONENT && !Arrays.equals(head, PREAMBLE)) {
                        failures.add(file.getFileName() + ":" + c.line() + ": no component preamble");
                    }
                    converted++;
                } catch (MalformedModuleException e) {
                    failures.add(file.getFileName() + ":" + c.line() + ": " + e.getMessage());
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures (" + converted + " converted):\n"
                + String.join("\n", failures));
    }

    @Test
    void componentCommandsAreComponents() {
        List<WastCommand> cmds = WastScript.parse("""
                (component definition $C (core module $m))
                (component instance $i $C)
                (assert_return (invoke "f" (u32.const 7)) (str.const "7"))
                """, "t.wast");
        WastCommand.Module m = (WastCommand.Module) cmds.get(0);
        assertTrue(m.definition());
        assertTrue(m.source().kind() == ModuleSource.Kind.COMPONENT);
        assertArrayEquals(PREAMBLE, Arrays.copyOf(m.source().toBinary(), 8));
        WastCommand.ModuleInstance mi = (WastCommand.ModuleInstance) cmds.get(1);
        assertTrue(mi.kind() == ModuleSource.Kind.COMPONENT && mi.instance().equals("i") && mi.module().equals("C"));
        WastCommand.AssertReturn ar = (WastCommand.AssertReturn) cmds.get(2);
        WastAction.Invoke inv = (WastAction.Invoke) ar.action();
        assertTrue(inv.isComponent());
        assertTrue(inv.componentArgs().equals(List.of(new WastComponentValue.Int("u32", 7))));
        assertTrue(ar.componentExpected().equals(List.of(new WastComponentValue.Str("7"))));
    }
}
