package dev.weft.component.internal.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * Borrow bookkeeping for one synchronous call. On the callee side (where {@code canon lift} lowers
 * arguments) it counts the borrow handles given to the callee, which the callee must drop before
 * it returns. On the caller side (where {@code canon lower} lifts arguments) it remembers the
 * caller's owned handles that are lent for the call, which cannot be dropped or moved until the
 * call is over.
 */
public final class CallScope {
    private int numBorrows;
    private List<ResourceEntry> lenders;

    /** Borrow handles lowered into the callee and not yet dropped. */
    public int numBorrows() { return numBorrows; }

    void borrowCreated() { numBorrows++; }

    void borrowDropped() { numBorrows--; }

    void lend(ResourceEntry owner) {
        owner.numLends++;
        if (lenders == null) lenders = new ArrayList<>(2);
        lenders.add(owner);
    }

    /** Callee side, when the callee returns: traps if it kept any borrow handle. */
    public void checkBorrowsDropped() {
        if (numBorrows > 0) throw AbiTraps.borrowsRemain();
    }

    /** Caller side, once the results are delivered: the lent handles are usable again. */
    public void releaseLenders() {
        if (lenders == null) return;
        for (ResourceEntry e : lenders) e.numLends--;
        lenders = null;
    }
}
