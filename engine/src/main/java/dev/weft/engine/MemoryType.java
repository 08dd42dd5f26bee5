package dev.weft.engine;

/**
 * A memory's limits in pages ({@code max < 0}: no maximum) and address type.
 * <pre>{@code
 * Memory m = Memory.create(new MemoryType(1, 16, false));
 * }</pre>
 */
public record MemoryType(long min, long max, boolean is64) implements ExternType {
    public MemoryType {
        if (min < 0) throw new IllegalArgumentException("negative minimum");
    }

    public boolean hasMax() { return max >= 0; }
}
