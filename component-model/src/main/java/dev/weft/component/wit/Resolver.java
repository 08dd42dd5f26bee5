package dev.weft.component.wit;

import dev.weft.component.internal.wit.Ast;
import dev.weft.component.internal.wit.Ast.ForeignPath;
import dev.weft.component.internal.wit.PackageSources;
import dev.weft.component.internal.wit.PackageSources.Unresolved;
import dev.weft.component.internal.wit.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves grouped package sources: checks that every package is defined once, orders packages so
 * that each comes after those it refers to (refusing cycles), and resolves them in that order. Holds
 * what packages need to know about each other.
 */
final class Resolver {
    private final Set<String> features;
    private final boolean allFeatures;
    private final Map<String, Unresolved> sources = new LinkedHashMap<>();
    private final Map<Unresolved, WitPackage> resolved = new LinkedHashMap<>();
    /** Packages that arrive resolved (decoded from component binaries), by full name. */
    private final Map<String, WitPackage> external = new LinkedHashMap<>();
    /** Interfaces and worlds left out by their gate, per package: name → "interface" or "world". */
    final Map<WitPackage, Map<String, String>> excludedItems = new HashMap<>();
    /** Types and functions left out by their gate, per interface. */
    final Map<WitInterface, Set<String>> excludedMembers = new HashMap<>();
    /** The interfaces each interface uses types from. */
    final Map<WitInterface, Set<WitInterface>> deps = new HashMap<>();

    Resolver(Set<String> features, boolean allFeatures) {
        this.features = features;
        this.allFeatures = allFeatures;
    }

    /** Makes an already resolved package available to {@code use}, {@code import} and {@code include}. */
    void addExternal(WitPackage p) { external.putIfAbsent(p.name().toString(), p); }

    Resolve resolve(List<PackageSources> groups) {
        for (PackageSources g : groups) {
            for (Unresolved u : g.all()) {
                if (external.containsKey(u.fullName())) {
                    throw u.pos().error("package `" + u.fullName() + "` is also defined by a component binary");
                }
                Unresolved prev = sources.putIfAbsent(u.fullName(), u);
                if (prev != null) {
                    throw u.pos().error("package `" + u.fullName() + "` is defined in two different locations:\n  * "
                            + where(prev.pos()) + "\n  * " + where(u.pos()));
                }
            }
        }
        Map<Unresolved, Boolean> state = new HashMap<>();
        List<Unresolved> order = new ArrayList<>();
        for (Unresolved u : sources.values()) visit(u, state, order);
        for (Unresolved u : order) resolved.put(u, new PackageResolver(this, u).resolve());
        List<WitPackage> all = new ArrayList<>(external.values());
        all.addAll(resolved.values());
        return new Resolve(all, resolved.get(groups.get(0).main()));
    }

    private static String where(Pos p) {
        var e = p.error("");
        return e.file() + ":" + e.line() + ":" + e.column();
    }

    /** Depth-first topological sort; state false = in progress, true = done. */
    private void visit(Unresolved u, Map<Unresolved, Boolean> state, List<Unresolved> order) {
        if (state.get(u) != null) return;
        state.put(u, false);
        for (ForeignPath ref : foreignRefs(u)) {
            if (!(find(ref) instanceof Unresolved target)) continue;
            Boolean s = state.get(target);
            if (s != null && !s) throw ref.pos().error("package `" + target.fullName() + "` creates a dependency cycle");
            visit(target, state, order);
        }
        state.put(u, true);
        order.add(u);
    }

    /** The package a foreign path names: an {@link Unresolved} source or an external {@link WitPackage}. */
    private Object find(ForeignPath ref) {
        String base = ref.packageName();
        String full = ref.version() == null ? base : base + "@" + ref.version();
        if (sources.containsKey(full)) return sources.get(full);
        if (external.containsKey(full)) return external.get(full);
        if (ref.version() == null) {
            // An unversioned reference may name the one versioned package of that name.
            Object only = null;
            int count = 0;
            for (Unresolved c : sources.values()) {
                if ((c.namespace() + ":" + c.name()).equals(base)) {
                    only = c;
                    count++;
                }
            }
            for (WitPackage p : external.values()) {
                if (p.name().unversioned().equals(base)) {
                    only = p;
                    count++;
                }
            }
            if (count == 1) return only;
        }
        java.util.TreeSet<String> names = new java.util.TreeSet<>(sources.keySet());
        names.addAll(external.keySet());
        StringBuilder known = new StringBuilder();
        names.forEach(k -> known.append("\n    ").append(k));
        throw ref.pos().error("package '" + base + (ref.version() == null ? "" : "@" + ref.version())
                + "' not found. known packages:" + known);
    }

