package dev.weft.engine.internal.interp;

/**
 * A function body translated by {@link FunctionCompiler}: immutable, shared by every instance of
 * the module.
 */
public final class CompiledFunction {
    /** The instructions ({@link Ops}) with their immediates; branch targets are indices into it. */
    final int[] code;
    /** Values of the constant area, copied to the slots right after the locals at entry. */
    final long[] consts;
    /** Slots of the parameters, of all locals (parameters included), and of the whole frame (locals, constants, max operand stack). */
    final int paramSlots;
    final int localSlots;
    final int frameSlots;
    /**
     * Exception handlers, innermost first, {@link #HANDLER_SIZE} ints each: start and end (an
     * instruction whose following pc p satisfies start < p <= end is covered), tag index (-1: any),
     * kind (0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref), target pc, frame slot where the
     * caught values go.
     */
    final int[] handlers;
    /** Cast descriptors ({@link CastTarget}) referenced by ref.test/ref.cast/br_on_cast. */
    final CastTarget[] casts;
    final int funcIndex;

    static final int HANDLER_SIZE = 6;

    CompiledFunction(int funcIndex, int[] code, long[] consts, int paramSlots, int localSlots, int frameSlots,
                     int[] handlers, CastTarget[] casts) {
        this.funcIndex = funcIndex;
        this.code = code;
        this.consts = consts;
        this.paramSlots = paramSlots;
        this.localSlots = localSlots;
        this.frameSlots = frameSlots;
        this.handlers = handlers;
        this.casts = casts;
    }
}
