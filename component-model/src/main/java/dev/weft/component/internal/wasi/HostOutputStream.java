package dev.weft.component.internal.wasi;

/** The host side of {@code wasi:io/streams.output-stream}. Writes never wait: every sink here accepts data at once. */
abstract class HostOutputStream {
    /** How many bytes a {@link #write} may take now. */
    static final long PERMIT = 1 << 20;

    /** Takes all of {@code data}. */
    abstract void write(byte[] data) throws StreamFailure;

    abstract void flush() throws StreamFailure;

    Pollable subscribe() { return Pollable.READY; }
}
