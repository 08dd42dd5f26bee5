package dev.weft.component.internal.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The index spaces of one component: for every sort, the definition that created each index, in
 * index order. Spaces grow as sections are read, so definitions may only refer to earlier entries.
 */
public final class IndexSpaces {
    private final Map<Sort, List<Definition>> spaces;

    private IndexSpaces(Map<Sort, List<Definition>> spaces) { this.spaces = spaces; }

    /** The definitions creating each index of {@code sort} (unmodifiable). */
    public List<Definition> of(Sort sort) { return spaces.get(sort); }

    public int size(Sort sort) { return spaces.get(sort).size(); }

    /** The definition that created index {@code index} of {@code sort}. */
    public Definition creator(Sort sort, int index) { return spaces.get(sort).get(index); }

    static IndexSpaces of(List<Definition> definitions) {
        Map<Sort, List<Definition>> m = new EnumMap<>(Sort.class);
        for (Sort s : Sort.values()) m.put(s, new ArrayList<>());
        for (Definition d : definitions) {
            switch (d) {
                case Definition.CoreModule x -> m.get(Sort.CORE_MODULE).add(d);
                case Definition.CoreInstantiate x -> m.get(Sort.CORE_INSTANCE).add(d);
                case Definition.CoreInstanceFromExports x -> m.get(Sort.CORE_INSTANCE).add(d);
                case Definition.CoreTypeDef x -> {
                    int n = x.type() instanceof CoreType.Rec r ? r.types().size() : 1;
                    for (int i = 0; i < n; i++) m.get(Sort.CORE_TYPE).add(d);
                }
                case Definition.Component x -> m.get(Sort.COMPONENT).add(d);
                case Definition.Instantiate x -> m.get(Sort.INSTANCE).add(d);
                case Definition.InstanceFromExports x -> m.get(Sort.INSTANCE).add(d);
                case Definition.AliasDef x -> m.get(x.alias().sort()).add(d);
                case Definition.TypeDef x -> m.get(Sort.TYPE).add(d);
                case Definition.CanonDef x -> m.get(x.canon().sort()).add(d);
                case Definition.Start x -> {
                    for (int i = 0; i < x.results(); i++) m.get(Sort.VALUE).add(d);
                }
                case Definition.Import x -> m.get(x.desc().sort()).add(d);
                case Definition.Export x -> m.get(x.target().sort()).add(d);
                case Definition.Value x -> m.get(Sort.VALUE).add(d);
                case Definition.Custom x -> { }
            }
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return new IndexSpaces(m);
    }
}
