package dev.weft.samples.semver;

/** Entry point of the library jar: loads the component shipped inside it. */
public final class SemverLibrary {
    private SemverLibrary() {
    }

    /**
     * A new instance of the library (each has its own memory; use one per thread or guard it). Close it
     * to release the instance.
     */
    public static SemverLib load() {
        return SemverLib.builder().componentResource(SemverLibrary.class, "/components/semver.wasm").build();
    }
}
