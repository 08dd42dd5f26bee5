package dev.weft.component.internal.abi;

import dev.weft.component.ResourceType;

/** {@code canon resource.new}, {@code resource.rep} and {@code resource.drop} for one instance. */
public final class ResourceBuiltins {
    private ResourceBuiltins() {}

    /** {@code resource.new}: a new owned handle to {@code rep}; returns its index. */
    public static int resourceNew(InstanceState inst, ResourceType type, int rep) {
        inst.checkMayLeave();
        return inst.handles().add(new ResourceEntry(type, rep, true, false, null));
    }

    /** {@code resource.rep}: the rep behind handle {@code index}. */
    public static int resourceRep(InstanceState inst, ResourceType type, int index) {
        ResourceEntry e = Handles.resource(inst, index, type);
        return (Integer) e.rep;
    }

    /**
     * {@code resource.drop}: removes handle {@code index}. Dropping an owned handle runs the
     * type's destructor (in the implementing instance, which must be enterable unless it is this
     * one); dropping a borrow ends it. A handle that is lent out cannot be dropped.
     */
    public static void resourceDrop(InstanceState inst, ResourceType type, int index) {
        inst.checkMayLeave();
        ResourceEntry e = Handles.removeResource(inst, index, type);
        if (e.numLends != 0) throw AbiTraps.lentOwnRemoved();
        if (!e.own) {
            if (e.borrowScope != null) e.borrowScope.borrowDropped();
            return;
        }
        ResourceImpl impl = inst.resources().lookup(type);
        if (impl.destructor() == null) return;
        InstanceState implementer = impl.implementer();
        if (implementer != null && implementer != inst) {
            implementer.checkMayEnter();
            implementer.setMayEnter(false);
            try {
                impl.destructor().destroy(e.rep);
            } finally {
                implementer.setMayEnter(true);
            }
        } else {
            impl.destructor().destroy(e.rep);
        }
    }
}
