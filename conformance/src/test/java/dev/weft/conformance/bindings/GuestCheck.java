package dev.weft.conformance.bindings;

/** The round trips of one guest (one test of the bindings suite), counted into a {@link Checker}. */
public interface GuestCheck {
    /** The test's name in the WIT suite and under {@code guests/} on the classpath. */
    String name();

    void run(Checker check);

    /** The classpath resource of one of the test's components ({@code test} or {@code runner}). */
    static String component(String test, String role) {
        return "/guests/" + test + "/" + role + ".wasm";
    }
}
