package dev.weft.component.internal.validate;

import dev.weft.engine.ExternType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The exports of a core instance (a module's exports, or an inline bundle of core items);
 * {@code sharedMemories} names the exported memories that are shared.
 */
public record CoreInstanceSig(Map<String, ExternType> exports, Set<String> sharedMemories) {
    public CoreInstanceSig {
        exports = Collections.unmodifiableMap(new LinkedHashMap<>(exports));
        sharedMemories = Set.copyOf(sharedMemories);
    }
}
