package dev.weft.component.wit;

/**
 * A WIT document that cannot be parsed or resolved. {@link #getMessage()} reads
 * {@code file:line:column: reason}; the parts are available separately. Line and column are 1-based;
 * both are 0 only when the problem has no place in any file (for example an empty directory).
 */
public final class WitException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public WitException(String file, int line, int column, String reason) {
        super(line > 0 ? file + ":" + line + ":" + column + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The file the problem is in, as it was named to the parser. */
    public String file() { return file; }

    public int line() { return line; }

    public int column() { return column; }

    /** What was expected or wrong, without the position. */
    public String reason() { return reason; }
}
