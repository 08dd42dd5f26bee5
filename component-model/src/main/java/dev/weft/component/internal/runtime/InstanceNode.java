package dev.weft.component.internal.runtime;

import dev.weft.component.internal.abi.InstanceState;

import java.util.ArrayList;
import java.util.List;

/**
 * A component instance in the tree of instances: its ABI state and the instance that created it.
 * Entering an instance for a call (from the host or from another instance) also enters its
 * ancestors that the caller is not inside of, so no instance can be re-entered through a child:
 * each of them must be enterable ("cannot enter component instance" otherwise) and is not
 * enterable again until the call returns.
 */
public final class InstanceNode {
    final InstanceState state;
    private final InstanceNode parent;

    InstanceNode(InstanceState state, InstanceNode parent) {
        this.state = state;
        this.parent = parent;
    }

    /** Enters this instance for a call from {@code caller} (null: the host); returns what to {@link #leave}. */
    List<InstanceState> enter(InstanceNode caller) {
        List<InstanceState> entering = new ArrayList<>(2);
        for (InstanceNode n = this; n != null; n = n.parent) {
            if (caller == null || !caller.isSelfOrDescendantOf(n)) entering.add(n.state);
        }
        for (InstanceState s : entering) s.checkMayEnter();
        for (InstanceState s : entering) s.setMayEnter(false);
        return entering;
    }

    static void leave(List<InstanceState> entered) {
        for (InstanceState s : entered) s.setMayEnter(true);
    }

    private boolean isSelfOrDescendantOf(InstanceNode ancestor) {
        for (InstanceNode n = this; n != null; n = n.parent) {
            if (n == ancestor) return true;
        }
        return false;
    }
}
