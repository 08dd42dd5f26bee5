package dev.weft.component.internal.wasi;

/** The host side of {@code wasi:io/streams.output-stream}. Writes never wait: every sink here accepts data at once. */
abstract class HostOutputStream {
    /** The most bytes one {@link #write} may take: what {@code check-write} grants while the stream works. */
    static final long PERMIT = 1 << 20;

    /** How many bytes a write may take now ({@code check-write}); fails once the stream can take none. */
    long checkWrite() throws StreamFailure { return PERMIT; }

    /** Takes all of {@code data}. */
    abstract void write(byte[] data) throws StreamFailure;

    abstract void flush() throws StreamFailure;

    Pollable subscribe() { return Pollable.READY; }
}