    private static Set<ForeignPath> foreignRefs(Unresolved u) {
        Set<ForeignPath> out = new LinkedHashSet<>();
        for (PackageSources.Unit unit : u.units()) {
            for (Ast.TopItem item : unit.items()) {
                switch (item) {
                    case Ast.TopUse use -> add(out, use.path());
                    case Ast.Interface i -> interfaceRefs(i.items(), out);
                    case Ast.World w -> {
                        for (Ast.WorldItem wi : w.items()) {
                            switch (wi) {
                                case Ast.Use use -> add(out, use.path());
                                case Ast.Include inc -> add(out, inc.path());
                                case Ast.ImportExport ie -> {
                                    if (ie.extern() instanceof Ast.PathExtern(Ast.UsePath p)) add(out, p);
                                    if (ie.extern() instanceof Ast.InlineInterface ii) interfaceRefs(ii.items(), out);
                                }
                                case Ast.TypeDecl t -> { }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void interfaceRefs(List<Ast.InterfaceItem> items, Set<ForeignPath> out) {
        for (Ast.InterfaceItem item : items) {
            if (item instanceof Ast.Use use) add(out, use.path());
        }
    }

    private static void add(Set<ForeignPath> out, Ast.UsePath p) {
        if (p instanceof ForeignPath f) out.add(f);
    }

    /** The resolved package a foreign path names (packages are resolved in dependency order). */
    WitPackage foreignPackage(ForeignPath ref) {
        Object p = find(ref);
        return p instanceof WitPackage w ? w : resolved.get((Unresolved) p);
    }

    WitInterface foreignInterface(ForeignPath ref) {
        WitPackage p = foreignPackage(ref);
        WitInterface i = p.interfaces.get(ref.name().name());
        if (i != null) return i;
        if ("interface".equals(excludedItems.getOrDefault(p, Map.of()).get(ref.name().name()))) {
            throw ref.name().pos().error(excludedMessage("interface"));
        }
        throw ref.name().pos().error("interface '" + ref.name().name() + "' not found in package '" + p.name() + "'");
    }

    WitWorld foreignWorld(ForeignPath ref) {
        WitPackage p = foreignPackage(ref);
        WitWorld w = p.worlds.get(ref.name().name());
        if (w != null) return w;
        if ("world".equals(excludedItems.getOrDefault(p, Map.of()).get(ref.name().name()))) {
            throw ref.name().pos().error(excludedMessage("world"));
        }
        throw ref.name().pos().error("world '" + ref.name().name() + "' not found in package '" + p.name() + "'");
    }

    static String excludedMessage(String kind) {
        return "found a reference to a " + kind + " which is excluded due to its feature not being activated";
    }

    /**
     * Whether an item with this gate is part of the resolved model; refuses {@code @since} versions
     * newer than the package's own.
     */
    boolean included(Stability gate, Ast.Ident name, PackageName pkg) {
        if (gate.since() != null && pkg.version() != null && Versions.compare(gate.since(), pkg.version()) > 0) {
            throw name.pos().error("feature gate cannot reference unreleased version " + gate.since() + " of package ["
                    + pkg + "] (current version " + pkg.version() + ")");
        }
        if (gate.feature() != null) return allFeatures || features.contains(gate.feature());
        return true;
    }

    /** Every interface {@code iface} uses types from, directly or through others. */
    Set<WitInterface> transitiveDeps(WitInterface iface) {
        Set<WitInterface> out = new LinkedHashSet<>();
        collect(iface, out);
        return out;
    }

    private void collect(WitInterface iface, Set<WitInterface> out) {
        for (WitInterface d : deps.getOrDefault(iface, Set.of())) {
            if (out.add(d)) collect(d, out);
        }
    }

    Set<WitInterface> directDeps(WitInterface iface) { return deps.getOrDefault(iface, Set.of()); }

    void addDep(WitInterface from, WitInterface to) {
        deps.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
    }

    Set<String> excludedMembers(WitInterface iface) { return excludedMembers.getOrDefault(iface, new HashSet<>()); }
}
