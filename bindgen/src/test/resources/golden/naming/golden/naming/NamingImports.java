package golden.naming;

/**
 * The imported functions of world {@code test:naming/naming}: implement it and pass it to the world's builder.
 */
public interface NamingImports {
    boolean configure(Settings s);
}
