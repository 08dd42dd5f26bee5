package dev.weft.component.internal.abi;

/**
 * The Canonical ABI state of one component instance: its handle table and the {@code may_leave} /
 * {@code may_enter} flags. {@code may_leave} is off while the instance runs code that must not
 * call out (realloc, post-return); {@code may_enter} is off while the instance is on the call
 * stack of a synchronous call, so it is not re-entered.
 */
public final class InstanceState {
    private final ResourceRegistry resources;
    private final InstanceState parent;
    private final HandleTable handles = new HandleTable();
    private boolean mayLeave = true;
    private boolean mayEnter = true;

    /** A top-level component instance. */
    public InstanceState(ResourceRegistry resources) { this(resources, null); }

    /** An instance nested in {@code parent} (entering it also enters its ancestors). */
    public InstanceState(ResourceRegistry resources, InstanceState parent) {
        this.resources = resources;
        this.parent = parent;
    }

    public InstanceState parent() { return parent; }

    public ResourceRegistry resources() { return resources; }

    public HandleTable handles() { return handles; }

    public boolean mayLeave() { return mayLeave; }

    public void setMayLeave(boolean mayLeave) { this.mayLeave = mayLeave; }

    public boolean mayEnter() { return mayEnter; }

    public void setMayEnter(boolean mayEnter) { this.mayEnter = mayEnter; }

    /** Traps "cannot leave component instance" unless the instance may call out. */
    public void checkMayLeave() {
        if (!mayLeave) throw AbiTraps.cannotLeave();
    }

    /** Traps "cannot enter component instance" unless the instance may be entered. */
    public void checkMayEnter() {
        if (!mayEnter) throw AbiTraps.cannotEnter();
    }

    /**
     * Whether a call from {@code caller} (null: the host) may enter this instance: every instance
     * it enters (this one and its ancestors that are not also the caller's) must allow it.
     */
    public boolean mayEnterFrom(InstanceState caller) {
        for (InstanceState i = this; i != null && !encloses(i, caller); i = i.parent) if (!i.mayEnter) return false;
        return true;
    }

    /** Enters from {@code caller}, trapping "cannot enter component instance" if re-entered. */
    public void enterFrom(InstanceState caller) {
        if (!mayEnterFrom(caller)) throw AbiTraps.cannotEnter();
        for (InstanceState i = this; i != null && !encloses(i, caller); i = i.parent) i.mayEnter = false;
    }

    /** Undoes {@link #enterFrom} when the call returns to {@code caller}. */
    public void leaveTo(InstanceState caller) {
        for (InstanceState i = this; i != null && !encloses(i, caller); i = i.parent) i.mayEnter = true;
    }

    /** True if {@code outer} is {@code inner} or one of its ancestors. */
    private static boolean encloses(InstanceState outer, InstanceState inner) {
        for (InstanceState i = inner; i != null; i = i.parent) if (i == outer) return true;
        return false;
    }

    /** True if this instance defines (implements) {@code type}. */
    public boolean defines(dev.weft.component.ResourceType type) {
        return resources.lookup(type).implementer() == this;
    }
}
