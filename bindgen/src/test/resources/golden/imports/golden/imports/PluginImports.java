package golden.imports;

/**
 * The imported functions of world {@code test:imports/plugin}: implement it and pass it to the world's builder.
 */
public interface PluginImports {
    /**
     * @return WIT {@code u64}: unsigned, same bits in the signed Java type
     */
    long now();

    /**
     * @param bound WIT {@code u32}: unsigned, same bits in the signed Java type
     * @return WIT {@code u32}: unsigned, same bits in the signed Java type
     */
    int random(int bound);
}
