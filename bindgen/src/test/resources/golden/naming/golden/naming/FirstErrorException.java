package golden.naming;

import dev.weft.component.bindings.ErrorResultException;

/**
 * The {@code err} of a WIT function returning {@code result}, carrying the error value.
 */
public final class FirstErrorException extends ErrorResultException {
    private static final long serialVersionUID = 1L;

    private final transient FirstError error;

    public FirstErrorException(FirstError error) {
        super("error result: " + error);
        this.error = error;
    }

    @Override
    public FirstError error() {
        return error;
    }
}
