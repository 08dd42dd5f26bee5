package dev.weft.engine.internal.text;

import java.util.HashMap;
import java.util.Map;

/** One index space of a module (types, functions, ...): counts entries and maps ids to indices. */
final class IndexSpace {
    private final String category;
    private final Map<String, Integer> byName = new HashMap<>();
    private int count;

    IndexSpace(String category) { this.category = category; }

    int count() { return count; }

    /** Adds an entry, binding {@code name} if non-null; a repeated name is "duplicate <category>". */
    int bind(String name, SExpr at) {
        if (name != null) {
            if (byName.containsKey(name)) throw TextErrors.malformed("duplicate " + category + " $" + name, at);
            byName.put(name, count);
        }
        return count++;
    }

    /** Resolves a number or id; unknown ids are "unknown <category>". */
    int resolve(SExpr.Atom atom) {
        if (atom.kind() == SExpr.Kind.ID) {
            Integer i = byName.get(atom.text());
            if (i == null) throw TextErrors.malformed("unknown " + category + " $" + atom.text(), atom);
            return i;
        }
        return (int) NumberLiterals.natBits(atom, 32);
    }

    Integer lookup(String name) { return byName.get(name); }

    /** The bound names by index, in index order (for name sections). */
    java.util.SortedMap<Integer, String> namesByIndex() {
        java.util.SortedMap<Integer, String> m = new java.util.TreeMap<>();
        byName.forEach((name, index) -> m.put(index, name));
        return m;
    }
}
