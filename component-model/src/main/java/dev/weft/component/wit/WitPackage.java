package dev.weft.component.wit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A resolved WIT package: its named interfaces and worlds in declaration order. */
public final class WitPackage {
    private final PackageName name;
    private final String docs;
    final Map<String, WitInterface> interfaces = new LinkedHashMap<>();
    final Map<String, WitWorld> worlds = new LinkedHashMap<>();

    WitPackage(PackageName name, String docs) {
        this.name = name;
        this.docs = docs;
    }

    public PackageName name() { return name; }

    /** Doc comments on the {@code package} declaration, or null. */
    public String docs() { return docs; }

    public Map<String, WitInterface> interfaces() { return Collections.unmodifiableMap(interfaces); }

    public Map<String, WitWorld> worlds() { return Collections.unmodifiableMap(worlds); }

    @Override
    public String toString() { return name.toString(); }
}
