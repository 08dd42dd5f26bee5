/**
 * The WASI 0.2 host behind {@link dev.weft.component.wasi.WasiP2}: one class per interface group
 * ({@code IoImports}, {@code CliImports}, {@code ClockImports}, {@code RandomImports},
 * {@code FilesystemImports}) defining host functions on a linker, and the host objects behind WASI
 * resources (streams, pollables, descriptors). Filesystem paths go through preview1's sandbox
 * resolution in {@code dev.weft.engine.internal.wasi}, so both WASI versions share one set of rules.
 */
package dev.weft.component.internal.wasi;
