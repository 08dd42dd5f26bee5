package dev.weft.engine;

import dev.weft.engine.internal.interp.Instantiator;
import dev.weft.engine.internal.model.Import;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves imports by two-level name and instantiates modules. Not thread-safe while being
 * configured; {@link #instantiate} may be called repeatedly.
 * <pre>{@code
 * Linker linker = Linker.create(engine)
 *         .func("env", "log", FuncType.of(List.of(ValueType.I32), List.of()),
 *               args -> { System.out.println(args[0]); return null; })
 *         .define("env", "memory", Memory.create(new MemoryType(1, -1, false)));
 * Instance lib = linker.instantiate(libModule);
 * linker.instance("lib", lib);              // later modules can import lib's exports
 * Instance app = linker.instantiate(appModule);
 * }</pre>
 */
public final class Linker {
    private final Engine engine;
    private final Map<String, Map<String, Extern>> definitions = new HashMap<>();

    private Linker(Engine engine) { this.engine = engine; }

    public static Linker create(Engine engine) {
        if (engine == null) throw new NullPointerException("engine");
        return new Linker(engine);
    }

    /** Makes {@code value} available as import {@code module.name} (replacing an earlier definition). */
    public Linker define(String module, String name, Extern value) {
        if (value == null) throw new NullPointerException("value");
        definitions.computeIfAbsent(module, k -> new HashMap<>()).put(name, value);
        return this;
    }

    /** Defines a host function import. */
    public Linker func(String module, String name, FuncType type, HostFunction implementation) {
        return define(module, name, Func.of(type, implementation));
    }

    /** Defines every export of {@code instance} under module name {@code moduleName}. */
    public Linker instance(String moduleName, Instance instance) {
        instance.exports().forEach((name, e) -> define(moduleName, name, e));
        return this;
    }

    /** The definition of {@code module.name}, or null. */
    public Extern get(String module, String name) {
        Map<String, Extern> m = definitions.get(module);
        return m == null ? null : m.get(name);
    }

    /**
     * Instantiates {@code module}: resolves its imports ({@link LinkException} "unknown import" or
     * "incompatible import type"), initializes it and runs its start function. A trap during
     * initialization (out-of-bounds segment, trapping start function) throws {@link TrapException}.
     */
    public Instance instantiate(Module module) {
        List<Import> imports = module.compiled().module().module().imports();
        Extern[] resolved = new Extern[imports.size()];
        for (int i = 0; i < resolved.length; i++) {
            Import im = imports.get(i);
            Extern e = get(im.module(), im.name());
            if (e == null) throw new LinkException("unknown import", im.module() + "." + im.name());
            resolved[i] = e;
        }
        return new Instance(module, Instantiator.instantiate(module.compiled(), resolved, engine.config()));
    }
}
