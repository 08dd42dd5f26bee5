package golden.types;

/**
 * The flags of WIT {@code permissions}; a value of the flags type is an {@code EnumSet} of them.
 */
public enum Permissions {
    /**
     * WIT {@code read}.
     */
    READ,

    /**
     * WIT {@code write}.
     */
    WRITE,

    /**
     * WIT {@code exec}.
     */
    EXEC
}
