package dev.weft.component.wit;

import dev.weft.component.internal.wit.Ast;
import dev.weft.component.internal.wit.PackageSources.Unit;
import dev.weft.component.internal.wit.PackageSources.Unresolved;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves one package: declares its interfaces and worlds, builds each file's scope of top-level
 * {@code use}s, and resolves interfaces and worlds on demand so that a {@code use} or {@code include}
 * of a sibling resolves that sibling first (and a cycle is reported).
 */
final class PackageResolver {
    /** A package-level interface or world declaration. */
    record Decl(Ast.TopItem item, Unit unit, boolean included) {
        Ast.Ident name() {
            return item instanceof Ast.Interface i ? i.name() : ((Ast.World) item).name();
        }

        String kind() { return item instanceof Ast.Interface ? "interface" : "world"; }
    }

    final Resolver resolver;
    final WitPackage pkg;
    private final Unresolved source;
    private final Map<String, Decl> decls = new LinkedHashMap<>();
    private final Map<Unit, Map<String, Ast.UsePath>> fileUses = new HashMap<>();
    private final Map<Decl, Object> done = new HashMap<>();
    private final Map<Decl, Boolean> inProgress = new HashMap<>();

    PackageResolver(Resolver resolver, Unresolved source) {
        this.resolver = resolver;
        this.source = source;
        this.pkg = new WitPackage(new PackageName(source.namespace(), source.name(), source.version()), source.docs());
    }

    WitPackage resolve() {
        Map<String, String> excluded = new HashMap<>();
        resolver.excludedItems.put(pkg, excluded);
        for (Unit unit : source.units()) {
            for (Ast.TopItem item : unit.items()) {
                if (item instanceof Ast.TopUse) continue;
                Stability gate = item instanceof Ast.Interface i ? i.gate() : ((Ast.World) item).gate();
                Ast.Ident name = item instanceof Ast.Interface i ? i.name() : ((Ast.World) item).name();
                Decl d = new Decl(item, unit, resolver.included(gate, name, pkg.name()));
                if (decls.putIfAbsent(d.name().name(), d) != null) {
                    throw d.name().pos().error("duplicate item named `" + d.name().name() + "`");
                }
                if (!d.included()) excluded.put(d.name().name(), d.kind());
            }
        }
        for (Unit unit : source.units()) fileUses.put(unit, topLevelUses(unit));
        // Create every included item first so package maps keep declaration order.
        for (Decl d : decls.values()) {
            if (!d.included()) continue;
            if (d.item() instanceof Ast.Interface i) {
                pkg.interfaces.put(i.name().name(), new WitInterface(i.name().name(), pkg, i.docs(), i.gate()));
            } else {
                Ast.World w = (Ast.World) d.item();
                pkg.worlds.put(w.name().name(), new WitWorld(w.name().name(), pkg, w.docs(), w.gate()));
            }
        }
        for (Decl d : decls.values()) {
            if (d.included()) ensure(d);
            else if (d.item() instanceof Ast.Interface i) checkExcludedInterface(i);
        }
        return pkg;
    }

    /** A file's top-level {@code use}s: local name → the path it stands for (checked to exist). */
    private Map<String, Ast.UsePath> topLevelUses(Unit unit) {
        Map<String, Ast.UsePath> scope = new HashMap<>();
        for (Ast.TopItem item : unit.items()) {
            if (!(item instanceof Ast.TopUse use)) continue;
            Ast.Ident local = use.localName();
            switch (use.path()) {
                case Ast.ForeignPath f -> resolver.foreignInterface(f);
                case Ast.LocalPath l -> {
                    if (!decls.containsKey(l.name().name())) {
                        throw l.name().pos().error("interface or world `" + l.name().name() + "` does not exist");
                    }
                }
            }
            if (scope.putIfAbsent(local.name(), use.path()) != null) {
                throw local.pos().error("duplicate name `" + local.name() + "` in this file");
            }
        }
        // A file may not declare an item under a name its `use`s already took.
        for (Ast.TopItem item : unit.items()) {
            Ast.Ident name = item instanceof Ast.Interface i ? i.name() : item instanceof Ast.World w ? w.name() : null;
            if (name != null && scope.containsKey(name.name())) {
                throw name.pos().error("duplicate name `" + name.name() + "` in this file");
            }
        }
        return scope;
    }

