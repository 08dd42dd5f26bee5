package dev.weft.component.internal.model;

import java.util.Map;

/**
 * The {@code component-name} custom section: the component's own name (or null) and, per sort,
 * names of indices. Decoded leniently: a malformed section yields whatever was read before the problem.
 */
public record ComponentNames(String componentName, Map<Sort, Map<Integer, String>> sortNames) {
    public static final ComponentNames EMPTY = new ComponentNames(null, Map.of());

    public ComponentNames { sortNames = Map.copyOf(sortNames); }

    /** The name of index {@code index} of {@code sort}, or null. */
    public String nameOf(Sort sort, int index) {
        Map<Integer, String> m = sortNames.get(sort);
        return m == null ? null : m.get(index);
    }
}
