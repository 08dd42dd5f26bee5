/**
 * A WASI preview1 ({@code wasi_snapshot_preview1}) host for core modules.
 *
 * <p>{@link dev.weft.engine.wasi.WasiConfig} says what the guest may see, {@link dev.weft.engine.wasi.Wasi}
 * registers the 46 preview1 functions on a {@link dev.weft.engine.Linker} and runs commands:
 * <pre>{@code
 * Engine engine = Engine.create();
 * Module module = Module.fromBinary(engine, Files.readAllBytes(Path.of("tool.wasm")));
 * WasiConfig config = WasiConfig.defaults()
 *         .withArgs("tool", "in.txt")
 *         .withPreopen(Path.of("work"), "/work", false)
 *         .withInheritedStdio();
 * try (Wasi wasi = Wasi.create(config)) {
 *     Instance instance = wasi.define(Linker.create(engine)).instantiate(module);
 *     int exitCode = wasi.run(instance);
 * }
 * }</pre>
 *
 * <p>Sandboxing: the guest sees no host file, variable or socket unless granted. Guest paths are
 * resolved by Weft one component at a time below a preopened directory; {@code ..} cannot climb
 * above it, absolute paths are refused, and symlinks are expanded by Weft with the same checks
 * (a link pointing outside, or to an absolute path, fails with {@code ENOTCAPABLE}). The final
 * open uses no-follow semantics. Weft assumes nothing else renames directories inside a preopen
 * while a call is resolving a path through them. Read-only preopens refuse every change with
 * {@code EROFS}; descriptor rights are checked on every call ({@code ENOTCAPABLE}).
 *
 * <p>Errno values, flags and struct layouts are those of the preview1 witx.
 */
package dev.weft.engine.wasi;
