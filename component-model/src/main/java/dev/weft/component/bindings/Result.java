package dev.weft.component.bindings;

import java.util.Objects;

/**
 * A WIT {@code result<T, E>} nested inside another type (a function's own result is mapped to a
 * return value and an exception instead). A side without a WIT type has a {@code null} payload
 * ({@code Result<Void, E>}).
 *
 * @param <T> the ok payload type
 * @param <E> the error payload type
 */
public sealed interface Result<T, E> {
    /** The success case. */
    record Ok<T, E>(T value) implements Result<T, E> {}

    /** The error case. */
    record Err<T, E>(E error) implements Result<T, E> {}

    static <T, E> Result<T, E> ok(T value) { return new Ok<>(value); }

    static <T, E> Result<T, E> err(E error) { return new Err<>(error); }

    default boolean isOk() { return this instanceof Ok; }

    /** The ok payload; throws IllegalStateException (mentioning the error) for an {@link Err}. */
    default T unwrap() {
        return switch (this) {
            case Ok<T, E> ok -> ok.value();
            case Err<T, E> err -> throw new IllegalStateException("result is err: " + Objects.toString(err.error()));
        };
    }
}
