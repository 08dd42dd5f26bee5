package dev.weft.engine;

import java.time.Duration;

/**
 * Immutable settings of an {@link Engine}. Start from {@link #defaults()} and derive variants:
 * <pre>{@code
 * EngineConfig cfg = EngineConfig.defaults().withMaxCallDepth(5_000).withMaxMemoryPages(1024);
 * Engine engine = Engine.create(cfg);
 * }</pre>
 */
public final class EngineConfig {
    private static final EngineConfig DEFAULTS =
            new EngineConfig(ExecutionMode.INTERPRETER, 20_000, 65_536L, 10_000_000L, -1, null);

    private final ExecutionMode mode;
    private final int maxCallDepth;
    private final long maxMemoryPages;
    private final long maxTableElements;
    private final long fuel;
    private final Duration deadline;

    private EngineConfig(ExecutionMode mode, int maxCallDepth, long maxMemoryPages, long maxTableElements,
                         long fuel, Duration deadline) {
        this.mode = mode;
        this.maxCallDepth = maxCallDepth;
        this.maxMemoryPages = maxMemoryPages;
        this.maxTableElements = maxTableElements;
        this.fuel = fuel;
        this.deadline = deadline;
    }

    /** Interpreter, call depth 20 000, 65 536 pages (4 GiB) per memory, 10 million table elements, no fuel, no deadline. */
    public static EngineConfig defaults() { return DEFAULTS; }

    /** Selects the execution mode; only {@link ExecutionMode#INTERPRETER} is accepted for now. */
    public EngineConfig withMode(ExecutionMode mode) {
        if (mode != ExecutionMode.INTERPRETER) {
            throw new UnsupportedOperationException("execution mode " + mode + " is not available yet; use INTERPRETER");
        }
        return new EngineConfig(mode, maxCallDepth, maxMemoryPages, maxTableElements, fuel, deadline);
    }

    /** Maximum number of nested wasm calls before a call traps with "call stack exhausted". */
    public EngineConfig withMaxCallDepth(int depth) {
        if (depth < 1) throw new IllegalArgumentException("call depth must be positive");
        return new EngineConfig(mode, depth, maxMemoryPages, maxTableElements, fuel, deadline);
    }

    /** Upper bound on the size of every memory, in pages, on top of the module's own maximum. */
    public EngineConfig withMaxMemoryPages(long pages) {
        if (pages < 0) throw new IllegalArgumentException("negative page count");
        return new EngineConfig(mode, maxCallDepth, pages, maxTableElements, fuel, deadline);
    }

    /** Upper bound on the number of elements of every table. */
    public EngineConfig withMaxTableElements(long elements) {
        if (elements < 0) throw new IllegalArgumentException("negative element count");
        return new EngineConfig(mode, maxCallDepth, maxMemoryPages, elements, fuel, deadline);
    }

    /**
     * Gives each top-level call this much fuel: one unit is spent per function entry and loop
     * iteration; running out traps with kind {@link TrapException.Kind#OUT_OF_FUEL}. Negative: unlimited.
     */
    public EngineConfig withFuel(long fuel) {
        return new EngineConfig(mode, maxCallDepth, maxMemoryPages, maxTableElements, fuel, deadline);
    }

    /** Stops any top-level call that runs longer than this (trap kind INTERRUPTED); null: no deadline. */
    public EngineConfig withDeadline(Duration deadline) {
        return new EngineConfig(mode, maxCallDepth, maxMemoryPages, maxTableElements, fuel, deadline);
    }

    public ExecutionMode mode() { return mode; }

    public int maxCallDepth() { return maxCallDepth; }

    public long maxMemoryPages() { return maxMemoryPages; }

    public long maxTableElements() { return maxTableElements; }

    /** Fuel per top-level call, or a negative number when unlimited. */
    public long fuel() { return fuel; }

    /** Deadline per top-level call, or null. */
    public Duration deadline() { return deadline; }
}
