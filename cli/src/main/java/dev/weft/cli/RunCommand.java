package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.component.ComponentFunc;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.component.wasi.WasiP2;
import dev.weft.engine.Engine;
import dev.weft.engine.Func;
import dev.weft.engine.ImportType;
import dev.weft.engine.Instance;
import dev.weft.engine.LinkException;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;
import dev.weft.engine.wasi.Wasi;
import dev.weft.engine.wasi.WasiConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code weft run FILE [ARGS…]}: runs a WASI command module ({@code _start}), or with
 * {@code --invoke 'f(args)'} calls one export and prints its results. Nothing of the host is visible to
 * the guest unless granted with {@code --dir} and {@code --env}; stdio is the terminal's.
 */
@Command(name = "run", description = "Run a WASI command module or component, or call one export with --invoke.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a .wasm binary or .wat text module")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments for the program (after --)")
    List<String> programArgs = new ArrayList<>();

    @Option(names = "--invoke", paramLabel = "CALL",
            description = "call this export instead of _start, e.g. 'fib(30)', and print its results; for a"
                    + " function in an exported interface of a component: 'ns:pkg/iface#name(args)'")
    String invoke;

    @Option(names = "--dir", paramLabel = "HOST::GUEST",
            description = "grant a host directory, seen by the guest at GUEST (HOST alone maps it to itself); "
                    + "append :ro for read-only, e.g. --dir data::/data:ro")
    List<String> dirs = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME=VALUE", description = "set an environment variable for the guest")
    List<String> env = new ArrayList<>();

    @Option(names = "--trap-unknown-imports",
            description = "for a component: link interfaces it imports that are not granted (e.g. wasi:http) to"
                    + " functions that trap when called, instead of refusing to run it")
    boolean trapUnknownImports;

    @Option(names = "--argv0", paramLabel = "NAME",
            description = "the program name the guest sees as its first argument (default: the file name)")
    String argv0;

    @Override
    public Integer call() throws IOException {
        Engine engine = Engine.create();
        byte[] bytes = Files.readAllBytes(file);
        if (InspectCommand.isComponent(bytes)) return runComponent(engine, bytes);
        Module module = load(engine, file);
        Linker linker = Linker.create(engine);
        try (Wasi wasi = Wasi.create(wasiConfig())) {
            boolean usesWasi = module.imports().stream().map(ImportType::module).anyMatch(Wasi.MODULE::equals);
            if (usesWasi) wasi.define(linker);
            Instance instance = linker.instantiate(module);
            if (invoke == null) {
                if (!usesWasi && instance.exports().get("_start") == null) {
                    throw new IllegalArgumentException("the module has no _start export; name a function with --invoke");
                }
                return wasi.run(instance);
            }
            if (usesWasi) wasi.initialize(instance);
            Invocation call = Invocation.parse(invoke);
            Func func = instance.func(call.name());
            Object[] results = func.call(Arguments.convert(call, func.type()));
            for (Object result : results) {
                System.out.println(Results.format(result));
            }
            return 0;
        }
    }

    /**
     * A component: WASI 0.2 is linked (with the same grants as for modules); without --invoke it must be a
     * {@code wasi:cli/command} and its {@code run} export is called.
     */
    private int runComponent(Engine engine, byte[] bytes) {
        Component component = Component.fromBinary(engine, bytes);
        ComponentLinker linker = ComponentLinker.create(engine);
        if (trapUnknownImports) WasiP2.defineTrappingUngranted(linker, wasiConfig(), engine, bytes);
        else WasiP2.define(linker, wasiConfig());
        try (ComponentInstance instance = instantiate(linker, component)) {
            if (invoke == null) return WasiP2.run(instance);
            Invocation call = Invocation.parse(invoke);
            // An export inside an exported interface is named "ns:pkg/iface#func".
            int hash = call.name().lastIndexOf('#');
            ComponentFunc func = hash < 0 ? instance.func(call.name())
                    : instance.instance(call.name().substring(0, hash)).func(call.name().substring(hash + 1));
            Val result = func.call(ComponentArguments.convert(call, func.type()));
            if (result != null) System.out.println(ComponentArguments.format(result));
            return 0;
        }
    }

    /** WASI interfaces the host does not provide (sockets, http) are named as such in the error. */
    private static ComponentInstance instantiate(ComponentLinker linker, Component component) {
        try {
            return linker.instantiate(component);
        } catch (LinkException e) {
            String prefix = "unknown import: wasi:";
            if (!e.getMessage().startsWith(prefix)) throw e;
            throw new LinkException(e.reason(), e.getMessage().substring("unknown import: ".length())
                    + " (not granted: weft provides wasi:cli, wasi:io, wasi:clocks, wasi:random and wasi:filesystem;"
                    + " --trap-unknown-imports runs the component with calls to it trapping)");
        }
    }

    private WasiConfig wasiConfig() {
        WasiConfig config = WasiConfig.defaults().withInheritedStdio()
                .withArgs(prepend(argv0 != null ? argv0 : file.getFileName().toString(), programArgs));
        for (String d : dirs) {
            Grant g = Grant.parse(d);
            config = config.withPreopen(g.host(), g.guest(), g.readOnly());
        }
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--env '" + e + "': expected NAME=VALUE");
            config = config.withEnv(e.substring(0, eq), e.substring(eq + 1));
        }
        return config;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** A {@code --dir} grant: {@code HOST}, {@code HOST::GUEST}, either with an optional {@code :ro}. */
    record Grant(Path host, String guest, boolean readOnly) {
        static Grant parse(String spec) {
            boolean ro = spec.endsWith(":ro");
            String s = ro ? spec.substring(0, spec.length() - 3) : spec;
            int sep = s.indexOf("::");
            String host = sep < 0 ? s : s.substring(0, sep);
            String guest = sep < 0 ? s : s.substring(sep + 2);
            if (host.isEmpty() || guest.isEmpty()) {
                throw new IllegalArgumentException("--dir '" + spec + "': expected HOST or HOST::GUEST");
            }
            Path hostPath = Path.of(host);
            if (!Files.isDirectory(hostPath)) {
                throw new IllegalArgumentException("--dir '" + spec + "': " + host + " is not a directory");
            }
            return new Grant(hostPath, guest, ro);
        }
    }

    static Module load(Engine engine, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        boolean text = name.endsWith(".wat") || name.endsWith(".wast");
        return text ? Module.fromText(engine, new String(bytes, StandardCharsets.UTF_8)) : Module.fromBinary(engine, bytes);
    }
}
