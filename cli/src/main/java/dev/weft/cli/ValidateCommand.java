package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code weft validate FILE}: decodes and validates a module or component, printing nothing on success. */
@Command(name = "validate", description = "Check that a .wasm or .wat module, or a component, is well formed and valid.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a .wasm binary or .wat text, module or component")
    Path file;

    @Override
    public Integer call() throws IOException {
        Engine engine = Engine.create();
        byte[] bytes = Files.readAllBytes(file);
        String text = file.getFileName().toString().endsWith(".wat") ? Files.readString(file).strip() : null;
        if (InspectCommand.isComponent(bytes)) Component.fromBinary(engine, bytes);
        else if (text != null && text.startsWith("(component")) Component.fromText(engine, text);
        else RunCommand.load(engine, file);
        return 0;
    }
}
