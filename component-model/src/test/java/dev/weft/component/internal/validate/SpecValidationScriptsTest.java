package dev.weft.component.internal.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.component.internal.binary.ComponentDecoder;
import dev.weft.engine.Engine;
import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.text.wast.ModuleSource;
import dev.weft.engine.internal.text.wast.WastCommand;
import dev.weft.engine.internal.text.wast.WastScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the components of the reference scripts in {@code component-model-tests/{validation,binary,values,
 * resources,linking,async}} (read in place from {@code weft.suites}) through the decoder and validator only:
 * every component defined by a script must validate, every {@code assert_invalid} component must be
 * rejected as invalid and every {@code assert_malformed} one as malformed, with a reason containing the
 * expected text (the reference runner's rule). Running components is the runtime's suite.
 */
class SpecValidationScriptsTest {
    private static final Path ROOT = Path.of(System.getProperty("weft.suites", "../shared"), "component-model-tests");
    private static final List<String> FOLDERS = List.of("validation", "binary", "values", "resources", "linking", "async");

    @Test
    void everyComponentInTheScriptsValidatesAsExpected() throws IOException {
        assumeTrue(Files.isDirectory(ROOT), "no component-model tests at " + ROOT);
        Engine engine = Engine.create();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String folder : FOLDERS) {
            List<Path> files;
            try (Stream<Path> s = Files.list(ROOT.resolve(folder))) {
                files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
            }
            for (Path file : files) {
                String name = folder + "/" + file.getFileName();
                for (WastCommand c : WastScript.parse(Files.readString(file), name)) {
                    String problem = switch (c) {
                        case WastCommand.Module m when m.source().kind() == ModuleSource.Kind.COMPONENT ->
                                expectValid(engine, m.source());
                        case WastCommand.AssertInvalid a when a.module().kind() == ModuleSource.Kind.COMPONENT ->
                                expectInvalid(engine, a.module(), a.message());
                        case WastCommand.AssertMalformed a when a.module().kind() == ModuleSource.Kind.COMPONENT ->
                                expectMalformed(engine, a.module(), a.message());
                        default -> "";
                    };
                    if ("".equals(problem)) continue;
                    checked++;
                    String where = name + ":" + line(c);
                    if (problem != null) failures.add(where + ": " + problem);
                }
            }
        }
        assertTrue(checked > 500, "components checked: " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " failed:\n" + String.join("\n", failures));
    }

    private static int line(WastCommand c) {
        return switch (c) {
            case WastCommand.Module m -> m.line();
            case WastCommand.AssertInvalid a -> a.line();
            case WastCommand.AssertMalformed a -> a.line();
            default -> -1;
        };
    }

    private static void check(Engine engine, ModuleSource source) {
        ComponentValidator.validate(engine, ComponentDecoder.decode(source.toBinary()));
    }

    private static String expectValid(Engine engine, ModuleSource source) {
        try {
            check(engine, source);
            return null;
        } catch (MalformedModuleException | InvalidModuleException e) {
            return "rejected: " + e.getMessage();
        }
    }

    private static String expectInvalid(Engine engine, ModuleSource source, String message) {
        try {
            check(engine, source);
            return "accepted, expected invalid: " + message;
        } catch (InvalidModuleException e) {
            return e.reason().contains(message) ? null : "reason \"" + e.reason() + "\", expected \"" + message + "\"";
        } catch (MalformedModuleException e) {
            return "malformed, expected invalid \"" + message + "\": " + e.getMessage();
        }
    }

    private static String expectMalformed(Engine engine, ModuleSource source, String message) {
        byte[] bytes;
        try {
            bytes = source.toBinary();
        } catch (MalformedModuleException e) {
            return null; // a text-level error: the text format's tests check its wording
        }
        try {
            ComponentValidator.validate(engine, ComponentDecoder.decode(bytes));
            return "accepted, expected malformed: " + message;
        } catch (MalformedModuleException e) {
            return e.reason().contains(message) ? null : "reason \"" + e.reason() + "\", expected \"" + message + "\"";
        } catch (InvalidModuleException e) {
            return "invalid, expected malformed \"" + message + "\": " + e.getMessage();
        }
    }
}
