package dev.weft.component.internal.runtime;

import dev.weft.component.Resource;
import dev.weft.component.internal.abi.InstanceState;
import dev.weft.component.internal.abi.ResourceImpl;
import dev.weft.component.internal.abi.ResourceRegistry;

/**
 * The host dropping an owned resource it holds: the resource type's destructor runs, inside the
 * implementing component instance (which must not be running) or in the host.
 */
public final class HostDrop {
    private HostDrop() {}

    public static void drop(ResourceRegistry registry, Resource resource) {
        if (!resource.owned()) throw new IllegalArgumentException("only an owned resource can be dropped");
        ResourceImpl impl = registry.lookup(resource.type());
        if (impl.destructor() == null) return;
        InstanceState implementer = impl.implementer();
        if (implementer == null) {
            impl.destructor().destroy(resource.rep());
            return;
        }
        implementer.checkMayEnter();
        implementer.setMayEnter(false);
        try {
            impl.destructor().destroy(resource.rep());
        } finally {
            implementer.setMayEnter(true);
        }
    }
}
