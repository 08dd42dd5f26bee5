package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A component instance type: its exports by name, in order. {@code abstractResources} are the resource
 * types the type itself introduces with {@code (export "r" (type (sub resource)))}; every use of the
 * type as an import or nested export gets fresh ones (see {@link ResourceSubstitution#freshen}).
 */
public record InstanceSig(Map<String, ExternT> exports, List<ResourceType> abstractResources) {
    public InstanceSig {
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
        abstractResources = List.copyOf(abstractResources);
    }
}
