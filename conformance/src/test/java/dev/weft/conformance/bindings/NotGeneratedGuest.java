package dev.weft.conformance.bindings;

/**
 * A test whose worlds the generator cannot handle yet, so nothing is generated for it: each of its
 * components counts as one skip, with the reason printed. Replace it with a real round trip (and the
 * {@code @WitBindings} of its package) once the generator supports the WIT.
 */
public record NotGeneratedGuest(String name, String reason) implements GuestCheck {
    @Override
    public void run(Checker check) {
        check.skip("test.wasm: " + reason);
        check.skip("runner.wasm: " + reason);
    }
}
