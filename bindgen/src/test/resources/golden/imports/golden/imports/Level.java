package golden.imports;

public enum Level {
    /**
     * WIT {@code debug}.
     */
    DEBUG,

    /**
     * WIT {@code info}.
     */
    INFO,

    /**
     * WIT {@code warn}.
     */
    WARN
}
