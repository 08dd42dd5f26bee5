package dev.weft.engine.internal.interp;

import dev.weft.engine.InvalidModuleException;

/**
 * An internal invariant of the compiler or of the compiled code broke: always a bug in Weft, never
 * the module's fault. It never reaches the caller as such: {@link Interpreter#run} turns it into a
 * {@link dev.weft.engine.TrapException} and {@link Instantiator#compile} into a
 * {@link dev.weft.engine.InvalidModuleException}, each saying it is Weft's bug and naming the function.
 */
final class WeftBug extends RuntimeException {
    /** Starts the reason of the Weft exception that reports a bug, so users know to report it. */
    static final String REASON = "internal error, a bug in Weft (please report it): ";

    WeftBug(String message) { super(message); }

    /**
     * The error for a module that broke the validator or the compiler: any exception other than
     * a Weft one is Weft's bug, reported with {@code where} it happened and the original as cause.
     */
    static InvalidModuleException rejecting(RuntimeException e, String where) {
        String what = e instanceof WeftBug ? e.getMessage() : e.toString();
        InvalidModuleException bug = new InvalidModuleException(REASON + what, where);
        bug.initCause(e);
        return bug;
    }
}
