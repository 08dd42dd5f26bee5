package dev.weft.engine;

/**
 * A memory's limits in pages ({@code max < 0}: no maximum), address type, and whether it is
 * {@code shared} (threads proposal; a shared memory must have a maximum).
 * <pre>{@code
 * Memory m = Memory.create(new MemoryType(1, 16, false));
 * }</pre>
 */
public record MemoryType(long min, long max, boolean is64, boolean shared) implements ExternType {
    public MemoryType {
        if (min < 0) throw new IllegalArgumentException("negative minimum");
        if (shared && max < 0) throw new IllegalArgumentException("a shared memory must have a maximum");
    }

    /** An unshared memory type. */
    public MemoryType(long min, long max, boolean is64) { this(min, max, is64, false); }

    public boolean hasMax() { return max >= 0; }
}
