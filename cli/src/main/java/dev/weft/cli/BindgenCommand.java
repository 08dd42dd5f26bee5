package dev.weft.cli;

import dev.weft.bindgen.Bindgen;
import dev.weft.bindgen.BindgenException;
import dev.weft.component.wit.WitException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code weft bindgen SOURCE --world W --package P -o DIR [--check]}: generates Java bindings for a
 * world of a WIT directory or file, or of a component binary (its embedded WIT). With {@code --check}
 * nothing is written; the exit code is 1 if the files under DIR are missing or differ.
 */
@Command(name = "bindgen", description = "Generate Java bindings for a WIT world or a component binary.")
final class BindgenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "a WIT directory or file, or a component .wasm")
    Path source;

    @Option(names = "--world", paramLabel = "W", description = "the world (default: the package's only world)")
    String world;

    @Option(names = "--package", paramLabel = "P", required = true, description = "the Java package of the bindings")
    String javaPackage;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "the source root to write into")
    Path output;

    @Option(names = "--check", description = "only check that DIR holds exactly the generated sources")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Bindgen bindings;
        try {
            bindings = Bindgen.generate(Bindgen.loadWorld(source, world), javaPackage);
        } catch (WitException | BindgenException e) {
            err.println("error: " + source + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        if (check) {
            List<String> stale = bindings.differences(output);
            for (String path : stale) err.println("out of date: " + output.resolve(path));
            err.flush();
            return stale.isEmpty() ? 0 : 1;
        }
        bindings.writeTo(output);
        out.println("wrote " + bindings.sources().size() + " files under " + output);
        out.flush();
        return 0;
    }
}
