package dev.weft.component.internal.validate;

import dev.weft.engine.ExternType;
import java.util.List;
import java.util.Map;

/** A core module type: its imports (in order) and exports, with engine extern types. */
public record ModuleSig(List<Import> imports, Map<String, ExternType> exports) {
    public ModuleSig {
        imports = List.copyOf(imports);
        exports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exports));
    }

    public record Import(String module, String name, ExternType type) {}
}
