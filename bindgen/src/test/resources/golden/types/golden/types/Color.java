package golden.types;

public enum Color {
    /**
     * WIT {@code red}.
     */
    RED,

    /**
     * WIT {@code dark-green}.
     */
    DARK_GREEN,

    /**
     * WIT {@code blue}.
     */
    BLUE
}
