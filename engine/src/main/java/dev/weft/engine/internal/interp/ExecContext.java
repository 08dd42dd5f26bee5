package dev.weft.engine.internal.interp;

import dev.weft.engine.EngineConfig;
import dev.weft.engine.TrapException;
import dev.weft.engine.internal.runtime.FunctionInstance;
import java.util.Arrays;

/**
 * Per-thread execution state: the operand stack (numbers in {@link #s}, references in the parallel
 * {@link #r}; locals live at the bottom of each frame) and the explicit call-frame stack, so that
 * wasm-to-wasm calls never recurse on the Java stack.
 */
final class ExecContext {
    private static final ThreadLocal<ExecContext> CURRENT = ThreadLocal.withInitial(ExecContext::new);
    /** Hard cap on operand-stack slots, whatever the call depth limit. */
    private static final int MAX_SLOTS = 1 << 24;
    /** Stacks up to this many slots stay allocated between calls. */
    private static final int RETAINED_SLOTS = 1 << 16;
    /** Loop iterations / calls between two interrupt and deadline checks. */
    private static final int POLL_INTERVAL = 1 << 12;

    long[] s = new long[1024];
    Object[] r = new Object[1024];
    /** First free slot for a nested (host → wasm) call. */
    int sp;

    FunctionInstance[] frameFunc = new FunctionInstance[64];
    int[] framePc = new int[64];
    int[] frameFp = new int[64];
    int depth;
    int maxDepth = 20_000;

    /** Counts down to the next poll. */
    int countdown = POLL_INTERVAL;
    /** Remaining fuel (negative: unlimited) and deadline in nanoTime (0: none) of the outermost call. */
    long fuel = -1;
    long deadline;
    /** Whether an outermost call is running on this thread. */
    boolean active;
    /** Highest slot and frame depth used since the outermost call began, to clear references cheaply at its end. */
    private int highWater;
    private int highDepth;

    static ExecContext current() { return CURRENT.get(); }

    /** Prepares for an outermost call with the engine's limits. */
    void begin(EngineConfig config) {
        active = true;
        maxDepth = config.maxCallDepth();
        fuel = config.fuel();
        deadline = config.deadline() == null ? 0 : System.nanoTime() + config.deadline().toNanos();
        countdown = fuel >= 0 ? (int) Math.min(fuel, POLL_INTERVAL) : POLL_INTERVAL;
        if (fuel >= 0) fuel -= countdown;
        sp = 0;
        depth = 0;
    }

    void end() {
        active = false;
        if (s.length > RETAINED_SLOTS) {
            // A deep recursion grew the stack: do not keep hundreds of megabytes per thread.
            s = new long[1024];
            r = new Object[1024];
            frameFunc = new FunctionInstance[64];
            framePc = new int[64];
            frameFp = new int[64];
        } else {
            // Drop references so finished calls do not keep GC objects or host objects alive.
            Arrays.fill(r, 0, Math.min(highWater, r.length), null);
            Arrays.fill(frameFunc, 0, Math.min(highDepth, frameFunc.length), null);
        }
        highWater = 0;
        highDepth = 0;
        depth = 0;
        sp = 0;
    }

    /** Called when {@link #countdown} runs out: checks interruption, deadline and fuel. */
    void poll() {
        if (Thread.currentThread().isInterrupted()) {
            throw new TrapException(TrapException.Kind.INTERRUPTED, "interrupted", null);
        }
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            throw new TrapException(TrapException.Kind.INTERRUPTED, "deadline exceeded", null);
        }
        if (fuel >= 0) {
            if (fuel == 0) throw new TrapException(TrapException.Kind.OUT_OF_FUEL, "out of fuel", null);
            countdown = (int) Math.min(fuel, POLL_INTERVAL);
            fuel -= countdown;
        } else {
            countdown = POLL_INTERVAL;
        }
    }

    static TrapException exhausted() {
        return new TrapException(TrapException.Kind.CALL_STACK_EXHAUSTED, "call stack exhausted", null);
    }

    /** Pushes the caller's frame; traps when the call depth limit is reached. */
    void push(FunctionInstance fn, int pc, int fp) {
        int d = depth;
        if (d >= maxDepth) throw exhausted();
        if (d == frameFunc.length) {
            int n = d * 2;
            frameFunc = Arrays.copyOf(frameFunc, n);
            framePc = Arrays.copyOf(framePc, n);
            frameFp = Arrays.copyOf(frameFp, n);
        }
        frameFunc[d] = fn;
        framePc[d] = pc;
        frameFp[d] = fp;
        depth = d + 1;
        if (d >= highDepth) highDepth = d + 1;
        if (--countdown <= 0) poll();
    }

    /**
     * Sets up the frame of a function whose arguments start at {@code fp}: makes room for its
     * locals, constants and operand stack, zeroes the non-parameter locals and fills the constants.
     */
    void enter(CompiledFunction cf, int fp) {
        int need = fp + cf.frameSlots;
        if (need > s.length) grow(need);
        if (need > highWater) highWater = need;
        long[] s = this.s;
        Object[] r = this.r;
        int from = fp + cf.paramSlots;
        int locals = fp + cf.localSlots;
        for (int i = from; i < locals; i++) {
            s[i] = 0;
            r[i] = null;
        }
        long[] consts = cf.consts;
        for (int i = 0; i < consts.length; i++) {
            s[locals + i] = consts[i];
            r[locals + i] = null;
        }
    }

    /** Makes the stack at least {@code need} slots long. */
    void ensure(int need) {
        if (need > s.length) grow(need);
        if (need > highWater) highWater = need;
    }

    private void grow(int need) {
        if (need > MAX_SLOTS) throw exhausted();
        int n = (int) Math.min(MAX_SLOTS, Math.max(need, (long) s.length * 2));
        try {
            long[] s2 = Arrays.copyOf(s, n);
            r = Arrays.copyOf(r, n);
            s = s2;
        } catch (OutOfMemoryError e) {
            throw exhausted();
        }
    }
}
