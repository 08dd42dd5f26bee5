package dev.weft.component;

import java.util.Objects;

/**
 * A resource handle held by the host: the resource's type, whether it is owned, and its
 * representation ({@code rep}). For a resource a component defines, the rep is the component's
 * i32 representation as an {@link Integer}; for a host-defined resource it is the host's own Java
 * object. Passing an owned handle into a component transfers the ownership.
 * <pre>{@code
 * ResourceType file = ResourceType.host("file");
 * Val arg = new Val.ResourceVal(Resource.own(file, new RandomAccessFile(path, "r")));
 * }</pre>
 */
public final class Resource implements ResourceHandle {
    private final ResourceType type;
    private final Object rep;
    private final boolean owned;

    private Resource(ResourceType type, Object rep, boolean owned) {
        this.type = Objects.requireNonNull(type, "type");
        this.rep = Objects.requireNonNull(rep, "rep");
        this.owned = owned;
    }

    /** An owned handle. */
    public static Resource own(ResourceType type, Object rep) { return new Resource(type, rep, true); }

    /** A borrowed handle, valid for one call. */
    public static Resource borrow(ResourceType type, Object rep) { return new Resource(type, rep, false); }

    @Override
    public ResourceType type() { return type; }

    @Override
    public boolean owned() { return owned; }

    /** The representation: an {@link Integer} for component-defined resources, the host object otherwise. */
    public Object rep() { return rep; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resource r && r.type == type && r.owned == owned && r.rep.equals(rep);
    }

    @Override
    public int hashCode() { return Objects.hash(System.identityHashCode(type), rep, owned); }

    @Override
    public String toString() { return (owned ? "own " : "borrow ") + type.name() + "(" + rep + ")"; }
}
