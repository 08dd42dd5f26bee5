package dev.weft.component;

import dev.weft.component.internal.abi.ResourceRegistry;
import dev.weft.component.internal.runtime.FuncValue;
import dev.weft.component.internal.runtime.HostDrop;
import dev.weft.component.internal.runtime.InstanceValue;
import dev.weft.component.internal.runtime.VersionedNames;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An instantiated component (or one of the instances it exports). Functions are looked up by export
 * name; interface instances by their interface name, with or without version.
 * <pre>{@code
 * try (ComponentInstance instance = linker.instantiate(component)) {
 *     Val n = instance.instance("example:math/ops@1.0.0").func("square").call(new Val.S32(7));
 * }
 * }</pre>
 * Not thread-safe: a component instance runs one call at a time.
 */
public final class ComponentInstance implements AutoCloseable {
    private final InstanceValue value;
    private final ResourceRegistry registry;
    private final AtomicBoolean closed;

    ComponentInstance(InstanceValue value, ResourceRegistry registry) { this(value, registry, new AtomicBoolean()); }

    private ComponentInstance(InstanceValue value, ResourceRegistry registry, AtomicBoolean closed) {
        this.value = value;
        this.registry = registry;
        this.closed = closed;
    }

    /** The names of this instance's exports, in export order. */
    public Set<String> exportNames() { return value.exports().keySet(); }

    /** The exported function {@code name}; IllegalArgumentException if there is none. */
    public ComponentFunc func(String name) {
        if (lookup(name) instanceof FuncValue f) return new ComponentFunc(f, this);
        throw new IllegalArgumentException("no exported function " + name);
    }

    /** The exported instance {@code name} (e.g. {@code "ns:pkg/iface"}); IllegalArgumentException if none. */
    public ComponentInstance instance(String name) {
        if (lookup(name) instanceof InstanceValue i) return new ComponentInstance(i, registry, closed);
        throw new IllegalArgumentException("no exported instance " + name);
    }

    /**
     * Drops an owned resource the host received from a component (a {@code Val.ResourceVal} whose
     * handle is an owned {@link Resource}): its destructor runs in the component that defines it.
     */
    public void drop(Resource resource) {
        checkOpen();
        HostDrop.drop(registry, resource);
    }

    /**
     * Ends the use of this instance (and of the instances it exports): later calls throw
     * IllegalStateException.
     */
    @Override
    public void close() { closed.set(true); }

    void checkOpen() {
        if (closed.get()) throw new IllegalStateException("component instance is closed");
    }

    InstanceValue value() { return value; }

    boolean createdBy(ResourceRegistry r) { return registry == r; }

    private Object lookup(String name) {
        checkOpen();
        Map<String, Object> exports = value.exports();
        Object v = VersionedNames.find(exports, name);
        if (v != null || name.indexOf('@') >= 0) return v;
        // an interface name without version: the one export of that interface
        Object found = null;
        for (Map.Entry<String, Object> e : exports.entrySet()) {
            String k = e.getKey();
            int at = k.indexOf('@');
            if (at >= 0 && k.substring(0, at).equals(name)) {
                if (found != null) throw new IllegalArgumentException("several versions of " + name + " are exported");
                found = e.getValue();
            }
        }
        return found;
    }
}
