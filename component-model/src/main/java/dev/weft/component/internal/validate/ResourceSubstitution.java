package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces resource types inside validated types. Validation represents every resource type by a
 * placeholder {@link ResourceType}; the runtime turns a component's types into a particular
 * instance's types by substituting its real resource types for the placeholders (and validation
 * itself does so to instantiate component and instance types).
 */
public final class ResourceSubstitution {
    private final Map<ResourceType, ResourceType> map;

    public ResourceSubstitution(Map<ResourceType, ResourceType> map) {
        this.map = new IdentityHashMap<>(map);
    }

    public boolean isEmpty() { return map.isEmpty(); }

    public ResourceType apply(ResourceType r) {
        ResourceType s = map.get(r);
        return s == null ? r : s;
    }

    public Type apply(Type t) {
        if (t == null || map.isEmpty()) return t;
        return switch (t) {
            case Type.Primitive p -> p;
            case Type.ListType l -> new Type.ListType(apply(l.element()), l.fixedLength());
            case Type.MapType m -> new Type.MapType(apply(m.key()), apply(m.value()));
            case Type.RecordType r -> new Type.RecordType(r.fields().stream()
                    .map(f -> new Type.Field(f.name(), apply(f.type()))).toList());
            case Type.TupleType u -> new Type.TupleType(u.types().stream().map(this::apply).toList());
            case Type.VariantType v -> new Type.VariantType(v.cases().stream()
                    .map(c -> new Type.Case(c.name(), apply(c.type()))).toList());
            case Type.EnumType e -> e;
            case Type.FlagsType f -> f;
            case Type.OptionType o -> new Type.OptionType(apply(o.type()));
            case Type.ResultType r -> new Type.ResultType(apply(r.ok()), apply(r.err()));
            case Type.Own o -> new Type.Own(apply(o.resource()));
            case Type.Borrow b -> new Type.Borrow(apply(b.resource()));
            case Type.StreamType s -> new Type.StreamType(apply(s.element()));
            case Type.FutureType f -> new Type.FutureType(apply(f.element()));
        };
    }

    public FuncSig apply(FuncSig f) {
        if (map.isEmpty()) return f;
        return new FuncSig(f.async(), f.params().stream().map(p -> new FuncSig.Param(p.name(), apply(p.type()))).toList(),
                apply(f.result()));
    }

    public CType apply(CType t) {
        if (map.isEmpty()) return t;
        return switch (t) {
            case CType.Value v -> new CType.Value(apply(v.type()));
            case CType.Func f -> new CType.Func(apply(f.sig()));
            case CType.Component c -> new CType.Component(apply(c.sig()));
            case CType.Instance i -> new CType.Instance(apply(i.sig()));
            case CType.Resource r -> new CType.Resource(apply(r.resource()));
        };
    }

    public ExternT apply(ExternT t) {
        if (map.isEmpty()) return t;
        return switch (t) {
            case ExternT.Module m -> m;
            case ExternT.Func f -> new ExternT.Func(apply(f.sig()));
            case ExternT.Value v -> new ExternT.Value(apply(v.type()));
            case ExternT.TypeOf ty -> new ExternT.TypeOf(apply(ty.type()));
            case ExternT.Component c -> new ExternT.Component(apply(c.sig()));
            case ExternT.Instance i -> new ExternT.Instance(apply(i.sig()));
        };
    }

    public InstanceSig apply(InstanceSig s) {
        if (map.isEmpty()) return s;
        return new InstanceSig(applyAll(s.exports()), s.abstractResources().stream().map(this::apply).toList());
    }

    public ComponentSig apply(ComponentSig s) {
        if (map.isEmpty()) return s;
        return new ComponentSig(applyAll(s.imports()), applyAll(s.exports()),
                s.importedResources().stream().map(this::apply).toList(),
                s.exportedResources().stream().map(this::apply).toList());
    }

