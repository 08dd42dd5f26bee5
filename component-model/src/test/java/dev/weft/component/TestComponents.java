package dev.weft.component;

import dev.weft.engine.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the test components under {@code /components/runtime} (binaries built from the .wat beside them). */
final class TestComponents {
    private TestComponents() {}

    static Component load(Engine engine, String name) {
        String path = "/components/runtime/" + name + ".wasm";
        try (InputStream in = TestComponents.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return Component.fromBinary(engine, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
