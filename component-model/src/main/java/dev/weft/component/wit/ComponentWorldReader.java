package dev.weft.component.wit;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.internal.validate.CType;
import dev.weft.component.internal.validate.ComponentSig;
import dev.weft.component.internal.validate.ExternT;
import dev.weft.component.internal.validate.FuncSig;
import dev.weft.component.internal.validate.InstanceSig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes a (validated) component's own type as a WIT world {@code root:component/root}: instance
 * imports and exports become interfaces (named by their interface names when they have one), function
 * imports and exports become functions. Component types are structural, so names of records, variants,
 * enums and flags are recovered from the type exports that define them; unnamed ones get made-up names.
 */
final class ComponentWorldReader {
    private final String file;
    private final WitPackage root = new WitPackage(new PackageName("root", "component", null), null);
    private final WitWorld world = new WitWorld("root", root, null, Stability.UNKNOWN);
    private final Map<String, WitPackage> packages = new LinkedHashMap<>();
    private final Map<ResourceType, TypeDef> resources = new HashMap<>();
    /** Named nominal types across the component, for types used from another interface. */
    private final Map<Type, TypeDef> named = new HashMap<>();
    private int anonymous;

    private ComponentWorldReader(String file) { this.file = file; }

    static Resolve read(ComponentSig sig, String file) {
        ComponentWorldReader r = new ComponentWorldReader(file);
        r.root.worlds.put(r.world.name(), r.world);
        r.side(sig.imports(), r.world.imports);
        r.side(sig.exports(), r.world.exports);
        List<WitPackage> all = new ArrayList<>(r.packages.values());
        all.add(r.root);
        return new Resolve(all, r.root);
    }

    private void side(Map<String, ExternT> items, Map<WorldKey, WorldItem> into) {
        Map<String, TypeDef> worldTypes = new HashMap<>();
        Map<Type, TypeDef> local = new HashMap<>();
        for (Map.Entry<String, ExternT> e : items.entrySet()) {
            if (e.getValue() instanceof ExternT.TypeOf(CType t)) {
                TypeDef def = namedType(e.getKey(), world, t, local);
                worldTypes.put(def.name(), def);
                into.put(new WorldKey.Name(def.name()), new WorldItem.TypeItem(def));
            }
        }
        for (Map.Entry<String, ExternT> e : items.entrySet()) {
            String name = e.getKey();
            switch (e.getValue()) {
                case ExternT.TypeOf t -> { }
                case ExternT.Instance(InstanceSig sig) -> {
                    WitInterface iface = instance(name, sig);
                    WorldKey key = iface.name() != null ? new WorldKey.Interface(iface) : new WorldKey.Name(name);
                    into.put(key, new WorldItem.InterfaceItem(iface, Stability.UNKNOWN));
                }
                case ExternT.Func(FuncSig sig) -> into.put(new WorldKey.Name(name),
                        new WorldItem.FunctionItem(function(name, sig, worldTypes, local, world)));
                default -> throw new WitException(file, 0, 0, "`" + name + "` is a "
                        + e.getValue().getClass().getSimpleName().toLowerCase() + ", which a WIT world cannot hold");
            }
        }
    }

    private WitInterface instance(String name, InstanceSig sig) {
        WitInterface iface = interfaceFor(name);
        Map<Type, TypeDef> local = new HashMap<>();
        for (Map.Entry<String, ExternT> e : sig.exports().entrySet()) {
            if (e.getValue() instanceof ExternT.TypeOf(CType t)) {
                TypeDef def = namedType(e.getKey(), iface, t, local);
                iface.types.put(def.name(), def);
            }
        }
        for (Map.Entry<String, ExternT> e : sig.exports().entrySet()) {
            switch (e.getValue()) {
                case ExternT.TypeOf t -> { }
                case ExternT.Func(FuncSig f) -> iface.functions.put(e.getKey(), function(e.getKey(), f, iface.types, local, iface));
                default -> throw new WitException(file, 0, 0, "instance `" + name + "` exports `" + e.getKey()
                        + "`, which a WIT interface cannot hold");
            }
        }
        return iface;
    }

    /** An interface named {@code ns:pkg/name@v} goes in that package; other instances are inline. */
    private WitInterface interfaceFor(String name) {
        int colon = name.indexOf(':');
        int slash = name.indexOf('/');
        if (colon <= 0 || slash < colon) return new WitInterface(null, root, null, Stability.UNKNOWN);
        int at = name.indexOf('@', slash);
        String item = at < 0 ? name.substring(slash + 1) : name.substring(slash + 1, at);
        PackageName pn = new PackageName(name.substring(0, colon), name.substring(colon + 1, slash),
                at < 0 ? null : name.substring(at + 1));
        WitPackage pkg = packages.computeIfAbsent(pn.toString(), k -> new WitPackage(pn, null));
        WitInterface existing = pkg.interfaces.get(item);
        if (existing != null) return existing;
        WitInterface iface = new WitInterface(item, pkg, null, Stability.UNKNOWN);
        pkg.interfaces.put(item, iface);
        return iface;
    }

