package dev.weft.component.internal.validate;

import dev.weft.engine.ExternType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A core module type: its imports (in order) and exports, with engine extern types.
 * {@code sharedExports} names the exported memories that are shared (the engine's memory type does not
 * carry the flag); {@link Import#shared} does the same for imports.
 */
public record ModuleSig(List<Import> imports, Map<String, ExternType> exports, Set<String> sharedExports) {
    public ModuleSig {
        imports = List.copyOf(imports);
        exports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exports));
        sharedExports = Set.copyOf(sharedExports);
    }

    /** An import; {@code shared} is true for a shared memory. */
    public record Import(String module, String name, ExternType type, boolean shared) {}
}
