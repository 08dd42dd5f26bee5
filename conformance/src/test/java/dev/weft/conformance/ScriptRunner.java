package dev.weft.conformance;

import dev.weft.engine.Engine;
import dev.weft.engine.EngineConfig;
import dev.weft.engine.Instance;
import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.LinkException;
import dev.weft.engine.Linker;
import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.Module;
import dev.weft.engine.TrapException;
import dev.weft.engine.UncaughtWasmException;
import dev.weft.engine.WasmException;
import dev.weft.engine.internal.text.wast.ModuleSource;
import dev.weft.engine.internal.text.wast.WastAction;
import dev.weft.engine.internal.text.wast.WastCommand;
import dev.weft.engine.internal.text.wast.WastScript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the commands of one core {@code .wast} script against the public API and counts assertions.
 *
 * <p>Every {@code assert_*} command is one assertion (passed or failed). Other commands (module,
 * register, plain actions) are not counted when they succeed, but a failure of one is counted as a
 * failed assertion, since the script expects it to work. An assertion only passes with the exact error
 * kind it names: an unexpected Java exception (anything that is not a documented Weft exception) always
 * fails, whatever the assertion.
 */
final class ScriptRunner {
    private final Engine engine;
    private final Linker linker;
    private final Map<String, Instance> instances = new HashMap<>();
    private final Map<String, Module> definitions = new HashMap<>();
    private final FileResult result;
    private Instance current;

    ScriptRunner(EngineConfig config, FileResult result) {
        this.engine = Engine.create(config);
        this.linker = Linker.create(engine);
        this.result = result;
        SpecTestHost.define(linker);
    }

    void run(String source) {
        List<WastCommand> commands;
        try {
            commands = WastScript.parse(source, result.file);
        } catch (RuntimeException e) {
            result.fail(0, "script does not parse: " + e);
            return;
        }
        for (WastCommand c : commands) {
            if (Thread.currentThread().isInterrupted()) {
                result.fail(c.line(), "stopped: the file ran out of time");
                return;
            }
            try {
                execute(c);
            } catch (WasmException e) {
                result.fail(c.line(), describe(c) + ": unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                result.fail(c.line(), describe(c) + ": raw Java exception " + e);
            }
        }
    }

    private void execute(WastCommand command) {
        switch (command) {
            case WastCommand.Module m -> {
                Module module = compile(m.source());
                if (m.definition()) {
                    if (m.name() != null) definitions.put(m.name(), module);
                } else {
                    current = linker.instantiate(module);
                    if (m.name() != null) instances.put(m.name(), current);
                }
            }
            case WastCommand.ModuleInstance mi -> {
                Module module = definitions.get(mi.module());
                if (module == null) throw new IllegalStateException("unknown module definition $" + mi.module());
                current = linker.instantiate(module);
                if (mi.instance() != null) instances.put(mi.instance(), current);
            }
            case WastCommand.Register r -> linker.instance(r.as(), instance(r.module()));
            case WastCommand.Action a -> act(a.action());
            case WastCommand.AssertReturn ar -> {
                Object[] got = act(ar.action());
                if (got.length != ar.expected().size()) {
                    result.fail(ar.line(), "expected " + ar.expected().size() + " result(s), got " + got.length);
                    return;
                }
                for (int i = 0; i < got.length; i++) {
                    if (!ResultMatcher.matches(ar.expected().get(i), got[i])) {
                        result.fail(ar.line(), describe(ar) + ": result " + i + " expected " + ar.expected().get(i)
                                + ", got " + ResultMatcher.show(got[i]));
                        return;
                    }
                }
                result.pass();
            }
            case WastCommand.AssertTrap at -> expectTrap(at, at.message(), TrapException.Kind.TRAP,
                    () -> act(at.action()));
            case WastCommand.AssertExhaustion ae -> expectTrap(ae, ae.message(),
                    TrapException.Kind.CALL_STACK_EXHAUSTED, () -> act(ae.action()));
            case WastCommand.AssertUninstantiable au -> expectTrap(au, au.message(), TrapException.Kind.TRAP,
                    () -> linker.instantiate(compile(au.module())));
            case WastCommand.AssertException ax -> {
                try {
                    act(ax.action());
                    result.fail(ax.line(), "expected an uncaught wasm exception, but the call returned");
                } catch (UncaughtWasmException e) {
                    result.pass();
                }
            }
            case WastCommand.AssertUnlinkable au -> {
                Module module = compile(au.module());
                try {
                    linker.instantiate(module);
                    result.fail(au.line(), "expected link error \"" + au.message() + "\", but it linked");
                } catch (LinkException e) {
                    checkMessage(au, au.message(), e.reason());
                }
            }
            case WastCommand.AssertMalformed am -> {
                try {
                    compile(am.module());
                    result.fail(am.line(), "expected malformed \"" + am.message() + "\", but the module compiled");
                } catch (MalformedModuleException e) {
                    checkMessage(am, am.message(), e.reason());
                }
            }
            case WastCommand.AssertInvalid ai -> {
                try {
                    compile(ai.module());
                    result.fail(ai.line(), "expected invalid \"" + ai.message() + "\", but the module validated");
                } catch (InvalidModuleException e) {
                    checkMessage(ai, ai.message(), e.reason());
                }
            }
        }
    }

    private Module compile(ModuleSource source) {
        return Module.fromBinary(engine, source.toBinary());
    }

    private void expectTrap(WastCommand c, String message, TrapException.Kind kind, Runnable action) {
        try {
            action.run();
            result.fail(c.line(), "expected trap \"" + message + "\", but it completed");
        } catch (TrapException e) {
            if (e.kind() != kind) {
                result.fail(c.line(), "expected " + kind + " \"" + message + "\", got " + e.kind() + " \"" + e.reason() + "\"");
            } else {
                checkMessage(c, message, e.reason());
            }
        }
    }

    /** The spec's harness accepts an error whose message starts with the expected text. */
    private void checkMessage(WastCommand c, String expected, String actual) {
        if (actual != null && actual.startsWith(expected)) {
            result.pass();
        } else {
            result.fail(c.line(), "right error kind, but message \"" + actual + "\" instead of \"" + expected + "\"");
        }
    }

    private Object[] act(WastAction action) {
        Instance target = instance(action.module());
        return switch (action) {
            case WastAction.Invoke inv -> {
                Object[] args = new Object[inv.args().size()];
                for (int i = 0; i < args.length; i++) args[i] = ResultMatcher.toJava(inv.args().get(i));
                yield target.func(inv.name()).call(args);
            }
            case WastAction.Get g -> new Object[] {target.global(g.name()).get()};
        };
    }

    private Instance instance(String name) {
        Instance i = name == null ? current : instances.get(name);
        if (i == null) throw new IllegalStateException(name == null ? "no module instantiated yet" : "unknown instance $" + name);
        return i;
    }

    private static String describe(WastCommand c) {
        String kind = c.getClass().getSimpleName();
        return switch (c) {
            case WastCommand.AssertReturn ar -> kind + " " + ar.action().name();
            case WastCommand.AssertTrap at -> kind + " " + at.action().name();
            case WastCommand.Action a -> kind + " " + a.action().name();
            default -> kind;
        };
    }
}
