package dev.weft.engine.internal.wasi;

/** A preview1 call fails with {@link #errno}; caught where the call returns to the guest. */
public final class WasiError extends RuntimeException {
    public final int errno;

    public WasiError(int errno) {
        super("errno " + errno, null, false, false);
        this.errno = errno;
    }
}
