package dev.weft.engine;

/**
 * The root object: holds the configuration shared by the modules compiled with it. Thread-safe.
 * <pre>{@code
 * Engine engine = Engine.create();
 * Module module = Module.fromText(engine, "(module (func (export \"answer\") (result i32) i32.const 42))");
 * Instance instance = Linker.create(engine).instantiate(module);
 * int answer = (Integer) instance.func("answer").call()[0];
 * }</pre>
 */
public final class Engine {
    private final EngineConfig config;

    private Engine(EngineConfig config) { this.config = config; }

    /** An engine with {@link EngineConfig#defaults()}. */
    public static Engine create() { return new Engine(EngineConfig.defaults()); }

    public static Engine create(EngineConfig config) {
        if (config == null) throw new NullPointerException("config");
        return new Engine(config);
    }

    public EngineConfig config() { return config; }
}
