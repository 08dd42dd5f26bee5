package dev.weft.cli;

import dev.weft.engine.Engine;
import dev.weft.engine.Func;
import dev.weft.engine.Instance;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code weft run FILE --invoke 'f(args)'}: instantiates a module and calls one of its exports. */
@Command(name = "run", description = "Instantiate a .wasm or .wat module and call an exported function.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a .wasm binary or .wat text module")
    Path file;

    @Option(names = "--invoke", paramLabel = "CALL", required = true,
            description = "the export to call with its arguments, e.g. 'fib(30)'")
    String invoke;

    @Override
    public Integer call() throws IOException {
        Engine engine = Engine.create();
        Module module = load(engine, file);
        Instance instance = Linker.create(engine).instantiate(module);
        Invocation call = Invocation.parse(invoke);
        Func func = instance.func(call.name());
        Object[] results = func.call(Arguments.convert(call, func.type()));
        for (Object result : results) {
            System.out.println(Results.format(result));
        }
        return 0;
    }

    static Module load(Engine engine, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean text = file.getFileName().toString().endsWith(".wat") || file.getFileName().toString().endsWith(".wast");
        return text ? Module.fromText(engine, new String(bytes, StandardCharsets.UTF_8)) : Module.fromBinary(engine, bytes);
    }
}
