package dev.weft.component.internal.wasi;

import dev.weft.component.ComponentLinker;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.engine.wasi.WasiExitException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.weft.component.internal.wasi.WasiHost.func;

/** {@code wasi:cli}: environment, exit, stdio and the terminal interfaces. */
final class CliImports {
    private CliImports() {}

    /** Stands for "this stream is a terminal": terminal resources have no methods yet. */
    private static final Object TERMINAL = new Object();

    static void define(WasiHost host, ComponentLinker linker) {
        WasiTypes t = host.types;
        ComponentLinker.HostInstance env = WasiHost.iface(linker, "wasi:cli/environment");
        func(env, "get-environment", Type.ListType.of(new Type.TupleType(List.of(WasiTypes.STRING, WasiTypes.STRING))),
                a -> {
                    List<Val> l = new ArrayList<>();
                    for (Map.Entry<String, String> e : host.config.env().entrySet()) {
                        l.add(new Val.TupleVal(List.of(Vals.str(e.getKey()), Vals.str(e.getValue()))));
                    }
                    return new Val.ListVal(l);
                });
        func(env, "get-arguments", Type.ListType.of(WasiTypes.STRING),
                a -> new Val.ListVal(host.config.args().stream().map(Vals::str).toList()));
        func(env, "initial-cwd", new Type.OptionType(WasiTypes.STRING), a -> new Val.OptionVal(
                host.config.initialCwd() == null ? null : Vals.str(host.config.initialCwd())));

        ComponentLinker.HostInstance exit = WasiHost.iface(linker, "wasi:cli/exit");
        func(exit, "exit", null, a -> {
            throw new WasiExitException(((Val.ResultVal) a.get(0)).isOk() ? 0 : 1);
        }, new Type.ResultType(null, null));
        func(exit, "exit-with-code", null, a -> {
            throw new WasiExitException(((Val.U8) a.get(0)).unsigned());
        }, Type.Primitive.U8);

        ComponentLinker.HostInstance stdin = WasiHost.iface(linker, "wasi:cli/stdin");
        host.resource(stdin, "input-stream", t.inputStream);
        func(stdin, "get-stdin", new Type.Own(t.inputStream), a -> Vals.own(t.inputStream, host.stdin));
        ComponentLinker.HostInstance stdout = WasiHost.iface(linker, "wasi:cli/stdout");
        host.resource(stdout, "output-stream", t.outputStream);
        func(stdout, "get-stdout", new Type.Own(t.outputStream), a -> Vals.own(t.outputStream, host.stdout));
        ComponentLinker.HostInstance stderr = WasiHost.iface(linker, "wasi:cli/stderr");
        host.resource(stderr, "output-stream", t.outputStream);
        func(stderr, "get-stderr", new Type.Own(t.outputStream), a -> Vals.own(t.outputStream, host.stderr));

        host.resource(WasiHost.iface(linker, "wasi:cli/terminal-input"), "terminal-input", t.terminalInput);
        host.resource(WasiHost.iface(linker, "wasi:cli/terminal-output"), "terminal-output", t.terminalOutput);
        terminal(host, linker, "terminal-stdin", "terminal-input", t.terminalInput, host.config.terminalStdin());
        terminal(host, linker, "terminal-stdout", "terminal-output", t.terminalOutput, host.config.terminalStdout());
        terminal(host, linker, "terminal-stderr", "terminal-output", t.terminalOutput, host.config.terminalStderr());
    }

    private static void terminal(WasiHost host, ComponentLinker linker, String iface, String resource,
                                 ResourceType type, boolean isTerminal) {
        ComponentLinker.HostInstance in = WasiHost.iface(linker, "wasi:cli/" + iface);
        host.resource(in, resource, type);
        func(in, "get-" + iface, new Type.OptionType(new Type.Own(type)),
                a -> new Val.OptionVal(isTerminal ? Vals.own(type, TERMINAL) : null));
    }
}
