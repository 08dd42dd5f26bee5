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
import dev.weft.engine.internal.text.wast.ModuleSource;
import dev.weft.engine.internal.text.wast.WastAction;
import dev.weft.engine.internal.text.wast.WastCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the commands of one core {@code .wast} script against the public API and counts assertions
 * (the counting rules are {@link WastScriptRunner}'s). An error matches when its reason starts with the
 * expected text, as in the spec's own harness.
 */
final class ScriptRunner extends WastScriptRunner {
    private final Engine engine;
    private final Linker linker;
    private final Map<String, Instance> instances = new HashMap<>();
    private final Map<String, Module> definitions = new HashMap<>();
    private Instance current;

    ScriptRunner(EngineConfig config, FileResult result) {
        super(result);
        this.engine = Engine.create(config);
        this.linker = Linker.create(engine);
        SpecTestHost.define(linker);
    }

    @Override
    protected boolean messageMatches(String expected, String actual) { return actual.startsWith(expected); }

    @Override
    protected void execute(WastCommand command) {
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
                expectFailure(au, LinkException.class, au.message(), LinkException::reason, () -> linker.instantiate(module));
            }
            case WastCommand.AssertMalformed am -> expectFailure(am, MalformedModuleException.class, am.message(),
                    MalformedModuleException::reason, () -> compile(am.module()));
            case WastCommand.AssertInvalid ai -> expectFailure(ai, InvalidModuleException.class, ai.message(),
                    InvalidModuleException::reason, () -> compile(ai.module()));
        }
    }

    private Module compile(ModuleSource source) {
        return Module.fromBinary(engine, source.toBinary());
    }

    /** A trap of the given kind; one of another kind shows its kind in the failure message. */
    private void expectTrap(WastCommand c, String message, TrapException.Kind kind, Runnable action) {
        expectFailure(c, TrapException.class, message,
                e -> e.kind() == kind ? e.reason() : "[" + e.kind() + "] " + e.reason(), action);
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
}
