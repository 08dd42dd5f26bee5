package dev.weft.component;

/**
 * A resource as the host holds it: either a resource a component owns and lent or gave to the host
 * (identified by its type and the guest's representation), or a host-defined resource wrapping a
 * Java object. The Canonical ABI turns handles into table indices when they cross into a component.
 */
public interface ResourceHandle {
    /** The resource's type. */
    ResourceType type();

    /** True if this handle carries ownership (an {@code own}); false for a borrow. */
    boolean owned();
}
