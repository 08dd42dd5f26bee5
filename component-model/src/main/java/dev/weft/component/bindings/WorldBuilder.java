package dev.weft.component.bindings;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Base of the generated world builders: which component to instantiate (bytes, a classpath resource
 * or an already compiled {@link Component}), on which {@link Engine} (engine options go into the
 * engine's configuration), and — in the generated subclass — the host implementations of the
 * world's imports.
 *
 * @param <B> the generated builder type
 * @param <W> the generated world type
 */
public abstract class WorldBuilder<B extends WorldBuilder<B, W>, W> {
    private Engine engine;
    private byte[] bytes;
    private Component component;

    protected WorldBuilder() {}

    /** The engine to compile and run the component with; by default a new {@code Engine.create()}. */
    public final B engine(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        return self();
    }

    /** The component binary. */
    public final B component(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
        this.component = null;
        return self();
    }

    /** An already compiled component (its engine is used). */
    public final B component(Component component) {
        this.component = Objects.requireNonNull(component, "component");
        this.engine = component.engine();
        this.bytes = null;
        return self();
    }

    /** The component binary from a classpath resource, resolved like {@link Class#getResourceAsStream}. */
    public final B componentResource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no classpath resource " + name + " next to " + anchor.getName());
            return component(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + name, e);
        }
    }

    /**
     * Compiles the component if needed, links the imports and instantiates it. Throws
     * IllegalStateException when no component or some import implementation was given, and the
     * engine's exceptions for invalid components and link failures.
     */
    public final W build() {
        Engine e = engine != null ? engine : Engine.create();
        Component c = component;
        if (c == null) {
            if (bytes == null) throw new IllegalStateException("no component given: call component(...) first");
            c = Component.fromBinary(e, bytes);
        }
        ComponentLinker linker = ComponentLinker.create(e);
        link(linker);
        return create(linker.instantiate(c));
    }

    /** Defines the world's imports in {@code linker}. */
    protected abstract void link(ComponentLinker linker);

    /** Wraps the instantiated component. */
    protected abstract W create(ComponentInstance instance);

    /** {@code implementation}, or IllegalStateException naming the import when it was not given. */
    protected static <T> T require(T implementation, String importName) {
        if (implementation == null) throw new IllegalStateException("no implementation given for import " + importName);
        return implementation;
    }

    @SuppressWarnings("unchecked")
    private B self() { return (B) this; }
}
