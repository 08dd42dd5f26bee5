package dev.weft.conformance;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.engine.Engine;
import dev.weft.engine.EngineConfig;
import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.LinkException;
import dev.weft.engine.Linker;
import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.Module;
import dev.weft.engine.TrapException;
import dev.weft.engine.internal.text.wast.ModuleSource;
import dev.weft.engine.internal.text.wast.WastAction;
import dev.weft.engine.internal.text.wast.WastCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the commands of one component-model {@code .wast} script through the public component API
 * ({@link Component}, {@link ComponentLinker}, dynamic {@link Val}s) and counts assertions by
 * {@link WastScriptRunner}'s rules. Unlike core scripts, an error matches when its reason contains the
 * expected text.
 *
 * <p>Lives in package {@code dev.weft.conformance} although its file sits in the {@code component} folder.
 */
final class ComponentScriptRunner extends WastScriptRunner {
    private static final String WASMTIME_TRAP_PREFIX = "wasm trap: ";
    private final Engine engine;
    private final ComponentLinker linker;
    private final Map<String, Component> definitions = new HashMap<>();
    private final Map<String, ComponentInstance> instances = new HashMap<>();
    private ComponentInstance current;

    ComponentScriptRunner(EngineConfig config, FileResult result) {
        super(result);
        this.engine = Engine.create(config);
        this.linker = ComponentLinker.create(engine);
    }

    /**
     * The error's reason must contain the expected text: the component tests' reference harness
     * (wasmtime's) matches that way, and their messages are fragments of fuller explanations.
     */
    @Override
    protected boolean messageMatches(String expected, String actual) { return actual.contains(expected); }

    @Override
    protected void execute(WastCommand command) {
        switch (command) {
            case WastCommand.Module m -> {
                if (m.source().kind() == ModuleSource.Kind.MODULE) {
                    // a core module at script level: it must compile and instantiate on its own
                    Module module = Module.fromBinary(engine, m.source().toBinary());
                    if (!m.definition()) Linker.create(engine).instantiate(module);
                    return;
                }
                Component component = compile(m.source());
                if (m.definition()) {
                    if (m.name() != null) definitions.put(m.name(), component);
                } else {
                    current = linker.instantiate(component);
                    if (m.name() != null) instances.put(m.name(), current);
                }
            }
            case WastCommand.ModuleInstance mi -> {
                Component component = definitions.get(mi.module());
                if (component == null) throw new IllegalStateException("unknown component definition $" + mi.module());
                current = linker.instantiate(component);
                if (mi.instance() != null) instances.put(mi.instance(), current);
            }
            case WastCommand.Register r -> linker.instance(r.as(), instance(r.module()));
            case WastCommand.Action a -> invoke(a.action());
            case WastCommand.AssertReturn ar -> {
                List<Val> got = invoke(ar.action());
                List<Val> want = ar.componentExpected() == null ? List.of() : ComponentValues.all(ar.componentExpected());
                if (ar.componentExpected() == null && !ar.expected().isEmpty()) {
                    result.fail(ar.line(), describe(ar) + ": core results expected from a component");
                } else if (!got.equals(want)) {
                    result.fail(ar.line(), describe(ar) + ": expected " + want + ", got " + got);
                } else {
                    result.pass();
                }
            }
            case WastCommand.AssertTrap at -> expectTrap(at, at.message(), () -> invoke(at.action()));
            case WastCommand.AssertUninstantiable au -> expectTrap(au, au.message(), () -> linker.instantiate(compile(au.module())));
            case WastCommand.AssertExhaustion ae -> expectTrap(ae, ae.message(), () -> invoke(ae.action()));
            case WastCommand.AssertException ax -> result.fail(ax.line(), "assert_exception has no meaning for components");
            case WastCommand.AssertUnlinkable au -> {
                Component component = compile(au.module());
                expectFailure(au, LinkException.class, au.message(), LinkException::reason, () -> linker.instantiate(component));
            }
            case WastCommand.AssertMalformed am -> expectFailure(am, MalformedModuleException.class, am.message(),
                    MalformedModuleException::reason, () -> compileAny(am.module()));
            case WastCommand.AssertInvalid ai -> expectFailure(ai, InvalidModuleException.class, ai.message(),
                    InvalidModuleException::reason, () -> compileAny(ai.module()));
        }
    }

    private Component compile(ModuleSource source) {
        return Component.fromBinary(engine, source.toBinary());
    }

    /** A component, or a core module when the script gives one. */
    private void compileAny(ModuleSource source) {
        if (source.kind() == ModuleSource.Kind.MODULE) Module.fromBinary(engine, source.toBinary());
        else compile(source);
    }

    private void expectTrap(WastCommand c, String message, Runnable action) {
        // a few expectations carry wasmtime's generic "wasm trap: " prefix before the spec's text
        String expected = message.startsWith(WASMTIME_TRAP_PREFIX) ? message.substring(WASMTIME_TRAP_PREFIX.length()) : message;
        expectFailure(c, TrapException.class, expected, TrapException::reason, action);
    }

    private List<Val> invoke(WastAction action) {
        if (!(action instanceof WastAction.Invoke inv) || !inv.isComponent()) {
            throw new IllegalStateException("only component invokes are supported in component scripts");
        }
        return instance(inv.module()).func(inv.name()).call(ComponentValues.all(inv.componentArgs()));
    }

    private ComponentInstance instance(String name) {
        ComponentInstance i = name == null ? current : instances.get(name);
        if (i == null) throw new IllegalStateException(name == null ? "no component instantiated yet" : "unknown instance $" + name);
        return i;
    }
}
