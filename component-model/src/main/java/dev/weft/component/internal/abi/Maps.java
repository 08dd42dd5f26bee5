package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import dev.weft.component.Val;
import java.util.ArrayList;
import java.util.List;

/** {@code map<K, V>} crosses the ABI exactly as {@code list<tuple<K, V>>}; these convert between the two views. */
final class Maps {
    private Maps() {}

    static Type.TupleType entryType(Type.MapType m) {
        return new Type.TupleType(List.of(m.key(), m.value()));
    }

    static Val.MapVal fromEntries(Val.ListVal list) {
        List<Val.MapEntry> entries = new ArrayList<>(list.elements().size());
        for (Val e : list.elements()) {
            List<Val> kv = ((Val.TupleVal) e).elements();
            entries.add(new Val.MapEntry(kv.get(0), kv.get(1)));
        }
        return new Val.MapVal(entries);
    }

    static List<Val> toEntries(Val.MapVal map) {
        List<Val> out = new ArrayList<>(map.entries().size());
        for (Val.MapEntry e : map.entries()) out.add(new Val.TupleVal(List.of(e.key(), e.value())));
        return out;
    }
}
