package golden.naming;

public sealed interface FirstError permits FirstError.Bad, FirstError.Worse {
    /**
     * The {@code bad} case.
     */
    record Bad(String value) implements FirstError {
    }

    /**
     * The {@code worse} case.
     */
    record Worse() implements FirstError {
    }
}
