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
     * type's destructor in the implementing instance (entered from this one, so it must not be on
     * the call stack unless it is this one); dropping a borrow ends it. A handle that is lent out
     * cannot be dropped.
     */
    public static void resourceDrop(InstanceState inst, ResourceType type, int index) {
        inst.checkMayLeave();
        ResourceEntry e = Handles.removeResource(inst, index, type);
        if (e.numLends != 0) throw AbiTraps.lentOwnRemoved();
        if (!e.own) {
            if (e.borrowScope != null) e.borrowScope.borrowDropped();
            return;
        }
        destroy(inst.resources().lookup(type), inst, e.rep);
    }

    /**
     * The host drops an owned handle it holds (e.g. one a component returned): runs the
     * destructor of the resource's implementer, entering it from the host.
     */
    public static void hostDrop(ResourceRegistry registry, dev.weft.component.Resource resource) {
        if (!resource.owned()) throw new IllegalArgumentException("only owned handles can be dropped: " + resource);
        destroy(registry.lookup(resource.type()), null, resource.rep());
    }

    /** Runs the destructor (if any) in its implementer, entered from {@code caller} (null: the host). */
    private static void destroy(ResourceImpl impl, InstanceState caller, Object rep) {
        if (impl.destructor() == null) return;
        InstanceState implementer = impl.implementer();
        if (implementer == null) {
            impl.destructor().destroy(rep);
            return;
        }
        implementer.enterFrom(caller);
        try {
            impl.destructor().destroy(rep);
        } finally {
            implementer.leaveTo(caller); // even after a trap, so the instance is not left marked as entered
        }
    }
}
