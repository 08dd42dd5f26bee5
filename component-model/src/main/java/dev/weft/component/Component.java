package dev.weft.component;

import dev.weft.component.internal.binary.ComponentDecoder;
import dev.weft.component.internal.validate.ComponentValidator;
import dev.weft.component.internal.validate.ValidatedComponent;
import dev.weft.engine.Engine;
import dev.weft.engine.internal.text.Wat;

import java.util.Objects;
import java.util.Set;

/**
 * A decoded and validated WebAssembly component, ready to be instantiated (any number of times)
 * by a {@link ComponentLinker}. Immutable and thread-safe.
 * <pre>{@code
 * Engine engine = Engine.create();
 * Component component = Component.fromBinary(engine, Files.readAllBytes(Path.of("lib.wasm")));
 * ComponentInstance instance = ComponentLinker.create(engine).instantiate(component);
 * Val sum = instance.func("add").call(new Val.U32(2), new Val.U32(3));   // U32[value=5]
 * }</pre>
 */
public final class Component {
    private final Engine engine;
    private final ValidatedComponent validated;

    private Component(Engine engine, ValidatedComponent validated) {
        this.engine = engine;
        this.validated = validated;
    }

    /**
     * Decodes and validates a component binary. Malformed input throws
     * {@link dev.weft.engine.MalformedModuleException}, an invalid component
     * {@link dev.weft.engine.InvalidModuleException}.
     */
    public static Component fromBinary(Engine engine, byte[] bytes) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(bytes, "bytes");
        return new Component(engine, ComponentValidator.validate(engine, ComponentDecoder.decode(bytes)));
    }

    /**
     * Converts component text ({@code (component ...)}) to its binary form, then decodes and validates
     * it like {@link #fromBinary}. Bad text throws {@link dev.weft.engine.MalformedModuleException}.
     * <pre>{@code
     * Component c = Component.fromText(engine, """
     *     (component
     *       (core module $m (func (export "two") (result i32) (i32.const 2)))
     *       (core instance $i (instantiate $m))
     *       (func (export "two") (result u32) (canon lift (core func $i "two"))))
     *     """);
     * }</pre>
     */
    public static Component fromText(Engine engine, String text) {
        Objects.requireNonNull(engine, "engine");
        return fromBinary(engine, Wat.componentQuoteToBinary(Objects.requireNonNull(text, "text")));
    }

    /** The names of the component's imports, in order: what a {@link ComponentLinker} must provide. */
    public Set<String> importNames() { return validated.type().imports().keySet(); }

    /** The names of the component's exports, in order. */
    public Set<String> exportNames() { return validated.type().exports().keySet(); }

    /** The engine this component was compiled for. */
    public Engine engine() { return engine; }

    ValidatedComponent validated() { return validated; }
}
