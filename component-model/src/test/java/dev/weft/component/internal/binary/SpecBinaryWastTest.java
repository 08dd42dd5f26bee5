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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every binary-encoded component of the component-model reference test {@code binary/binary.wast}
 * (read in place from {@code weft.suites}) through the decoder and validator: valid ones must pass,
 * {@code assert_malformed} ones must fail decoding, {@code assert_invalid} ones must be rejected, each
 * with a message containing the expected text.
 */
class SpecBinaryWastTest {
    private static final Path FILE = Path.of(System.getProperty("weft.suites", "../shared"),
            "component-model-tests", "binary", "binary.wast");

    @Test
    void everyBinaryCommandBehavesAsTheScriptSays() throws IOException {
        assumeTrue(Files.isRegularFile(FILE), "no component-model tests at " + FILE);
        List<WastBinaryCommands.Command> commands = WastBinaryCommands.parse(Files.readString(FILE));
        assertTrue(commands.size() > 100, "commands found: " + commands.size());
        Engine engine = Engine.create();
        List<String> failures = new ArrayList<>();
        for (WastBinaryCommands.Command c : commands) {
            String problem = run(engine, c);
            if (problem != null) failures.add("line " + c.line() + ": " + problem);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + commands.size() + " failed:\n"
                + String.join("\n", failures));
    }

    private static boolean matches(String actual, String expected) {
        return actual.contains(expected);
    }

    private static String run(Engine engine, WastBinaryCommands.Command c) {
        try {
            ComponentValidator.validate(engine, ComponentDecoder.decode(c.bytes()));
            return c.kind() == WastBinaryCommands.Kind.VALID ? null : "accepted, expected \"" + c.message() + "\"";
        } catch (MalformedModuleException e) {
            return switch (c.kind()) {
                case VALID -> "rejected as malformed: " + e.getMessage();
                case INVALID -> "malformed, not invalid: " + e.getMessage() + " (expected \"" + c.message() + "\")";
                case MALFORMED -> matches(e.reason(), c.message()) ? null
                        : "message \"" + e.reason() + "\", expected \"" + c.message() + "\"";
            };
        } catch (InvalidModuleException e) {
            return switch (c.kind()) {
                case VALID -> "rejected as invalid: " + e.getMessage();
                case MALFORMED -> "invalid, not malformed: " + e.getMessage() + " (expected \"" + c.message() + "\")";
                case INVALID -> matches(e.reason(), c.message()) ? null
                        : "message \"" + e.reason() + "\", expected \"" + c.message() + "\"";
            };
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
    }
}
