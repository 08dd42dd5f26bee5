package dev.weft.component.wit;

import dev.weft.component.internal.wit.Ast;
import dev.weft.component.internal.wit.PackageSources.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves one world: its own imports, exports, types and {@code use}s, then its {@code include}s
 * (merged with renames), then elaboration — every interface that an import or export uses types from
 * becomes an import too, and an export may not reach an exported interface through an import.
 */
final class WorldResolver {
    private final PackageResolver pr;
    private final WitWorld world;
    private final Ast.World ast;
    private final Unit unit;
    private final TypeScope scope = new TypeScope();
    private final Side imports = new Side("import");
    private final Side exports = new Side("export");

    /** One direction of a world, with the kinds of its plain names for conflict messages. */
    private static final class Side {
        final String verb;
        final Map<WorldKey, WorldItem> items = new LinkedHashMap<>();
        final Map<String, String> nameKinds = new HashMap<>();
        final Set<WitInterface> explicit = new HashSet<>();
        /** Kebab names are case-insensitive: lowercased name → name as first written. */
        final Map<String, String> folded = new HashMap<>();

        Side(String verb) { this.verb = verb; }

        void putName(Ast.Ident name, String kind, WorldItem item) {
            String prior = nameKinds.putIfAbsent(name.name(), kind);
            if (prior != null) {
                throw name.pos().error(verb + " `" + name.name() + "` conflicts with prior " + prior + " of same name");
            }
            String first = folded.putIfAbsent(name.name().toLowerCase(java.util.Locale.ROOT), name.name());
            if (first != null) {
                throw name.pos().error(verb + " `" + name.name() + "` conflicts with " + verb + " `" + first
                        + "` (kebab-case identifiers are case-insensitive)");
            }
            items.put(new WorldKey.Name(name.name()), item);
        }
    }

    WorldResolver(PackageResolver pr, WitWorld world, Ast.World ast, Unit unit) {
        this.pr = pr;
        this.world = world;
        this.ast = ast;
        this.unit = unit;
    }

    void resolve() {
        List<Runnable> kinds = new ArrayList<>();
        List<Runnable> functions = new ArrayList<>();
        List<Ast.Include> includes = new ArrayList<>();
        PackageName pkgName = world.pkg().name();
        for (Ast.WorldItem item : ast.items()) {
            switch (item) {
                case Ast.Use use -> {
                    if (!pr.resolver.included(use.gate(), use.path().lastName(), pkgName)) continue;
                    WitInterface target = pr.interfaceAt(use.path(), unit);
                    imports.items.putIfAbsent(new WorldKey.Interface(target), new WorldItem.InterfaceItem(target, use.gate()));
                    for (Ast.UseName n : use.names()) {
                        TypeDef used = pr.usedType(target, n.name(), use.path() instanceof Ast.ForeignPath);
                        TypeDef alias = new TypeDef(n.localName().name(), world, null, use.gate());
                        alias.kind(new TypeDef.Alias(new WitType.Ref(used)));
                        scope.defineType(n.localName(), alias);
                        imports.putName(n.localName(), "type", new WorldItem.TypeItem(alias));
                    }
                }
                case Ast.TypeDecl t -> {
                    if (!pr.resolver.included(t.gate(), t.name(), pkgName)) {
                        scope.defineExcluded(t.name());
                        continue;
                    }
                    TypeDef def = new TypeDef(t.name().name(), world, t.docs(), t.gate());
                    scope.defineType(t.name(), def);
                    imports.putName(t.name(), "type", new WorldItem.TypeItem(def));
                    kinds.add(() -> def.kind(scope.body(def, () -> pr.typeKind(t.body(), scope))));
                    if (t.body() instanceof Ast.ResourceBody rb) {
                        functions.add(() -> {
                            for (WitFunction fn : pr.resourceFunctions(def, rb, scope)) {
                                imports.items.put(new WorldKey.Name(fn.name()), new WorldItem.FunctionItem(fn));
                            }
                        });
                    }
                }
                case Ast.ImportExport ie -> {
                    if (ie.label() != null ? !pr.resolver.included(ie.gate(), ie.label(), pkgName)
                            : !pr.resolver.included(ie.gate(), ((Ast.PathExtern) ie.extern()).path().lastName(), pkgName)) {
                        continue;
                    }
                    importExport(ie, ie.export() ? exports : imports, functions);
                }
                case Ast.Include inc -> {
                    if (pr.resolver.included(inc.gate(), inc.path().lastName(), pkgName)) includes.add(inc);
                }
            }
        }
        for (Runnable r : kinds) r.run();
        scope.finish();
        for (Runnable r : functions) r.run();
        for (Ast.Include inc : includes) include(pr.worldAt(inc.path(), unit), inc);
        elaborate();
    }

