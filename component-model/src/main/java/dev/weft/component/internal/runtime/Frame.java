package dev.weft.component.internal.runtime;

import dev.weft.component.ResourceType;
import dev.weft.component.internal.abi.InstanceState;
import dev.weft.component.internal.model.Sort;
import dev.weft.component.internal.validate.ResourceSubstitution;
import dev.weft.component.internal.validate.ValidatedComponent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One component instance while it is being built: its runtime index spaces (filled in definition
 * order, like validation fills the static ones), its Canonical ABI state, and the real resource type
 * behind each placeholder resource type validation used. Nested component definitions keep the
 * frame they were defined in, for outer aliases; the instance's place in the instance tree is the
 * frame that instantiated it.
 */
public final class Frame {
    final ValidatedComponent validated;
    final Frame enclosing;
    final InstanceState state;
    final InstanceNode node;
    final TaskContext context = new TaskContext();
    final Backpressure backpressure = new Backpressure();
    private final Map<ResourceType, ResourceType> resources;
    private final Map<Sort, List<Object>> spaces = new EnumMap<>(Sort.class);

    Frame(ValidatedComponent validated, Frame enclosing, InstanceState state, InstanceNode parent) {
        this.validated = validated;
        this.enclosing = enclosing;
        this.state = state;
        this.node = new InstanceNode(state, parent);
        // placeholders of enclosing components stay meaningful inside (outer aliases share them)
        this.resources = enclosing == null ? new IdentityHashMap<>() : new IdentityHashMap<>(enclosing.resources);
        for (Sort s : Sort.values()) spaces.put(s, new ArrayList<>());
    }

    /** Appends a value to {@code sort}'s index space; returns its index. */
    int add(Sort sort, Object value) {
        List<Object> space = spaces.get(sort);
        space.add(value);
        return space.size() - 1;
    }

    Object get(Sort sort, int index) { return spaces.get(sort).get(index); }

    int size(Sort sort) { return spaces.get(sort).size(); }

    /** The frame {@code count} components outward. */
    Frame outer(int count) {
        Frame f = this;
        for (int i = 0; i < count; i++) f = f.enclosing;
        return f;
    }

    /**
     * Records that validation's {@code placeholder} is {@code real} in this instance. Returns false,
     * binding nothing, when the placeholder already stands for another real type: two provided values
     * disagree about what one resource type is (e.g. an instance re-exports a type the import says is
     * another instance's resource, but gives its own).
     */
    boolean bindResource(ResourceType placeholder, ResourceType real) {
        if (placeholder == real) return true;
        ResourceType bound = resources.putIfAbsent(placeholder, real);
        return bound == null || bound == real;
    }

    /** The real resource type for a placeholder (itself when already real). */
    ResourceType real(ResourceType placeholder) {
        ResourceType r = resources.get(placeholder);
        return r == null ? placeholder : r;
    }

    /** Replaces every placeholder resource type by its real type. */
    ResourceSubstitution substitution() { return new ResourceSubstitution(resources); }
}
