package dev.weft.component.bindings;

/**
 * Base of the generated exceptions that carry the error of a function whose WIT result type is
 * {@code result<T, E>}: the function returns {@code T}, and an {@code err} is thrown as a subclass
 * holding {@code E}. These are checked exceptions because an {@code err} is an expected outcome the
 * caller must handle. Host implementations of imports throw them to return an {@code err}.
 */
public abstract class ErrorResultException extends Exception {
    private static final long serialVersionUID = 1L;

    protected ErrorResultException(String message) {
        super(message, null, false, false);
    }

    /** The error payload ({@code null} when the result type has no error type). */
    public abstract Object error();
}
