package golden.imports;

/**
 * The imported interface {@code test:imports/log}: implement it and pass it to the world's builder.
 */
public interface Log {
    /**
     * Writes one line.
     */
    void write(Level level, String line);

    /**
     * @return WIT {@code u64}: unsigned, same bits in the signed Java type
     */
    long lines();
}
