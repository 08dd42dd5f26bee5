package dev.weft.component.bindings;

/**
 * The contract version between generated bindings and this runtime. Generated classes call
 * {@link #check} from their static initializer, so bindings generated for another runtime version
 * fail on first use instead of misbehaving.
 */
public final class BindingsVersion {
    /** The version of the generated-code contract this runtime implements. */
    public static final int CURRENT = 1;

    private BindingsVersion() {}

    /** Throws IllegalStateException unless {@code generatedFor} is {@link #CURRENT}. */
    public static void check(int generatedFor) {
        if (generatedFor != CURRENT) {
            throw new IllegalStateException("bindings were generated for runtime contract version " + generatedFor
                    + " but this Weft runtime implements version " + CURRENT + "; regenerate them with weft bindgen");
        }
    }
}
