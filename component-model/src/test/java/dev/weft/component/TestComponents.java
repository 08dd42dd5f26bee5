package dev.weft.component;

import dev.weft.engine.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the test components written in text under {@code /components/runtime}. */
final class TestComponents {
    private TestComponents() {}

    static Component load(Engine engine, String name) {
        String path = "/components/runtime/" + name + ".wat";
        try (InputStream in = TestComponents.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return Component.fromText(engine, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
