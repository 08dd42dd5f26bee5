package dev.weft.engine.internal.validate;

import dev.weft.engine.internal.model.CompositeType;
import dev.weft.engine.internal.model.SubType;
import dev.weft.engine.internal.model.ValType;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Global, thread-safe interning of rec groups. A group is keyed structurally with references into
 * the group written as group-relative positions and references to earlier types written as the
 * {@linkplain CanonicalType#id ids} of their (already interned) canonical instances, which makes equal
 * keys exactly iso-recursively equivalent groups.
 *
 * <p>Groups are held weakly (each canonical type keeps its whole group, and the earlier groups it
 * refers to, alive), so an engine that loads many modules over time does not accumulate the types of
 * modules it has dropped. Keys hold ids, not types: a key holding the types it refers to would keep
 * them alive until its own group was purged, freeing a chain of groups one level per collection.
 */
final class RecGroupInterner {
    private RecGroupInterner() {}

    /** A reference to the member at {@code index} of the same rec group. */
    private record Rel(int index) {}

    /** A reference to the canonical type numbered {@code id}, of an earlier rec group. */
    private record Earlier(long id) {}

    private static final ConcurrentHashMap<List<Object>, GroupRef> GROUPS = new ConcurrentHashMap<>();
    private static final ReferenceQueue<CanonicalType[]> CLEARED = new ReferenceQueue<>();

    private static final class GroupRef extends WeakReference<CanonicalType[]> {
        final List<Object> key;

        GroupRef(CanonicalType[] group, List<Object> key) {
            super(group, CLEARED);
            this.key = key;
        }
    }

    /**
     * Interns the group {@code types[start, start+size)}. {@code earlier} holds the canonical types of
     * all indices below {@code start}. References must already be checked to be in range and
     * supertypes to precede their subtypes.
     */
    static CanonicalType[] intern(List<SubType> types, int start, int size, CanonicalType[] earlier) {
        List<Object> key = new ArrayList<>();
        for (int i = start; i < start + size; i++) {
            SubType st = types.get(i);
            key.add(st.isFinal());
            key.add(st.supertypes().length);
            for (int s : st.supertypes()) key.add(heapKey(s, start, size, earlier));
            switch (st.composite()) {
                case CompositeType.Func f -> {
                    key.add('F');
                    key.add(f.params().size());
                    for (ValType t : f.params()) key.add(valKey(t, start, size, earlier));
                    key.add(f.results().size());
                    for (ValType t : f.results()) key.add(valKey(t, start, size, earlier));
                }
                case CompositeType.Struct s -> {
                    key.add('S');
                    key.add(s.fields().size());
                    for (CompositeType.FieldType ft : s.fields()) {
                        key.add(ft.mutable());
                        key.add(valKey(ft.storage(), start, size, earlier));
                    }
                }
                case CompositeType.Array a -> {
                    key.add('A');
                    key.add(a.element().mutable());
                    key.add(valKey(a.element().storage(), start, size, earlier));
                }
            }
        }
        purgeCleared();
        List<Object> k = List.copyOf(key);
        while (true) {
            GroupRef ref = GROUPS.get(k);
            CanonicalType[] group = ref == null ? null : ref.get();
            if (group != null) return group;
            CanonicalType[] created = create(types, start, size, earlier);
            GroupRef fresh = new GroupRef(created, k);
            // another thread may have interned the same group meanwhile: then retry and use theirs
            boolean won = ref == null ? GROUPS.putIfAbsent(k, fresh) == null : GROUPS.replace(k, ref, fresh);
            if (won) return created;
        }
    }

    private static void purgeCleared() {
        for (var r = CLEARED.poll(); r != null; r = CLEARED.poll()) {
            GroupRef ref = (GroupRef) r;
            GROUPS.remove(ref.key, ref);
        }
    }

    private static Object valKey(ValType t, int start, int size, CanonicalType[] earlier) {
        if (!t.isConcreteRef()) return t;
        return List.of(t.nullable(), heapKey(t.heap(), start, size, earlier));
    }

    private static Object heapKey(int index, int start, int size, CanonicalType[] earlier) {
        return index >= start && index < start + size ? new Rel(index - start) : new Earlier(earlier[index].id);
    }

    private static CanonicalType[] create(List<SubType> types, int start, int size, CanonicalType[] earlier) {
        CanonicalType[] group = new CanonicalType[size];
        CanonicalType[] uses = uses(types, start, size, earlier);
        for (int i = 0; i < size; i++) {
            SubType st = types.get(start + i);
            CanonicalType sup = null;
            if (st.supertypes().length > 0) {
                int s = st.supertypes()[0];
                sup = s >= start ? group[s - start] : earlier[s];
            }
            group[i] = new CanonicalType(st.composite(), st.isFinal(), sup, group, i, uses);
        }
        return group;
    }

    /** The distinct types of earlier groups that the group's members refer to. */
    private static CanonicalType[] uses(List<SubType> types, int start, int size, CanonicalType[] earlier) {
        Set<CanonicalType> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = start; i < start + size; i++) {
            SubType st = types.get(i);
            for (int s : st.supertypes()) if (s < start) out.add(earlier[s]);
            switch (st.composite()) {
                case CompositeType.Func f -> {
                    for (ValType t : f.params()) use(t, start, earlier, out);
                    for (ValType t : f.results()) use(t, start, earlier, out);
                }
                case CompositeType.Struct s -> {
                    for (CompositeType.FieldType ft : s.fields()) use(ft.storage(), start, earlier, out);
                }
                case CompositeType.Array a -> use(a.element().storage(), start, earlier, out);
            }
        }
        return out.toArray(new CanonicalType[0]);
    }

    private static void use(ValType t, int start, CanonicalType[] earlier, Set<CanonicalType> out) {
        if (t.isConcreteRef() && t.heap() < start) out.add(earlier[t.heap()]);
    }
}
