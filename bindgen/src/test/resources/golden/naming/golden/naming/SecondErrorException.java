package golden.naming;

import dev.weft.component.bindings.ErrorResultException;

/**
 * The {@code err} of a WIT function returning {@code result}, carrying the error value.
 */
public final class SecondErrorException extends ErrorResultException {
    private static final long serialVersionUID = 1L;

    private final transient SecondError error;

    public SecondErrorException(SecondError error) {
        super("error result: " + error);
        this.error = error;
    }

    @Override
    public SecondError error() {
        return error;
    }
}
