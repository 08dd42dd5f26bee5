package dev.weft.engine;

import dev.weft.engine.internal.runtime.FunctionInstance;

/**
 * A wasm or host function; also the Java form of a non-null {@code funcref}.
 * <pre>{@code
 * Func add = instance.func("add");
 * int sum = (Integer) add.call(2, 3)[0];
 * }</pre>
 *
 * <p>Java representations of wasm values (arguments and results):
 * <ul>
 *   <li>i32 {@link Integer}, i64 {@link Long}, f32 {@link Float}, f64 {@link Double} (NaN bits kept),
 *       v128 {@link V128};
 *   <li>{@code ref.null} of any type: {@code null};
 *   <li>funcref: {@link Func};
 *   <li>externref: the host object itself (any Java object the host passed in, unchanged);
 *   <li>i31ref: {@link I31}; struct and array references: {@link GcObject} (opaque, kind tells which);
 *   <li>exnref: {@link ExnRef};
 *   <li>anyref holding an external value ({@code any.convert_extern}): that host object, unchanged.
 *       Conversions between extern and any never wrap values, so a host object passed in as
 *       externref comes back as the same object whether the wasm code returns it as externref or
 *       (after {@code any.convert_extern}) as anyref; the declared result type tells which view it is.
 * </ul>
 */
public sealed interface Func extends Extern permits FunctionInstance {

    FuncType type();

    /**
     * Calls the function. Traps throw {@link TrapException}; an uncaught wasm exception throws
     * {@link UncaughtWasmException}. Arguments of the wrong number or types throw
     * {@link IllegalArgumentException}; a host function's failures are described in {@link HostFunction}.
     */
    Object[] call(Object... args);

    /** Wraps a Java function so it can be stored in tables or passed where a funcref is expected. */
    static Func of(FuncType type, HostFunction implementation) {
        return FunctionInstance.host(type, implementation);
    }

    @Override
    default ExternType externType() { return type(); }
}
