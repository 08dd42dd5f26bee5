package dev.weft.component.internal.wasi;

/** The host side of {@code wasi:io/streams.input-stream}. */
abstract class HostInputStream {
    /** Up to {@code max} bytes available now (possibly none); {@link StreamFailure} when closed or failed. */
    abstract byte[] read(int max) throws StreamFailure;

    /** At least one byte (up to {@code max}), waiting for it if needed. */
    abstract byte[] blockingRead(int max) throws StreamFailure;

    /** Ready when a read would return data or report the end. */
    abstract Pollable subscribe();
}
