package golden.host_resources;

import dev.weft.component.bindings.ErrorResultException;

/**
 * The {@code err} of a WIT function returning {@code result}, carrying the error value.
 */
public final class FileWriteException extends ErrorResultException {
    private static final long serialVersionUID = 1L;

    private final transient String error;

    public FileWriteException(String error) {
        super("error result: " + error);
        this.error = error;
    }

    @Override
    public String error() {
        return error;
    }
}
