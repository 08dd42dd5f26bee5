package golden.naming;

public sealed interface ShadowsResult permits ShadowsResult.OkCase, ShadowsResult.ErrCase {
    /**
     * The {@code ok-case} case.
     */
    record OkCase(byte value) implements ShadowsResult {
    }

    /**
     * The {@code err-case} case.
     */
    record ErrCase() implements ShadowsResult {
    }
}
