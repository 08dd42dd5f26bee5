package dev.weft.component.wasi;

import dev.weft.component.Component;
import dev.weft.component.ComponentLinker;
import dev.weft.engine.Engine;
import dev.weft.engine.wasi.WasiConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs a prebuilt command component from src/test/resources/wasi and captures what it printed. */
final class WasiProgram {
    private static final Engine ENGINE = Engine.create();

    record Run(int exitCode, String stdout, String stderr) {}

    private WasiProgram() {}

    static Component load(String name) {
        try (InputStream in = WasiProgram.class.getResourceAsStream("/wasi/" + name + ".wasm")) {
            if (in == null) throw new IllegalStateException("missing test component " + name);
            return Component.fromBinary(ENGINE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code name} with {@code config} (whose stdout and stderr are replaced by capturing buffers). */
    static Run run(String name, WasiConfig config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        ComponentLinker linker = ComponentLinker.create(ENGINE);
        WasiP2.define(linker, config.withStdout(out).withStderr(err));
        int code = WasiP2.run(linker.instantiate(load(name)));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