    private void importExport(Ast.ImportExport ie, Side side, List<Runnable> functions) {
        Ast.Ident label = ie.label();
        switch (ie.extern()) {
            case Ast.FuncExtern f -> {
                WorldKey key = new WorldKey.Name(label.name());
                // Reserve the name (and its place in order) now; the function needs every world type first.
                side.putName(label, "func", null);
                functions.add(() -> side.items.put(key, new WorldItem.FunctionItem(pr.function(label, label.name(),
                        WitFunction.Kind.FREESTANDING, null, ie.docs(), ie.gate(), f.type(), scope))));
            }
            case Ast.InlineInterface ii -> {
                WitInterface anon = new WitInterface(null, world.pkg(), ie.docs(), ie.gate());
                pr.fillInterface(anon, ii.items(), unit);
                side.putName(label, "interface", new WorldItem.InterfaceItem(anon, ie.gate()));
            }
            case Ast.PathExtern p -> {
                WitInterface iface = pr.interfaceAt(p.path(), unit);
                if (label != null) {
                    side.putName(label, "interface", new WorldItem.InterfaceItem(iface, ie.gate()));
                } else {
                    if (!side.explicit.add(iface)) {
                        throw p.path().lastName().pos().error("interface cannot be " + side.verb + "ed more than once");
                    }
                    side.items.put(new WorldKey.Interface(iface), new WorldItem.InterfaceItem(iface, ie.gate()));
                }
            }
        }
    }

    private void include(WitWorld other, Ast.Include inc) {
        Map<String, String> renames = new HashMap<>();
        for (Ast.IncludeName n : inc.with()) {
            WorldKey.Name key = new WorldKey.Name(n.name().name());
            if (!other.imports.containsKey(key) && !other.exports.containsKey(key)) {
                throw n.name().pos().error("no import or export kebab-name `" + n.name().name()
                        + "`. Note that an ID does not support renaming");
            }
            renames.put(n.name().name(), n.as().name());
        }
        Map<TypeDef, TypeDef> renamedTypes = new HashMap<>();
        for (Map<WorldKey, WorldItem> items : List.of(other.imports, other.exports)) {
            for (Map.Entry<WorldKey, WorldItem> e : items.entrySet()) {
                if (e.getKey() instanceof WorldKey.Name(String n) && renames.containsKey(n)
                        && e.getValue() instanceof WorldItem.TypeItem(TypeDef old)) {
                    TypeDef copy = new TypeDef(renames.get(n), world, old.docs(), old.stability());
                    copy.kind(old.kind());
                    renamedTypes.put(old, copy);
                }
            }
        }
        merge(other.imports, imports, renames, renamedTypes, inc);
        merge(other.exports, exports, renames, renamedTypes, inc);
    }

    private void merge(Map<WorldKey, WorldItem> from, Side into, Map<String, String> renames,
                       Map<TypeDef, TypeDef> renamedTypes, Ast.Include inc) {
        for (Map.Entry<WorldKey, WorldItem> e : from.entrySet()) {
            if (e.getKey() instanceof WorldKey.Interface) {
                into.items.putIfAbsent(e.getKey(), e.getValue());
                continue;
            }
            String name = ((WorldKey.Name) e.getKey()).name();
            WorldItem item = e.getValue();
            if (!renamedTypes.isEmpty()) item = substitute(item, renamedTypes);
            if (item instanceof WorldItem.FunctionItem(WitFunction fn) && fn.resource() != null
                    && renamedTypes.containsValue(fn.resource())) {
                name = fn.name();
            } else if (renames.containsKey(name)) {
                name = renames.get(name);
                if (item instanceof WorldItem.FunctionItem(WitFunction fn)) {
                    item = new WorldItem.FunctionItem(new WitFunction(name, fn.kind(), fn.resource(), fn.isAsync(),
                            fn.params(), fn.result(), fn.docs(), fn.stability()));
                }
            }
            WorldKey key = new WorldKey.Name(name);
            WorldItem prior = into.items.get(key);
            if (prior == null) {
                into.items.put(key, item);
                into.nameKinds.putIfAbsent(name, kindOf(item));
            } else if (prior != item) {
                throw inc.path().lastName().pos().error(into.verb + " of `" + name + "` shadows previously "
                        + into.verb + "ed items");
            }
        }
    }

    private static String kindOf(WorldItem item) {
        return switch (item) {
            case WorldItem.FunctionItem f -> "func";
            case WorldItem.TypeItem t -> "type";
            case WorldItem.InterfaceItem i -> "interface";
        };
    }

