package dev.weft.cli;

import dev.weft.engine.Engine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code weft validate FILE}: decodes and validates a module, printing nothing on success. */
@Command(name = "validate", description = "Check that a .wasm or .wat module is well formed and valid.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a .wasm binary or .wat text module")
    Path file;

    @Override
    public Integer call() throws IOException {
        RunCommand.load(Engine.create(), file);
        return 0;
    }
}
