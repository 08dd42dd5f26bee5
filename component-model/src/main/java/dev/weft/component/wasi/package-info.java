/**
 * A WASI 0.2 host for components: {@link dev.weft.component.wasi.WasiP2#define} provides the
 * {@code wasi:cli}, {@code wasi:io}, {@code wasi:clocks}, {@code wasi:random} and
 * {@code wasi:filesystem} interfaces (any {@code 0.2.x} version) to a
 * {@link dev.weft.component.ComponentLinker}, limited to what a {@link dev.weft.engine.wasi.WasiConfig}
 * grants: the same configuration the preview1 host takes.
 */
package dev.weft.component.wasi;