    private TypeDef namedType(String name, Object owner, CType t, Map<Type, TypeDef> local) {
        TypeDef def = new TypeDef(name, owner, null, Stability.UNKNOWN);
        switch (t) {
            case CType.Resource(ResourceType rt) -> {
                TypeDef existing = resources.get(rt);
                if (existing != null) {
                    def.kind(new TypeDef.Alias(new WitType.Ref(existing)));
                } else {
                    def.kind(new TypeDef.Resource());
                    resources.put(rt, def);
                }
            }
            case CType.Value(Type v) -> {
                TypeDef existing = local.containsKey(v) ? null : named.get(v);
                if (existing != null && isNominal(v)) {
                    def.kind(new TypeDef.Alias(new WitType.Ref(existing)));
                } else {
                    def.kind(kind(v, local, owner));
                    if (isNominal(v)) {
                        local.putIfAbsent(v, def);
                        named.putIfAbsent(v, def);
                    }
                }
            }
            default -> throw new WitException(file, 0, 0, "type `" + name + "` is not a value or resource type");
        }
        return def;
    }

    private static boolean isNominal(Type t) {
        return t instanceof Type.RecordType || t instanceof Type.VariantType || t instanceof Type.EnumType
                || t instanceof Type.FlagsType;
    }

    private TypeDef.Kind kind(Type t, Map<Type, TypeDef> local, Object owner) {
        return switch (t) {
            case Type.RecordType r -> new TypeDef.Record(r.fields().stream()
                    .map(f -> new TypeDef.Field(f.name(), convert(f.type(), local, owner), null)).toList());
            case Type.VariantType v -> new TypeDef.Variant(v.cases().stream()
                    .map(c -> new TypeDef.Case(c.name(), c.type() == null ? null : convert(c.type(), local, owner), null)).toList());
            case Type.EnumType e -> new TypeDef.Enum(e.names());
            case Type.FlagsType f -> new TypeDef.Flags(f.names());
            default -> new TypeDef.Alias(convert(t, local, owner));
        };
    }

    private WitType convert(Type t, Map<Type, TypeDef> local, Object owner) {
        return switch (t) {
            case Type.RecordType r -> nominal(t, local, owner);
            case Type.VariantType v -> nominal(t, local, owner);
            case Type.EnumType e -> nominal(t, local, owner);
            case Type.FlagsType f -> nominal(t, local, owner);
            case Type.Primitive p -> WitType.Primitive.valueOf(p.name());
            case Type.ListType l -> new WitType.ListType(convert(l.element(), local, owner), l.fixedLength());
            case Type.MapType m -> new WitType.MapType(convert(m.key(), local, owner), convert(m.value(), local, owner));
            case Type.TupleType tu -> new WitType.TupleType(tu.types().stream().map(x -> convert(x, local, owner)).toList());
            case Type.OptionType o -> new WitType.OptionType(convert(o.type(), local, owner));
            case Type.ResultType r -> new WitType.ResultType(r.ok() == null ? null : convert(r.ok(), local, owner),
                    r.err() == null ? null : convert(r.err(), local, owner));
            case Type.Own o -> new WitType.Ref(resource(o.resource(), owner));
            case Type.Borrow b -> new WitType.HandleType(resource(b.resource(), owner), true);
            case Type.StreamType s -> new WitType.StreamType(s.element() == null ? null : convert(s.element(), local, owner));
            case Type.FutureType f -> new WitType.FutureType(f.element() == null ? null : convert(f.element(), local, owner));
        };
    }

    /** A record, variant, enum or flags type: its named definition, or a made-up one. */
    private WitType nominal(Type t, Map<Type, TypeDef> local, Object owner) {
        TypeDef def = local.containsKey(t) ? local.get(t) : named.get(t);
        if (def == null) {
            def = new TypeDef("anonymous-type" + (++anonymous), owner, null, Stability.UNKNOWN);
            def.kind(kind(t, local, owner));
            local.put(t, def);
        }
        return new WitType.Ref(def);
    }

    /** The definition of a resource; one no type export names gets a definition named after it. */
    private TypeDef resource(ResourceType rt, Object owner) {
        return resources.computeIfAbsent(rt, k -> {
            TypeDef def = new TypeDef(k.name() == null || k.name().isEmpty() ? "resource" + (++anonymous) : k.name(),
                    owner, null, Stability.UNKNOWN);
            def.kind(new TypeDef.Resource());
            return def;
        });
    }

    private WitFunction function(String name, FuncSig sig, Map<String, TypeDef> scopeTypes, Map<Type, TypeDef> local,
                                 Object owner) {
        WitFunction.Kind kind = FunctionNames.kind(name);
        if (kind == null) kind = WitFunction.Kind.FREESTANDING;
        TypeDef resource = kind == WitFunction.Kind.FREESTANDING ? null : scopeTypes.get(FunctionNames.resource(name));
        if (resource == null) kind = WitFunction.Kind.FREESTANDING;
        List<WitFunction.Param> params = new ArrayList<>();
        for (FuncSig.Param p : sig.params()) params.add(new WitFunction.Param(p.name(), convert(p.type(), local, owner)));
        return new WitFunction(name, kind, resource, sig.async(), List.copyOf(params),
                sig.result() == null ? null : convert(sig.result(), local, owner), null, Stability.UNKNOWN);
    }
}
