package dev.weft.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the official suites live: {@code -Dweft.suites=DIR}, default {@code ../shared}. */
public final class Suites {
    private Suites() {}

    public static Path root() {
        return Path.of(System.getProperty("weft.suites", "../shared")).toAbsolutePath().normalize();
    }

    /** The folder of one suite, or null (after saying so loudly) when it is absent. */
    public static Path folder(String name) {
        Path dir = root().resolve(name);
        if (!Files.isDirectory(dir)) {
            System.err.println("*** conformance suite '" + name + "' NOT RUN: " + dir + " does not exist"
                    + " (set -Dweft.suites=DIR to the folder holding the official suites) ***");
            return null;
        }
        return dir;
    }
}
