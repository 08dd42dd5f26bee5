package dev.weft.component.internal.abi;

import dev.weft.component.ResourceType;

/**
 * Who implements a resource type: the component instance that defined it ({@code null} for a
 * host-defined type) and its destructor ({@code null} if none).
 */
public record ResourceImpl(ResourceType type, InstanceState implementer, ResourceDestructor destructor) {
    public boolean hostDefined() { return implementer == null; }
}