    /** Resolves a declaration once; re-entering one still in progress is a cycle. */
    private Object ensure(Decl d) {
        Object r = done.get(d);
        if (r != null) return r;
        if (inProgress.putIfAbsent(d, true) != null) {
            throw d.name().pos().error("interface or world `" + d.name().name() + "` depends on itself");
        }
        if (d.item() instanceof Ast.Interface i) {
            WitInterface iface = pkg.interfaces.get(i.name().name());
            fillInterface(iface, i.items(), d.unit());
            r = iface;
        } else {
            Ast.World w = (Ast.World) d.item();
            WitWorld world = pkg.worlds.get(w.name().name());
            new WorldResolver(this, world, w, d.unit()).resolve();
            r = world;
        }
        done.put(d, r);
        return r;
    }

    /** The interface a path names, resolved. */
    WitInterface interfaceAt(Ast.UsePath path, Unit unit) {
        if (path instanceof Ast.ForeignPath f) return resolver.foreignInterface(f);
        Ast.Ident name = path.lastName();
        return switch (fileUses.get(unit).get(name.name())) {
            case null -> packageInterface(name);
            case Ast.ForeignPath f -> resolver.foreignInterface(f);
            case Ast.LocalPath l -> packageInterface(l.name());
        };
    }

    private WitInterface packageInterface(Ast.Ident name) {
        Decl d = decls.get(name.name());
        if (d == null) throw name.pos().error("interface or world `" + name.name() + "` does not exist");
        if (!(d.item() instanceof Ast.Interface)) {
            throw name.pos().error("name `" + name.name() + "` is defined as a world, not an interface");
        }
        if (!d.included()) throw name.pos().error(Resolver.excludedMessage("interface"));
        return (WitInterface) ensure(d);
    }

    /** The world a path names, resolved. */
    WitWorld worldAt(Ast.UsePath path, Unit unit) {
        if (path instanceof Ast.ForeignPath f) return resolver.foreignWorld(f);
        Ast.Ident name = path.lastName();
        Decl d = decls.get(name.name());
        if (d == null) throw name.pos().error("interface or world `" + name.name() + "` does not exist");
        if (!(d.item() instanceof Ast.World)) {
            throw name.pos().error("name `" + name.name() + "` is defined as an interface, not a world");
        }
        if (!d.included()) throw name.pos().error(Resolver.excludedMessage("world"));
        return (WitWorld) ensure(d);
    }

    // ---- interfaces

