package dev.weft.engine.wasi;

/**
 * The guest called {@code proc_exit}. It unwinds the wasm stack to the host that made the
 * outermost call; {@link Wasi#run} turns it into the returned exit code.
 */
public final class WasiExitException extends RuntimeException {
    private final int exitCode;

    public WasiExitException(int exitCode) {
        super("wasi exit " + Integer.toUnsignedString(exitCode), null, false, false);
        this.exitCode = exitCode;
    }

    /** The code passed to {@code proc_exit} (an unsigned 32-bit value, as the guest wrote it). */
    public int exitCode() { return exitCode; }
}
