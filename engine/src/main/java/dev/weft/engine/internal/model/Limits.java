package dev.weft.engine.internal.model;

/**
 * Limits of a memory or table. {@code max < 0} means no maximum. {@code is64} selects the i64
 * address type (memory64 / table64); {@code shared} is the threads proposal's flag.
 * {@code pageSizeLog2} is 16 for normal memories (custom-page-sizes proposal allows 0).
 */
public record Limits(long min, long max, boolean is64, boolean shared, int pageSizeLog2) {
    public boolean hasMax() { return max >= 0; }
}
