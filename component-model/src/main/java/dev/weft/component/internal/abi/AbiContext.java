package dev.weft.component.internal.abi;

import dev.weft.engine.Func;
import dev.weft.engine.Memory;

/**
 * Everything one lift or lower needs: the canonical options, the component instance whose memory
 * and handle table are used, the call's borrow scope, who is on the other side (for trap wording),
 * and optionally the string origins of a component-to-component call. Cheap to create: one per
 * call direction.
 */
public final class AbiContext {
    final CanonicalOptions opts;
    final InstanceState inst;
    final CallScope scope;
    final Peer peer;
    final StringOrigins origins;
    final int ptrSize;
    private final Memory memory;
    /** List and string content bytes this context may still lift (see {@link Lifting#maxLiftBytes}). */
    private long liftBudget = Lifting.maxLiftBytes();

    public AbiContext(CanonicalOptions opts, InstanceState inst, CallScope scope, Peer peer, StringOrigins origins) {
        this.opts = opts;
        this.inst = inst;
        this.scope = scope;
        this.peer = peer;
        this.origins = origins;
        this.memory = opts.memory();
        this.ptrSize = opts.ptrSize();
    }

    /** A context for values without handles (no instance state, no borrow scope). */
    public static AbiContext of(CanonicalOptions opts, Peer peer) {
        return new AbiContext(opts, null, null, peer, null);
    }

    public CanonicalOptions options() { return opts; }

    public InstanceState instance() { return inst; }

    public CallScope scope() { return scope; }

    public Peer peer() { return peer; }

    public int ptrSize() { return ptrSize; }

    Memory memory() {
        if (memory == null) throw new IllegalStateException("canonical options lack the memory this type needs");
        return memory;
    }

    InstanceState requireInstance() {
        if (inst == null) throw new IllegalStateException("resource handles need the component instance state");
        return inst;
    }

    CallScope requireScope() {
        if (scope == null) throw new IllegalStateException("borrow handles need a call scope");
        return scope;
    }

    /** True if {@code [ptr, ptr+len)} (unsigned) lies inside the memory. */
    boolean inBounds(long ptr, long len) {
        long size = memory().byteSize();
        return Long.compareUnsigned(ptr, size) <= 0 && Long.compareUnsigned(len, size - ptr) <= 0;
    }

    /**
     * Counts {@code bytes} of list or string content about to be lifted against the per-call budget:
     * the spec bounds each list, but lists may share memory, so a small guest could otherwise make the
     * host build values without bound (a list of many lists that all point at the same bytes).
     */
    void chargeLift(long bytes) {
        liftBudget -= bytes;
        if (liftBudget < 0) throw AbiTraps.liftLimit(Lifting.maxLiftBytes());
    }

    /** Traps unless {@code ptr} is aligned and {@code [ptr, ptr+len)} is in bounds (checked in that order). */
    void checkRange(long ptr, long len, int align, Region region) {
        if (!Layout.isAligned(ptr, align)) throw AbiTraps.unaligned(peer, region);
        if (!inBounds(ptr, len)) throw AbiTraps.outOfBounds(peer, region);
    }

    long readPtr(long address) {
        Memory m = memory();
        return ptrSize == 8 ? m.readLong(address) : Integer.toUnsignedLong(m.readInt(address));
    }

    void writePtr(long address, long value) {
        Memory m = memory();
        if (ptrSize == 8) m.writeLong(address, value);
        else m.writeInt(address, (int) value);
    }

    /** A fresh allocation: {@code realloc(0, 0, align, size)}, then the alignment and bounds checks. */
    long allocate(int align, long size, Region region) {
        return reallocate(0, 0, align, size, region, true);
    }

    /**
     * Calls realloc with {@code may_leave} off (realloc must not call out of the instance), then
     * checks the result: alignment (when {@code checkAlign}) and that {@code newSize} bytes fit.
     * {@code may_leave} is restored even if realloc traps (see {@link Abi#postReturn}).
     */
    long reallocate(long old, long oldSize, int align, long newSize, Region region, boolean checkAlign) {
        Func realloc = opts.realloc();
        if (realloc == null) throw new IllegalStateException("canonical options lack the realloc this type needs");
        Object[] result;
        if (inst != null) inst.setMayLeave(false);
        try {
            if (ptrSize == 8) {
                result = CoreCall.trapOnThrow(realloc, old, oldSize, (long) align, newSize);
            } else {
                result = CoreCall.trapOnThrow(realloc, (int) old, (int) oldSize, align, (int) newSize);
            }
        } finally {
            if (inst != null) inst.setMayLeave(true);
        }
        long ptr = ptrSize == 8 ? (Long) result[0] : Integer.toUnsignedLong((Integer) result[0]);
        if (checkAlign && !Layout.isAligned(ptr, align)) throw AbiTraps.reallocUnaligned(peer, region);
        if (!inBounds(ptr, newSize)) throw AbiTraps.reallocOutOfBounds(peer, region);
        return ptr;
    }
}
