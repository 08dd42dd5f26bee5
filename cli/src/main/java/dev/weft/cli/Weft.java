package dev.weft.cli;

import dev.weft.engine.WasmException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code weft} command. Exit codes: 0 success, 1 the wasm failed (trap, invalid
 * module…), 2 bad usage. Errors are printed as {@code error: <file>: <message>}.
 */
@Command(name = "weft", mixinStandardHelpOptions = true, version = "weft 0.1.0",
        description = "Run WebAssembly on the JVM.",
        subcommands = {RunCommand.class, ValidateCommand.class, InspectCommand.class, BindgenCommand.class, WitCommand.class})
public final class Weft {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine cli = new CommandLine(new Weft());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            String file = fileOf(cmd.getCommand());
            PrintWriter err = cmd.getErr();
            String prefix = "error: " + (file == null ? "" : file + ": ");
            if (e instanceof NoSuchFileException) {
                err.println("error: " + e.getMessage() + ": no such file");
                return 1;
            }
            if (e instanceof WasmException || e instanceof IOException) {
                err.println(prefix + e.getMessage());
                return 1;
            }
            if (e instanceof IllegalArgumentException) {
                err.println(prefix + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    private static String fileOf(Object command) {
        return switch (command) {
            case RunCommand r -> String.valueOf(r.file);
            case ValidateCommand v -> String.valueOf(v.file);
            case InspectCommand i -> String.valueOf(i.file);
            default -> null;
        };
    }
}
