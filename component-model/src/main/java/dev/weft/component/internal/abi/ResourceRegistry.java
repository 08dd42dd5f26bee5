package dev.weft.component.internal.abi;

import dev.weft.component.ResourceType;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The resource types known to one store of component instances, with their implementers. A type
 * the registry does not know is treated as host-defined without a destructor.
 */
public final class ResourceRegistry {
    private final Map<ResourceType, ResourceImpl> impls = new IdentityHashMap<>();

    /** Records that component instance {@code implementer} defines {@code type}. */
    public synchronized ResourceImpl defineGuest(ResourceType type, InstanceState implementer, ResourceDestructor dtor) {
        ResourceImpl impl = new ResourceImpl(type, implementer, dtor);
        impls.put(type, impl);
        return impl;
    }

    /** Records a host-defined type; {@code dtor} (may be null) gets the host's rep object. */
    public synchronized ResourceImpl defineHost(ResourceType type, ResourceDestructor dtor) {
        ResourceImpl impl = new ResourceImpl(type, null, dtor);
        impls.put(type, impl);
        return impl;
    }

    public synchronized ResourceImpl lookup(ResourceType type) {
        ResourceImpl impl = impls.get(type);
        return impl != null ? impl : new ResourceImpl(type, null, null);
    }
}
