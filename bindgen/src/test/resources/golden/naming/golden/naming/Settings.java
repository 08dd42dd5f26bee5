package golden.naming;

/**
 * A world-level type.
 */
public record Settings(boolean verbose) {
}