    /** Fills a (named or inline) interface from its items. */
    void fillInterface(WitInterface iface, List<Ast.InterfaceItem> items, Unit unit) {
        TypeScope scope = new TypeScope();
        List<Runnable> later = new ArrayList<>();
        Set<String> excluded = new HashSet<>();
        resolver.excludedMembers.put(iface, excluded);
        for (Ast.InterfaceItem item : items) {
            switch (item) {
                case Ast.Use use -> {
                    if (!resolver.included(use.gate(), use.path().lastName(), pkg.name())) continue;
                    WitInterface target = interfaceAt(use.path(), unit);
                    resolver.addDep(iface, target);
                    for (Ast.UseName n : use.names()) {
                        TypeDef used = usedType(target, n.name(), use.path() instanceof Ast.ForeignPath);
                        TypeDef alias = new TypeDef(n.localName().name(), iface, null, use.gate());
                        alias.kind(new TypeDef.Alias(new WitType.Ref(used)));
                        scope.defineType(n.localName(), alias);
                        iface.types.put(alias.name(), alias);
                    }
                }
                case Ast.TypeDecl t -> {
                    if (!resolver.included(t.gate(), t.name(), pkg.name())) {
                        scope.defineExcluded(t.name());
                        excluded.add(t.name().name());
                        if (t.body() instanceof Ast.ResourceBody rb) checkExcludedResource(rb);
                        continue;
                    }
                    TypeDef def = new TypeDef(t.name().name(), iface, t.docs(), t.gate());
                    scope.defineType(t.name(), def);
                    iface.types.put(def.name(), def);
                    later.add(() -> def.kind(scope.body(def, () -> typeKind(t.body(), scope))));
                }
                case Ast.FuncDecl f -> {
                    if (!resolver.included(f.gate(), f.name(), pkg.name())) {
                        scope.defineExcluded(f.name());
                        excluded.add(f.name().name());
                        continue;
                    }
                    scope.defineFunction(f.name());
                }
            }
        }
        for (Runnable r : later) r.run();
        scope.finish();
        for (Ast.InterfaceItem item : items) {
            if (item instanceof Ast.FuncDecl f && !excluded.contains(f.name().name())) {
                WitFunction fn = function(f.name(), f.name().name(), WitFunction.Kind.FREESTANDING, null, f.docs(),
                        f.gate(), f.type(), scope);
                iface.functions.put(fn.name(), fn);
            } else if (item instanceof Ast.TypeDecl t && t.body() instanceof Ast.ResourceBody rb
                    && !excluded.contains(t.name().name())) {
                for (WitFunction fn : resourceFunctions(iface.types.get(t.name().name()), rb, scope)) {
                    iface.functions.put(fn.name(), fn);
                }
            }
        }
    }

    TypeDef usedType(WitInterface target, Ast.Ident name, boolean foreign) {
        TypeDef def = target.types.get(name.name());
        if (def != null) return def;
        if (target.functions.containsKey(name.name())) throw name.pos().error("cannot import function `" + name.name() + "`");
        if (resolver.excludedMembers(target).contains(name.name())) throw name.pos().error(Resolver.excludedMessage("type"));
        if (foreign) throw name.pos().error("type `" + name.name() + "` not defined in interface");
        throw name.pos().error("name `" + name.name() + "` does not exist");
    }

    TypeDef.Kind typeKind(Ast.TypeBody body, TypeScope scope) {
        return switch (body) {
            case Ast.AliasBody a -> new TypeDef.Alias(scope.convert(a.target()));
            case Ast.RecordBody r -> {
                Set<String> seen = new HashSet<>();
                List<TypeDef.Field> fields = new ArrayList<>();
                for (Ast.Field f : r.fields()) {
                    if (!seen.add(f.name().name())) throw f.name().pos().error("field `" + f.name().name() + "` is defined more than once");
                    fields.add(new TypeDef.Field(f.name().name(), scope.convert(f.type()), f.docs()));
                }
                yield new TypeDef.Record(List.copyOf(fields));
            }
            case Ast.VariantBody v -> {
                Set<String> seen = new HashSet<>();
                List<TypeDef.Case> cases = new ArrayList<>();
                for (Ast.Case c : v.cases()) {
                    if (!seen.add(c.name().name())) throw c.name().pos().error("case `" + c.name().name() + "` is defined more than once");
                    cases.add(new TypeDef.Case(c.name().name(), c.type() == null ? null : scope.convert(c.type()), c.docs()));
                }
                yield new TypeDef.Variant(List.copyOf(cases));
            }
            case Ast.EnumBody e -> new TypeDef.Enum(distinct(e.cases(), "case"));
            case Ast.FlagsBody f -> new TypeDef.Flags(distinct(f.flags(), "flag"));
            case Ast.ResourceBody r -> new TypeDef.Resource();
        };
    }

    private static List<String> distinct(List<Ast.Ident> names, String what) {
        Set<String> seen = new HashSet<>();
        for (Ast.Ident n : names) {
            if (!seen.add(n.name())) throw n.pos().error(what + " `" + n.name() + "` is defined more than once");
        }
        return names.stream().map(Ast.Ident::name).toList();
    }

