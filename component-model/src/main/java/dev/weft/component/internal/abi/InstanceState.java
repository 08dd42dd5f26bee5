package dev.weft.component.internal.abi;

/**
 * The Canonical ABI state of one component instance: its handle table and the {@code may_leave} /
 * {@code may_enter} flags. {@code may_leave} is off while the instance runs code that must not
 * call out (realloc, post-return); {@code may_enter} is off while the instance is on the call
 * stack of a synchronous call, so it is not re-entered.
 */
public final class InstanceState {
    private final ResourceRegistry resources;
    private final HandleTable handles = new HandleTable();
    private boolean mayLeave = true;
    private boolean mayEnter = true;

    public InstanceState(ResourceRegistry resources) { this.resources = resources; }

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

    /** True if this instance defines (implements) {@code type}. */
    public boolean defines(dev.weft.component.ResourceType type) {
        return resources.lookup(type).implementer() == this;
    }
}
