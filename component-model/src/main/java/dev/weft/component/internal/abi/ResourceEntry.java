package dev.weft.component.internal.abi;

import dev.weft.component.ResourceType;

/**
 * A resource handle in a handle table: an owned or borrowed reference to a resource of one type.
 * {@code rep} is the representation the implementation chose: an {@link Integer} (i32) for a
 * resource a component defines, the host's Java object for a host-defined one.
 */
public final class ResourceEntry implements HandleEntry {
    final ResourceType type;
    final Object rep;
    final boolean own;
    final boolean hostDefined;
    /** For a borrow lowered into a callee: the call it belongs to (its borrow count tracks it). */
    final CallScope borrowScope;
    /** How many calls currently borrow this (owned) handle; it cannot be dropped or moved meanwhile. */
    int numLends;

    ResourceEntry(ResourceType type, Object rep, boolean own, boolean hostDefined, CallScope borrowScope) {
        this.type = type;
        this.rep = rep;
        this.own = own;
        this.hostDefined = hostDefined;
        this.borrowScope = borrowScope;
    }

    public ResourceType type() { return type; }

    public Object rep() { return rep; }

    public boolean own() { return own; }

    public int numLends() { return numLends; }

    @Override
    public String kindName() { return hostDefined ? "host-defined resource" : "guest-defined resource"; }
}
