/**
 * Weft's WebAssembly engine: compile modules, link them with host functions and other instances,
 * and call their exports from Java.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Module module = Module.fromText(engine, """
 *     (module
 *       (import "env" "log" (func $log (param i32)))
 *       (func (export "run") (param i32) (result i32)
 *         (call $log (local.get 0))
 *         (i32.mul (local.get 0) (i32.const 2))))
 *     """);
 * Linker linker = Linker.create(engine)
 *         .func("env", "log", FuncType.of(List.of(ValueType.I32), List.of()),
 *               args -> { System.out.println(args[0]); return null; });
 * Instance instance = linker.instantiate(module);
 * int doubled = (Integer) instance.func("run").call(21)[0];   // prints 21, returns 42
 * }</pre>
 *
 * <h2>Objects</h2>
 * {@link dev.weft.engine.Engine} (configuration, see {@link dev.weft.engine.EngineConfig}) →
 * {@link dev.weft.engine.Module} (decoded, validated and compiled; immutable and shareable) →
 * {@link dev.weft.engine.Linker} (resolves imports) → {@link dev.weft.engine.Instance} (the
 * module's memories, tables and globals; one thread at a time). Exports and imports are
 * {@link dev.weft.engine.Extern}s: {@link dev.weft.engine.Func}, {@link dev.weft.engine.Memory},
 * {@link dev.weft.engine.Table}, {@link dev.weft.engine.Global}, {@link dev.weft.engine.Tag}.
 *
 * <h2>Values</h2>
 * i32 {@code Integer}, i64 {@code Long}, f32 {@code Float}, f64 {@code Double} (NaN payloads are
 * kept), v128 {@link dev.weft.engine.V128}; null references are {@code null}; funcref
 * {@link dev.weft.engine.Func}; externref any host object, passed through unchanged;
 * i31ref {@link dev.weft.engine.I31}; struct and array references {@link dev.weft.engine.GcObject};
 * exnref {@link dev.weft.engine.ExnRef}.
 *
 * <h2>Errors</h2>
 * Every failure is a {@link dev.weft.engine.WasmException} whose {@code reason()} is the
 * specification's message: {@link dev.weft.engine.MalformedModuleException} (bad binary or text),
 * {@link dev.weft.engine.InvalidModuleException} (does not validate),
 * {@link dev.weft.engine.LinkException} (unknown or incompatible import),
 * {@link dev.weft.engine.TrapException} (a trap, also during instantiation; its kind tells call-stack
 * exhaustion, interruption and fuel exhaustion apart) and
 * {@link dev.weft.engine.UncaughtWasmException} (a wasm exception nobody caught).
 *
 * <h2>Stopping a running call</h2>
 * {@link java.lang.Thread#interrupt()} on the calling thread, a deadline
 * ({@link dev.weft.engine.EngineConfig#withDeadline}) or fuel
 * ({@link dev.weft.engine.EngineConfig#withFuel}) stop wasm code at the next loop iteration or call
 * with a {@link dev.weft.engine.TrapException}; the thread's interrupt status is left set.
 */
package dev.weft.engine;
