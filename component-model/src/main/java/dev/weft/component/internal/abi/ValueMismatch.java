package dev.weft.component.internal.abi;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A host value that does not fit the type it is lowered as: a host programming error, so an
 * {@link IllegalArgumentException}, never a trap. It names where in the value the mismatch is (for
 * example {@code argument 1, field `name`: expected string, got U32}); the path is built while the
 * exception unwinds, so correct values pay nothing for it.
 */
final class ValueMismatch extends IllegalArgumentException {
    private final Deque<String> path = new ArrayDeque<>();
    private final String problem;

    ValueMismatch(String problem) {
        super(problem);
        this.problem = problem;
    }

    /** The usual problem: a value of the wrong kind (or null) where {@code expected} is wanted. */
    static ValueMismatch expected(String expected, Object got) {
        return new ValueMismatch("expected " + expected + ", got " + kindOf(got));
    }

    /** Adds the enclosing step of the path (outermost steps are added last) and returns this. */
    ValueMismatch at(String step) {
        path.addFirst(step);
        return this;
    }

    @Override
    public String getMessage() {
        return path.isEmpty() ? problem : String.join(", ", path) + ": " + problem;
    }

    private static String kindOf(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName();
    }
}