    private Map<String, ExternT> applyAll(Map<String, ExternT> m) {
        Map<String, ExternT> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, apply(v)));
        return out;
    }

    /** A fresh resource type standing for {@code r} in another use of the same type. */
    public static ResourceType fresh(ResourceType r) { return ResourceType.host(r.name()); }

    /**
     * A use of instance type {@code s}: its abstract resources replaced by fresh ones, which are appended
     * to {@code fresh}. The result has no abstract resources of its own (they now belong to the user).
     */
    public static InstanceSig freshen(InstanceSig s, List<ResourceType> fresh) {
        Map<ResourceType, ResourceType> m = new IdentityHashMap<>();
        for (ResourceType r : s.abstractResources()) {
            ResourceType f = fresh(r);
            m.put(r, f);
            fresh.add(f);
        }
        InstanceSig out = new ResourceSubstitution(m).apply(s);
        return new InstanceSig(out.exports(), List.of());
    }

    /** A copy of component type {@code s} whose own (imported and exported) resources are fresh. */
    public static ComponentSig freshen(ComponentSig s) {
        Map<ResourceType, ResourceType> m = new IdentityHashMap<>();
        for (ResourceType r : s.importedResources()) m.put(r, fresh(r));
        for (ResourceType r : s.exportedResources()) m.put(r, fresh(r));
        return new ResourceSubstitution(m).apply(s);
    }

    /** Adds every resource type mentioned by {@code t} to {@code out}. */
    public static void collect(Type t, Set<ResourceType> out) {
        if (t == null) return;
        switch (t) {
            case Type.Primitive p -> { }
            case Type.ListType l -> collect(l.element(), out);
            case Type.MapType m -> {
                collect(m.key(), out);
                collect(m.value(), out);
            }
            case Type.RecordType r -> r.fields().forEach(f -> collect(f.type(), out));
            case Type.TupleType u -> u.types().forEach(x -> collect(x, out));
            case Type.VariantType v -> v.cases().forEach(c -> collect(c.type(), out));
            case Type.EnumType e -> { }
            case Type.FlagsType f -> { }
            case Type.OptionType o -> collect(o.type(), out);
            case Type.ResultType r -> {
                collect(r.ok(), out);
                collect(r.err(), out);
            }
            case Type.Own o -> out.add(o.resource());
            case Type.Borrow b -> out.add(b.resource());
            case Type.StreamType s -> collect(s.element(), out);
            case Type.FutureType f -> collect(f.element(), out);
        }
    }

    public static void collect(FuncSig f, Set<ResourceType> out) {
        f.params().forEach(p -> collect(p.type(), out));
        collect(f.result(), out);
    }

    /** Adds the resource types {@code t} mentions and does not bind itself. */
    public static void collect(CType t, Set<ResourceType> out) {
        switch (t) {
            case CType.Value v -> collect(v.type(), out);
            case CType.Func f -> collect(f.sig(), out);
            case CType.Resource r -> out.add(r.resource());
            case CType.Instance i -> collectFree(i.sig(), out);
            case CType.Component c -> collectFree(c.sig(), out);
        }
    }

    public static void collect(ExternT t, Set<ResourceType> out) {
        switch (t) {
            case ExternT.Module m -> { }
            case ExternT.Func f -> collect(f.sig(), out);
            case ExternT.Value v -> collect(v.type(), out);
            case ExternT.TypeOf ty -> collect(ty.type(), out);
            case ExternT.Component c -> collectFree(c.sig(), out);
            case ExternT.Instance i -> collectFree(i.sig(), out);
        }
    }

    private static void collectFree(InstanceSig s, Set<ResourceType> out) {
        Set<ResourceType> inner = identitySet();
        s.exports().values().forEach(e -> collect(e, inner));
        s.abstractResources().forEach(inner::remove);
        out.addAll(inner);
    }

    private static void collectFree(ComponentSig s, Set<ResourceType> out) {
        Set<ResourceType> inner = identitySet();
        s.imports().values().forEach(e -> collect(e, inner));
        s.exports().values().forEach(e -> collect(e, inner));
        s.importedResources().forEach(inner::remove);
        s.exportedResources().forEach(inner::remove);
        out.addAll(inner);
    }

    static Set<Object> identitySetOfObjects() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    public static Set<ResourceType> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
