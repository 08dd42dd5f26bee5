package dev.weft.component.wit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A resolved (elaborated) world: its imports include every interface that its imports and exports
 * depend on, and the contents of its {@code include}d worlds.
 */
public final class WitWorld {
    private final String name;
    private final WitPackage pkg;
    private final String docs;
    private final Stability stability;
    final Map<WorldKey, WorldItem> imports = new LinkedHashMap<>();
    final Map<WorldKey, WorldItem> exports = new LinkedHashMap<>();

    WitWorld(String name, WitPackage pkg, String docs, Stability stability) {
        this.name = name;
        this.pkg = pkg;
        this.docs = docs;
        this.stability = stability;
    }

    public String name() { return name; }

    public WitPackage pkg() { return pkg; }

    /** Doc comments, or null. */
    public String docs() { return docs; }

    public Stability stability() { return stability; }

    public Map<WorldKey, WorldItem> imports() { return Collections.unmodifiableMap(imports); }

    public Map<WorldKey, WorldItem> exports() { return Collections.unmodifiableMap(exports); }

    /** {@code ns:pkg/name@version}. */
    public String qualifiedName() { return pkg.name().qualify(name); }

    @Override
    public String toString() { return qualifiedName(); }
}