    WitFunction function(Ast.Ident at, String name, WitFunction.Kind kind, TypeDef resource, String docs,
                         Stability gate, Ast.FuncType type, TypeScope scope) {
        List<WitFunction.Param> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (kind == WitFunction.Kind.METHOD) {
            params.add(new WitFunction.Param("self", new WitType.HandleType(resource, true)));
            seen.add("self");
        }
        for (Ast.Param p : type.params()) {
            if (!seen.add(p.name().name())) throw p.name().pos().error("param `" + p.name().name() + "` is defined more than once");
            params.add(new WitFunction.Param(p.name().name(), scope.convert(p.type())));
        }
        WitType result = type.result() == null ? null : scope.convert(type.result());
        if (kind == WitFunction.Kind.CONSTRUCTOR) {
            if (result == null) {
                result = new WitType.Ref(resource);
            } else {
                if (!(result instanceof WitType.ResultType r)) {
                    throw type.result().pos().error("if a constructor return type is declared it must be a `result`");
                }
                if (!(r.ok() instanceof WitType.Ref(TypeDef ok)) || ok.unaliased() != resource) {
                    Ast.ResultOf written = (Ast.ResultOf) type.result();
                    throw (written.ok() != null ? written.ok().pos() : written.pos())
                            .error("the `ok` type must be the resource being constructed");
                }
            }
        } else if (result != null && TypeScope.containsBorrow(result, new HashSet<>())) {
            throw at.pos().error("function `" + name + "` returns a type which contains a `borrow<T>` which is not supported");
        }
        return new WitFunction(name, kind, resource, type.isAsync(), List.copyOf(params), result, docs, gate);
    }

    /** The constructor, methods and static functions of a resource, with their desugared names. */
    List<WitFunction> resourceFunctions(TypeDef resource, Ast.ResourceBody body, TypeScope scope) {
        List<WitFunction> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Ast.ResourceFunc f : body.funcs()) {
            if (!resolver.included(f.gate(), f.name(), pkg.name())) continue;
            String r = resource.name();
            String name = switch (f.kind()) {
                case CONSTRUCTOR -> "[constructor]" + r;
                case METHOD -> "[method]" + r + "." + f.name().name();
                case STATIC -> "[static]" + r + "." + f.name().name();
                case FREESTANDING -> throw new IllegalStateException();
            };
            if (!names.add(f.kind() == WitFunction.Kind.CONSTRUCTOR ? name : f.name().name())) {
                throw f.name().pos().error(f.kind() == WitFunction.Kind.CONSTRUCTOR ? "duplicate constructors"
                        : "duplicate function name `" + f.name().name() + "`");
            }
            out.add(function(f.name(), name, f.kind(), resource, f.docs(), f.gate(), f.type(), scope));
        }
        return out;
    }

    // ---- gated-out containers may only hold gated items

    private void checkExcludedInterface(Ast.Interface i) {
        for (Ast.InterfaceItem item : i.items()) {
            Stability gate;
            Ast.Ident name;
            switch (item) {
                case Ast.Use u -> {
                    gate = u.gate();
                    name = u.path().lastName();
                }
                case Ast.TypeDecl t -> {
                    gate = t.gate();
                    name = t.name();
                }
                case Ast.FuncDecl f -> {
                    gate = f.gate();
                    name = f.name();
                }
            }
            if (gate.isUnknown()) {
                throw name.pos().error(Resolver.excludedMessage("interface")
                        + "; this type is not gated by a feature but its interface is");
            }
        }
    }

    private static void checkExcludedResource(Ast.ResourceBody body) {
        for (Ast.ResourceFunc f : body.funcs()) {
            if (f.gate().isUnknown()) throw f.name().pos().error(Resolver.excludedMessage("type"));
        }
    }
}
