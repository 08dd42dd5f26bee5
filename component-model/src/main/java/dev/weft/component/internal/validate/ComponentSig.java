package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A component type: imports and exports by name, in order. {@code importedResources} are the
 * resource types bound by imports (supplied by whoever instantiates); {@code exportedResources} are
 * the abstract resource types its exports introduce (fresh for each instantiation).
 */
public record ComponentSig(Map<String, ExternT> imports, Map<String, ExternT> exports,
                           List<ResourceType> importedResources, List<ResourceType> exportedResources) {
    public ComponentSig {
        imports = Collections.unmodifiableMap(new LinkedHashMap<>(imports));
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
        importedResources = List.copyOf(importedResources);
        exportedResources = List.copyOf(exportedResources);
    }
}
