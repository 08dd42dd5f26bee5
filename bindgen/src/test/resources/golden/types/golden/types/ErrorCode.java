package golden.types;

public enum ErrorCode {
    /**
     * WIT {@code not-found}.
     */
    NOT_FOUND,

    /**
     * WIT {@code too-big}.
     */
    TOO_BIG
}
