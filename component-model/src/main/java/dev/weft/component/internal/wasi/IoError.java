package dev.weft.component.internal.wasi;

/**
 * The host side of {@code wasi:io/error.error}: why a stream operation failed. {@code errno} is the
 * preview1 code of a filesystem failure (so {@code filesystem-error-code} can report it), or -1.
 */
record IoError(String message, int errno) {}
