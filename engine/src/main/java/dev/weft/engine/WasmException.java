package dev.weft.engine;

/**
 * Base of every error Weft reports about a module or a running instance. The subclasses mirror
 * the spec's assertion kinds: malformed, invalid, unlinkable, uninstantiable (a trap or link
 * failure during instantiation), trap and exhaustion.
 */
public abstract sealed class WasmException extends RuntimeException
        permits MalformedModuleException, InvalidModuleException, LinkException, TrapException,
                UncaughtWasmException {

    protected WasmException(String message) { super(message); }

    protected WasmException(String message, Throwable cause) { super(message, cause); }
}
