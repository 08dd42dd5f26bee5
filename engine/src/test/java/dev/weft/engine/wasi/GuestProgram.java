package dev.weft.engine.wasi;

import dev.weft.engine.Engine;
import dev.weft.engine.Instance;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs one of the C test programs (built by src/test/wasi-programs/build.sh) through Weft. */
final class GuestProgram {
    private GuestProgram() {}

    record Result(int exitCode, String stdout, String stderr) {}

    static byte[] bytes(String name) {
        try (InputStream in = GuestProgram.class.getResourceAsStream("/wasi/" + name + ".wasm")) {
            if (in == null) throw new IllegalStateException("missing test program " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code name} with {@code config}, capturing stdout and stderr. */
    static Result run(String name, WasiConfig config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Engine engine = Engine.create();
        Module module = Module.fromBinary(engine, bytes(name));
        try (Wasi wasi = Wasi.create(config.withStdout(out).withStderr(err))) {
            Instance instance = wasi.define(Linker.create(engine)).instantiate(module);
            int code = wasi.run(instance);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