    private static WorldItem substitute(WorldItem item, Map<TypeDef, TypeDef> map) {
        return switch (item) {
            case WorldItem.TypeItem(TypeDef def) -> map.containsKey(def) ? new WorldItem.TypeItem(map.get(def)) : item;
            case WorldItem.FunctionItem(WitFunction fn) -> {
                TypeDef resource = fn.resource() == null ? null : map.getOrDefault(fn.resource(), fn.resource());
                String name = fn.name();
                if (resource != fn.resource()) {
                    String prefix = name.substring(0, name.indexOf(']') + 1);
                    name = prefix + resource.name() + (fn.kind() == WitFunction.Kind.CONSTRUCTOR ? "" : "." + fn.itemName());
                }
                List<WitFunction.Param> params = fn.params().stream()
                        .map(p -> new WitFunction.Param(p.name(), substitute(p.type(), map))).toList();
                yield new WorldItem.FunctionItem(new WitFunction(name, fn.kind(), resource, fn.isAsync(), params,
                        fn.result() == null ? null : substitute(fn.result(), map), fn.docs(), fn.stability()));
            }
            case WorldItem.InterfaceItem i -> i;
        };
    }

    private static WitType substitute(WitType t, Map<TypeDef, TypeDef> map) {
        return switch (t) {
            case null -> null;
            case WitType.Ref r -> new WitType.Ref(map.getOrDefault(r.def(), r.def()));
            case WitType.HandleType h -> new WitType.HandleType(map.getOrDefault(h.resource(), h.resource()), h.borrow());
            case WitType.ListType l -> new WitType.ListType(substitute(l.element(), map), l.length());
            case WitType.OptionType o -> new WitType.OptionType(substitute(o.some(), map));
            case WitType.ResultType r -> new WitType.ResultType(substitute(r.ok(), map), substitute(r.err(), map));
            case WitType.TupleType tu -> new WitType.TupleType(tu.elements().stream().map(e -> substitute(e, map)).toList());
            case WitType.MapType m -> new WitType.MapType(substitute(m.key(), map), substitute(m.value(), map));
            case WitType.FutureType f -> new WitType.FutureType(substitute(f.payload(), map));
            case WitType.StreamType s -> new WitType.StreamType(substitute(s.payload(), map));
            case WitType.Primitive p -> p;
        };
    }

    private void elaborate() {
        Resolver r = pr.resolver;
        // Interfaces (each after those it uses), then types, then functions: every import comes after
        // whatever it refers to, and declaration order is kept within each group.
        Map<WorldKey, WorldItem> elaborated = new LinkedHashMap<>();
        for (Map.Entry<WorldKey, WorldItem> e : imports.items.entrySet()) {
            if (e.getValue() instanceof WorldItem.InterfaceItem ii) {
                for (WitInterface dep : r.directDeps(ii.iface())) importWithDeps(dep, elaborated);
                elaborated.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        Set<WitInterface> exported = new HashSet<>();
        for (WorldKey k : exports.items.keySet()) {
            if (k instanceof WorldKey.Interface(WitInterface i)) exported.add(i);
        }
        for (Map.Entry<WorldKey, WorldItem> e : exports.items.entrySet()) {
            if (!(e.getValue() instanceof WorldItem.InterfaceItem ii)) continue;
            for (WitInterface dep : r.directDeps(ii.iface())) {
                if (exported.contains(dep)) continue;
                importWithDeps(dep, elaborated);
                for (WitInterface t : r.transitiveDeps(dep)) {
                    if (exported.contains(t)) {
                        String name = e.getKey() instanceof WorldKey.Name(String n) ? n : ii.iface().qualifiedName();
                        throw ast.name().pos().error("interface `" + name
                                + "` transitively depends on an interface in incompatible ways");
                    }
                }
            }
        }
        for (Map.Entry<WorldKey, WorldItem> e : imports.items.entrySet()) {
            if (e.getValue() instanceof WorldItem.TypeItem) elaborated.put(e.getKey(), e.getValue());
        }
        for (Map.Entry<WorldKey, WorldItem> e : imports.items.entrySet()) {
            if (e.getValue() instanceof WorldItem.FunctionItem) elaborated.put(e.getKey(), e.getValue());
        }
        world.imports.putAll(elaborated);
        world.exports.putAll(exports.items);
    }

    private void importWithDeps(WitInterface iface, Map<WorldKey, WorldItem> into) {
        WorldKey key = new WorldKey.Interface(iface);
        if (into.containsKey(key)) return;
        for (WitInterface dep : pr.resolver.directDeps(iface)) importWithDeps(dep, into);
        WorldItem explicit = imports.items.get(key);
        into.put(key, explicit != null ? explicit : new WorldItem.InterfaceItem(iface, iface.stability()));
    }
}
