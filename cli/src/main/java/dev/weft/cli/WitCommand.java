package dev.weft.cli;

import dev.weft.component.wit.Resolve;
import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitException;
import dev.weft.component.wit.WitPrinter;
import dev.weft.engine.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft wit COMPONENT}: prints the WIT of a component binary — the packages of a WIT package
 * binary, or else the world that the component's imports and exports form.
 */
@Command(name = "wit", description = "Print the WIT that a component binary embeds.")
final class WitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COMPONENT", description = "a component .wasm")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.print(WitPrinter.print(resolve(bytes)));
            out.flush();
            return 0;
        } catch (WitException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }

    private Resolve resolve(byte[] bytes) {
        try {
            Resolve packaged = Wit.parseBinary(bytes, file.toString());
            if (packaged.mainPackage() != null && !packaged.mainPackage().worlds().isEmpty()) return packaged;
        } catch (WitException notAPackage) {
            // an ordinary component: describe its own imports and exports below
        }
        return Wit.componentWorld(Engine.create(), bytes, file.toString());
    }
}
