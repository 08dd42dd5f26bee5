package dev.weft.component.wit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WIT interface: named types and functions in declaration order. Inline interfaces of a world
 * ({@code import x: interface { … }}) have a null {@link #name()}.
 */
public final class WitInterface {
    private final String name;
    private final WitPackage pkg;
    private final String docs;
    private final Stability stability;
    final Map<String, TypeDef> types = new LinkedHashMap<>();
    final Map<String, WitFunction> functions = new LinkedHashMap<>();

    WitInterface(String name, WitPackage pkg, String docs, Stability stability) {
        this.name = name;
        this.pkg = pkg;
        this.docs = docs;
        this.stability = stability;
    }

    /** The interface's name in its package; null for an inline interface of a world. */
    public String name() { return name; }

    /** The package that defines it. */
    public WitPackage pkg() { return pkg; }

    /** Doc comments, or null. */
    public String docs() { return docs; }

    public Stability stability() { return stability; }

    /** Types by name, in declaration order, including those brought in with {@code use}. */
    public Map<String, TypeDef> types() { return Collections.unmodifiableMap(types); }

    /** Functions by (desugared) name, in declaration order. */
    public Map<String, WitFunction> functions() { return Collections.unmodifiableMap(functions); }

    /** {@code ns:pkg/name@version}, or null for an inline interface. */
    public String qualifiedName() { return name == null ? null : pkg.name().qualify(name); }

    @Override
    public String toString() { return name == null ? "<inline interface>" : qualifiedName(); }
}
