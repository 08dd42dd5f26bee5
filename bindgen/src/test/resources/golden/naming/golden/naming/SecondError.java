package golden.naming;

public enum SecondError {
    /**
     * WIT {@code public}.
     */
    PUBLIC,

    /**
     * WIT {@code private}.
     */
    PRIVATE,

    /**
     * WIT {@code interface}.
     */
    INTERFACE
}
