package dev.weft.component.internal.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A component instance at run time: its exports by name. Values are {@link FuncValue}s,
 * {@code InstanceValue}s, {@link ComponentValue}s, {@link dev.weft.engine.Module}s, types
 * ({@link dev.weft.component.ResourceType} for resources, else the validated type) and
 * {@link dev.weft.component.Val}s. Host-provided instances have the same shape.
 */
public record InstanceValue(Map<String, Object> exports) {
    public InstanceValue {
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
    }
}
