package dev.weft.component;

/**
 * The identity of a resource type. Each {@code (type (resource …))} definition in an instantiated
 * component, and each resource type a host defines, is a distinct {@code ResourceType}; handles of
 * different resource types never mix. Compared by identity.
 */
public final class ResourceType {
    private final String name;

    private ResourceType(String name) { this.name = name; }

    /** A new resource type defined by the host, e.g. for a WIT {@code resource} the host implements. */
    public static ResourceType host(String name) { return new ResourceType(name); }

    /** Used by the runtime for resource types that components define. */
    static ResourceType defined(String name) { return new ResourceType(name); }

    /** A descriptive name (the WIT or export name when known); not part of the identity. */
    public String name() { return name; }

    @Override
    public String toString() { return "resource " + name; }
}
