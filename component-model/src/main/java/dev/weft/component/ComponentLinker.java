package dev.weft.component;

import dev.weft.component.internal.abi.ResourceRegistry;
import dev.weft.component.bindings.TypedHostFunction;
import dev.weft.component.internal.runtime.HostFuncValue;
import dev.weft.component.internal.runtime.TypedHostFuncValue;
import dev.weft.component.internal.runtime.InstanceValue;
import dev.weft.component.internal.runtime.Instantiator;
import dev.weft.component.internal.validate.CType;
import dev.weft.engine.Engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Provides what components import — host functions, host-defined resources, interface instances,
 * and instances of other components — and instantiates components. Imports are matched by name;
 * an interface import {@code ns:pkg/iface@1.2.3} is satisfied by the provided {@code ns:pkg/iface}
 * with the largest semver-compatible version. Not thread-safe while being configured.
 * <pre>{@code
 * ResourceType logger = ResourceType.host("logger");
 * ComponentLinker linker = ComponentLinker.create(engine);
 * linker.instance("example:log/sink@1.0.0")
 *         .resource("logger", logger, rep -> ((Logger) rep).close())
 *         .func("write", ComponentFuncType.of(
 *                 List.of(new ComponentFuncType.Param("line", Type.Primitive.STRING)), null),
 *               args -> { System.out.println(((Val.Str) args.get(0)).value()); return null; });
 * ComponentInstance instance = linker.instantiate(component);
 * }</pre>
 */
public final class ComponentLinker {
    private final Engine engine;
    private final ResourceRegistry registry = new ResourceRegistry();
    private final HostInstance root = new HostInstance(this);

    private ComponentLinker(Engine engine) { this.engine = engine; }

    public static ComponentLinker create(Engine engine) {
        return new ComponentLinker(Objects.requireNonNull(engine, "engine"));
    }

    /** Defines a top-level host function import. */
    public ComponentLinker func(String name, ComponentFuncType type, HostComponentFunction implementation) {
        root.func(name, type, implementation);
        return this;
    }

    /**
     * Defines a top-level host function import with a typed body for calls from components
     * (generated bindings, see {@link HostInstance#func(String, ComponentFuncType, HostComponentFunction,
     * TypedHostFunction)}).
     */
    public ComponentLinker func(String name, ComponentFuncType type, HostComponentFunction implementation,
                                TypedHostFunction typed) {
        root.func(name, type, implementation, typed);
        return this;
    }

    /**
     * Defines a top-level host resource type import; {@code destructor} (may be null) receives the
     * rep of each owned handle a component drops.
     */
    public ComponentLinker resource(String name, ResourceType type, Consumer<Object> destructor) {
        root.resource(name, type, destructor);
        return this;
    }

    /** The host instance {@code name} (created empty on first use), to define its exports. */
    public HostInstance instance(String name) { return root.instance(name); }

    /**
     * Makes the exports of {@code instance} (e.g. another component's) importable as instance
     * {@code name}. The instance must come from this linker: components that pass resources to
     * each other share one linker's resource bookkeeping (like instances sharing a store).
     */
    public ComponentLinker instance(String name, ComponentInstance instance) {
        if (!instance.createdBy(registry)) throw new IllegalArgumentException("instance was created by another linker");
        root.values.put(Objects.requireNonNull(name, "name"), instance.value());
        return this;
    }

    /**
     * Instantiates {@code component}: resolves its imports ({@link dev.weft.engine.LinkException}
     * "unknown import" or "incompatible import type"), builds its instances and runs its start code.
     * A trap meanwhile throws {@link dev.weft.engine.TrapException}.
     */
    public ComponentInstance instantiate(Component component) {
        if (component.engine() != engine) throw new IllegalArgumentException("component belongs to another engine");
        return new ComponentInstance(new Instantiator(engine, registry).instantiateRoot(component.validated(), root.build()),
                registry);
    }

    /** A host-provided instance being defined: its functions, resources and nested instances. */
    public static final class HostInstance {
        private final ComponentLinker linker;
        private final Map<String, Object> values = new LinkedHashMap<>();

        private HostInstance(ComponentLinker linker) { this.linker = linker; }

        /** Defines exported function {@code name}. */
        public HostInstance func(String name, ComponentFuncType type, HostComponentFunction implementation) {
            Objects.requireNonNull(implementation, "implementation");
            values.put(Objects.requireNonNull(name, "name"),
                    new HostFuncValue(ComponentFunc.sigOf(type), implementation::call));
            return this;
        }

        /**
         * Defines exported function {@code name} with two implementations of the same behaviour:
         * {@code typed} lifts the arguments from and lowers the results to a calling component's core
         * values itself ({@link dev.weft.component.bindings.Canon}, as generated bindings do), {@code implementation} serves
         * calls made with {@link Val}s.
         */
        public HostInstance func(String name, ComponentFuncType type, HostComponentFunction implementation,
                                 TypedHostFunction typed) {
            Objects.requireNonNull(implementation, "implementation");
            Objects.requireNonNull(typed, "typed");
            values.put(Objects.requireNonNull(name, "name"),
                    new TypedHostFuncValue(ComponentFunc.sigOf(type), implementation::call, typed));
            return this;
        }

        /** Defines exported resource type {@code name}; {@code destructor} may be null. */
        public HostInstance resource(String name, ResourceType type, Consumer<Object> destructor) {
            Objects.requireNonNull(type, "type");
            linker.registry.defineHost(type, destructor == null ? null : destructor::accept);
            values.put(Objects.requireNonNull(name, "name"), type);
            return this;
        }

        /**
         * Defines exported type {@code name} as {@code type} (a value type, not a resource): what an
         * interface's type exports, e.g. a WIT record its functions use, are matched against.
         */
        public HostInstance type(String name, Type type) {
            values.put(Objects.requireNonNull(name, "name"), new CType.Value(Objects.requireNonNull(type, "type")));
            return this;
        }

        /** The nested instance {@code name} (created empty on first use). */
        public HostInstance instance(String name) {
            Object v = values.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new HostInstance(linker));
            if (!(v instanceof HostInstance h)) throw new IllegalArgumentException(name + " is not an instance");
            return h;
        }

        private Map<String, Object> build() {
            Map<String, Object> out = new LinkedHashMap<>();
            values.forEach((k, v) -> out.put(k, v instanceof HostInstance h ? new InstanceValue(h.build()) : v));
            return out;
        }
    }
}
