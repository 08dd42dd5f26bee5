package dev.weft.engine;

import dev.weft.engine.internal.model.Export;
import dev.weft.engine.internal.runtime.ModuleInstance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * An instantiated module: its exports, ready to use. An instance runs on one thread at a time.
 * <pre>{@code
 * Instance instance = Linker.create(engine).instantiate(module);
 * Object[] result = instance.func("add").call(1, 2);
 * Memory memory = instance.memory("memory");
 * }</pre>
 */
public final class Instance {
    private final Module module;
    private final Map<String, Extern> exports;

    Instance(Module module, ModuleInstance inst) {
        this.module = module;
        Map<String, Extern> map = new LinkedHashMap<>();
        for (Export e : module.compiled().module().module().exports()) {
            Extern x = switch (e.kind()) {
                case FUNC -> inst.funcs[e.index()];
                case TABLE -> inst.tables[e.index()];
                case MEMORY -> inst.memories[e.index()];
                case GLOBAL -> inst.globals[e.index()];
                case TAG -> inst.tags[e.index()];
            };
            map.put(e.name(), x);
        }
        this.exports = Collections.unmodifiableMap(map);
    }

    public Module module() { return module; }

    /** All exports by name, in declaration order. */
    public Map<String, Extern> exports() { return exports; }

    /** The export {@code name}; throws {@link NoSuchElementException} if there is none. */
    public Extern export(String name) {
        Extern e = exports.get(name);
        if (e == null) throw new NoSuchElementException("no export named \"" + name + "\"");
        return e;
    }

    public Func func(String name) { return as(name, Func.class); }

    public Memory memory(String name) { return as(name, Memory.class); }

    public Table table(String name) { return as(name, Table.class); }

    public Global global(String name) { return as(name, Global.class); }

    public Tag tag(String name) { return as(name, Tag.class); }

    private <T extends Extern> T as(String name, Class<T> kind) {
        Extern e = export(name);
        if (!kind.isInstance(e)) {
            throw new IllegalArgumentException("export \"" + name + "\" is not a " + kind.getSimpleName().toLowerCase());
        }
        return kind.cast(e);
    }
}
