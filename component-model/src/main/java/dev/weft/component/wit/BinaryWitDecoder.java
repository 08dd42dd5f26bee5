package dev.weft.component.wit;

import dev.weft.component.Type;
import dev.weft.component.internal.model.Alias;
import dev.weft.component.internal.model.ComponentAst;
import dev.weft.component.internal.model.Decl;
import dev.weft.component.internal.model.DefType;
import dev.weft.component.internal.model.DefValType;
import dev.weft.component.internal.model.Definition;
import dev.weft.component.internal.model.ExternDesc;
import dev.weft.component.internal.model.ExternName;
import dev.weft.component.internal.model.LabeledValType;
import dev.weft.component.internal.model.Sort;
import dev.weft.component.internal.model.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads WIT packages encoded as a component (WIT.md "Package Format"): each top-level type export is
 * a component type that exports one instance type (an interface) or one component type (a world)
 * under a fully qualified name. Interfaces used from other packages that are not part of the binary
 * become stub packages holding just what the binary shows of them.
 */
final class BinaryWitDecoder {
    /** One type index space (a component body, a component type or an instance type). */
    private static final class Space {
        final Space outer;
        /**
         * Per type index: a {@link DefType} as written (meaningful in this space only), the
         * {@link TypeDef} it denotes, or a {@link WitType} converted where an outer alias points.
         */
        final List<Object> types = new ArrayList<>();
        /** Per instance index: the exported types by name. */
        final List<Map<String, TypeDef>> instances = new ArrayList<>();

        Space(Space outer) { this.outer = outer; }
    }

    private final String file;
    private final Map<String, WitPackage> packages = new LinkedHashMap<>();
    private final Map<String, WitInterface> interfaces = new HashMap<>();
    private final Map<String, WitPackage> known;
    private int anonymous;
    private int depth;
    private static final int MAX_DEPTH = 100;
    /** The package of the first definition: the one the binary is for. */
    private WitPackage main;

    /** What a binary holds: its packages in dependency order, and the main one. */
    record Decoded(List<WitPackage> packages, WitPackage main) {}

    /** {@code known}: already resolved packages by full name, which the binary's references link to. */
    private BinaryWitDecoder(String file, Map<String, WitPackage> known) {
        this.file = file;
        this.known = known;
        for (WitPackage p : known.values()) {
            for (WitInterface i : p.interfaces.values()) interfaces.put(i.qualifiedName(), i);
        }
    }

    /** The packages a WIT package binary defines (and stubs for what it refers to), in dependency order. */
    static Decoded decode(ComponentAst ast, String file, Map<String, WitPackage> known) {
        BinaryWitDecoder d = new BinaryWitDecoder(file, known);
        d.component(ast);
        if (d.main == null) throw d.error("not a WIT package: it exports no interface or world");
        List<WitPackage> out = new ArrayList<>(d.packages.values());
        // Stubs were created on first reference, which may follow the main package's creation.
        out.remove(d.main);
        out.add(d.main);
        return new Decoded(out, d.main);
    }

    private WitException error(String reason) { return new WitException(file, 0, 0, reason); }

    private void component(ComponentAst ast) {
        Space top = new Space(null);
        for (Definition def : ast.definitions()) {
            switch (def) {
                case Definition.TypeDef t -> top.types.add(t.type());
                case Definition.Export e -> {
                    if (e.target().sort() != Sort.TYPE) throw error("not a WIT package: export `" + e.name() + "` is not a type");
                    Object t = typeEntry(top, e.target().index());
                    if (!(t instanceof DefType.Component c)) throw error("not a WIT package: `" + e.name() + "` is not a component type");
                    definition(c, top, e.name().name());
                    top.types.add(t);
                }
                case Definition.AliasDef a when a.alias().sort() == Sort.TYPE -> top.types.add(alias(top, a.alias()));
                case Definition.Custom c -> { }
                default -> throw error("not a WIT package: it has " + def.getClass().getSimpleName() + " definitions");
            }
        }
    }

    /** One top-level definition: a wrapping component type exporting the interface or world. */
    private void definition(DefType.Component wrapper, Space top, String exportName) {
        Space s = new Space(top);
        for (Decl decl : wrapper.decls()) {
            if (decl instanceof Decl.ExportDecl(ExternName name, ExternDesc desc)) {
                QualifiedName q = QualifiedName.parse(name.name());
                if (q == null) throw error("`" + exportName + "` exports `" + name + "`, which is not a qualified name");
                WitPackage pkg = pkg(q);
                if (main == null) main = pkg;
                switch (desc) {
                    case ExternDesc.Instance in -> {
                        WitInterface iface = new WitInterface(q.item(), pkg, null, Stability.UNKNOWN);
                        pkg.interfaces.put(q.item(), iface);
                        interfaces.put(iface.qualifiedName(), iface);
                        instanceBody(instanceType(s, in.typeIndex()), s, iface);
                    }
                    case ExternDesc.Component c -> {
                        if (!(typeEntry(s, c.typeIndex()) instanceof DefType.Component body)) throw error("`" + name + "` is not a component type");
                        WitWorld world = new WitWorld(q.item(), pkg, null, Stability.UNKNOWN);
                        pkg.worlds.put(q.item(), world);
                        worldBody(body, s, world);
                    }
                    default -> throw error("`" + name + "` is neither an interface nor a world");
                }
            } else {
                declare(decl, s);
            }
        }
    }

    /** Declarations that only set up the index spaces: types, aliases, imports of used interfaces. */
    private void declare(Decl decl, Space s) {
        switch (decl) {
            case Decl.TypeDecl t -> s.types.add(t.type());
            case Decl.CoreTypeDecl c -> { }
            case Decl.AliasDecl a -> {
                if (a.alias().sort() == Sort.TYPE) s.types.add(alias(s, a.alias()));
                else if (a.alias().sort() == Sort.INSTANCE) s.instances.add(Map.of());
            }
            case Decl.ImportDecl(ExternName name, ExternDesc desc) -> importedInstance(name, desc, s);
            case Decl.ExportDecl e -> throw error("unexpected export `" + e.name() + "`");
        }
    }

    /** An imported instance of an interface defined elsewhere: its types are that interface's. */
    private Map<String, TypeDef> importedInstance(ExternName name, ExternDesc desc, Space s) {
        if (!(desc instanceof ExternDesc.Instance in)) {
            if (desc instanceof ExternDesc.TypeEq || desc instanceof ExternDesc.TypeSubResource) s.types.add(null);
            return Map.of();
        }
        QualifiedName q = QualifiedName.parse(name.name());
        DefType.Instance body = instanceType(s, in.typeIndex());
        WitInterface iface = q == null ? null : interfaces.get(q.toString());
        if (iface == null) {
            if (q == null) throw error("instance import `" + name + "` does not name an interface");
            WitPackage pkg = pkg(q);
            iface = new WitInterface(q.item(), pkg, null, Stability.UNKNOWN);
            pkg.interfaces.put(q.item(), iface);
            interfaces.put(q.toString(), iface);
            instanceBody(body, s, iface);
        } else {
            bindInstance(body, s, iface);
        }
        Map<String, TypeDef> exported = new HashMap<>(iface.types);
        s.instances.add(exported);
        return exported;
    }

    /** Walks an instance type whose types already exist in {@code iface}, only to keep indices right. */
    private void bindInstance(DefType.Instance body, Space outer, WitInterface iface) {
        Space s = new Space(outer);
        for (Decl decl : body.decls()) {
            if (decl instanceof Decl.ExportDecl(ExternName name, ExternDesc desc)
                    && (desc instanceof ExternDesc.TypeEq || desc instanceof ExternDesc.TypeSubResource)) {
                TypeDef def = iface.types.get(name.name());
                if (def == null) throw error("interface `" + iface + "` has no type `" + name + "`");
                s.types.add(def);
            } else if (!(decl instanceof Decl.ExportDecl)) {
                declare(decl, s);
            }
        }
    }

    /** Defines an interface's types and functions from its instance type. */
    private void instanceBody(DefType.Instance body, Space outer, WitInterface iface) {
        Space s = new Space(outer);
        for (Decl decl : body.decls()) {
            if (!(decl instanceof Decl.ExportDecl(ExternName name, ExternDesc desc))) {
                declare(decl, s);
                continue;
            }
            switch (desc) {
                case ExternDesc.TypeEq eq -> {
                    TypeDef def = namedType(name.name(), iface, eq.typeIndex(), s);
                    iface.types.put(def.name(), def);
                    s.types.add(def);
                }
                case ExternDesc.TypeSubResource r -> {
                    TypeDef def = new TypeDef(name.name(), iface, null, Stability.UNKNOWN);
                    def.kind(new TypeDef.Resource());
                    iface.types.put(def.name(), def);
                    s.types.add(def);
                }
                case ExternDesc.Func f -> {
                    WitFunction fn = function(name.name(), f.typeIndex(), s, iface.types);
                    iface.functions.put(fn.name(), fn);
                }
                default -> throw error("interface `" + iface + "` exports `" + name + "`, which WIT cannot express");
            }
        }
    }

    private void worldBody(DefType.Component body, Space outer, WitWorld world) {
        Space s = new Space(outer);
        Map<String, TypeDef> worldTypes = new HashMap<>();
        for (Decl decl : body.decls()) {
            ExternName name;
            ExternDesc desc;
            Map<WorldKey, WorldItem> side;
            if (decl instanceof Decl.ImportDecl(ExternName n, ExternDesc d)) {
                name = n;
                desc = d;
                side = world.imports;
            } else if (decl instanceof Decl.ExportDecl(ExternName n, ExternDesc d)) {
                name = n;
                desc = d;
                side = world.exports;
            } else {
                declare(decl, s);
                continue;
            }
            switch (desc) {
                case ExternDesc.Instance in -> {
                    QualifiedName q = QualifiedName.parse(name.name());
                    if (q != null) {
                        importedInstance(name, desc, s);
                        WitInterface iface = interfaces.get(q.toString());
                        side.put(new WorldKey.Interface(iface), new WorldItem.InterfaceItem(iface, Stability.UNKNOWN));
                    } else {
                        WitInterface iface = implemented(name);
                        if (iface != null) {
                            bindInstance(instanceType(s, in.typeIndex()), s, iface);
                        } else {
                            iface = new WitInterface(null, world.pkg(), null, Stability.UNKNOWN);
                            instanceBody(instanceType(s, in.typeIndex()), s, iface);
                        }
                        s.instances.add(new HashMap<>(iface.types));
                        side.put(new WorldKey.Name(name.name()), new WorldItem.InterfaceItem(iface, Stability.UNKNOWN));
                    }
                }
                case ExternDesc.TypeEq eq -> {
                    TypeDef def = namedType(name.name(), world, eq.typeIndex(), s);
                    worldTypes.put(def.name(), def);
                    s.types.add(def);
                    side.put(new WorldKey.Name(def.name()), new WorldItem.TypeItem(def));
                }
                case ExternDesc.TypeSubResource r -> {
                    TypeDef def = new TypeDef(name.name(), world, null, Stability.UNKNOWN);
                    def.kind(new TypeDef.Resource());
                    worldTypes.put(def.name(), def);
                    s.types.add(def);
                    side.put(new WorldKey.Name(def.name()), new WorldItem.TypeItem(def));
                }
                case ExternDesc.Func f -> {
                    WitFunction fn = function(name.name(), f.typeIndex(), s, worldTypes);
                    side.put(new WorldKey.Name(fn.name()), new WorldItem.FunctionItem(fn));
                }
                default -> throw error("world `" + world + "` has `" + name + "`, which WIT cannot express");
            }
        }
    }

    /** The interface an {@code (implements "…")} attribute names, if it is known. */
    private WitInterface implemented(ExternName name) {
        for (ExternName.Attribute a : name.attributes()) {
            if (a instanceof ExternName.Attribute.Implements(String iface)) return interfaces.get(iface);
        }
        return null;
    }

    // ---- types

    private TypeDef namedType(String name, Object owner, int index, Space s) {
        TypeDef def = new TypeDef(name, owner, null, Stability.UNKNOWN);
        Object entry = typeEntry(s, index);
        def.kind(switch (entry) {
            case TypeDef target -> new TypeDef.Alias(new WitType.Ref(target));
            case WitType w -> new TypeDef.Alias(w);
            case DefValType.Record r -> new TypeDef.Record(r.fields().stream()
                    .map(f -> new TypeDef.Field(f.label(), valType(f.type(), s), null)).toList());
            case DefValType.Variant v -> new TypeDef.Variant(v.cases().stream()
                    .map(c -> new TypeDef.Case(c.label(), c.type() == null ? null : valType(c.type(), s), null)).toList());
            case DefValType.Enum e -> new TypeDef.Enum(e.labels());
            case DefValType.Flags f -> new TypeDef.Flags(f.labels());
            case DefValType v -> new TypeDef.Alias(structure(v, s));
            default -> throw error("type `" + name + "` is not a value type");
        });
        return def;
    }

    private WitType valType(ValType t, Space s) {
        // Well-formed binaries only refer backwards; a deep chain means a forward or cyclic reference.
        if (++depth > MAX_DEPTH) throw error("type nesting too deep (or a type refers to itself)");
        try {
            return valTypeAt(t, s);
        } finally {
            depth--;
        }
    }

    private WitType valTypeAt(ValType t, Space s) {
        return switch (t) {
            case ValType.Primitive p -> primitive(p.type());
            case ValType.Indexed i -> switch (typeEntry(s, i.typeIndex())) {
                case TypeDef def -> new WitType.Ref(def);
                case WitType w -> w;
                case DefValType.Record r -> anonymousNamed(r, s);
                case DefValType.Variant v -> anonymousNamed(v, s);
                case DefValType.Enum e -> anonymousNamed(e, s);
                case DefValType.Flags f -> anonymousNamed(f, s);
                case DefValType v -> structure(v, s);
                default -> throw error("type index " + i.typeIndex() + " is not a value type");
            };
        };
    }

    /** Records, variants, enums and flags are always named in WIT; unnamed ones get a made-up name. */
    private WitType anonymousNamed(DefValType v, Space s) {
        Space probe = new Space(s);
        probe.types.add(v);
        return new WitType.Ref(namedType("anonymous-type" + (++anonymous), null, 0, probe));
    }

    private WitType structure(DefValType v, Space s) {
        return switch (v) {
            case DefValType.Primitive p -> primitive(p.type());
            case DefValType.ListOf l -> new WitType.ListType(valType(l.element(), s), (int) l.fixedLength());
            case DefValType.Option o -> new WitType.OptionType(valType(o.type(), s));
            case DefValType.Result r -> new WitType.ResultType(r.ok() == null ? null : valType(r.ok(), s),
                    r.err() == null ? null : valType(r.err(), s));
            case DefValType.Tuple t -> new WitType.TupleType(t.types().stream().map(x -> valType(x, s)).toList());
            case DefValType.MapOf m -> new WitType.MapType(valType(m.key(), s), valType(m.value(), s));
            case DefValType.Own o -> new WitType.Ref(resource(o.typeIndex(), s));
            case DefValType.Borrow b -> new WitType.HandleType(resource(b.typeIndex(), s), true);
            case DefValType.Future f -> new WitType.FutureType(f.element() == null ? null : valType(f.element(), s));
            case DefValType.Stream st -> new WitType.StreamType(st.element() == null ? null : valType(st.element(), s));
            case DefValType.Record r -> anonymousNamed(r, s);
            case DefValType.Variant r -> anonymousNamed(r, s);
            case DefValType.Enum r -> anonymousNamed(r, s);
            case DefValType.Flags r -> anonymousNamed(r, s);
        };
    }

    private TypeDef resource(int index, Space s) {
        Object e = typeEntry(s, index);
        if (e instanceof WitType.Ref(TypeDef d)) e = d;
        if (e instanceof TypeDef def && def.unaliased().isResource()) return def;
        throw error("handle type names type " + index + ", which is not a resource");
    }

    private static WitType.Primitive primitive(Type.Primitive p) {
        return WitType.Primitive.valueOf(p.name());
    }

    private WitFunction function(String name, int typeIndex, Space s, Map<String, TypeDef> scopeTypes) {
        if (!(typeEntry(s, typeIndex) instanceof DefType.Func f)) throw error("`" + name + "` is not a function type");
        WitFunction.Kind kind = FunctionNames.kind(name);
        if (kind == null) throw error("unknown function name annotation `" + name + "`");
        TypeDef resource = null;
        if (kind != WitFunction.Kind.FREESTANDING) {
            resource = scopeTypes.get(FunctionNames.resource(name));
            if (resource == null) throw error("`" + name + "` names no resource of its interface or world");
        }
        List<WitFunction.Param> params = new ArrayList<>();
        for (LabeledValType p : f.params()) params.add(new WitFunction.Param(p.label(), valType(p.type(), s)));
        return new WitFunction(name, kind, resource, f.async(), List.copyOf(params),
                f.result() == null ? null : valType(f.result(), s), null, Stability.UNKNOWN);
    }

    private DefType.Instance instanceType(Space s, int index) {
        if (typeEntry(s, index) instanceof DefType.Instance i) return i;
        throw error("type " + index + " is not an instance type");
    }

    private Object typeEntry(Space s, int index) {
        if (index < 0 || index >= s.types.size()) throw error("type index " + index + " out of bounds");
        Object o = s.types.get(index);
        if (o == null) throw error("type index " + index + " is not usable here");
        return o;
    }

    private Object alias(Space s, Alias a) {
        return switch (a) {
            case Alias.InstanceExport e -> {
                if (e.instance() < 0 || e.instance() >= s.instances.size()) throw error("instance index " + e.instance() + " out of bounds");
                TypeDef def = s.instances.get(e.instance()).get(e.name());
                if (def == null) throw error("instance " + e.instance() + " has no type `" + e.name() + "`");
                yield def;
            }
            case Alias.Outer o -> {
                Space target = s;
                for (int i = 0; i < o.count() && target != null; i++) target = target.outer;
                if (target == null) throw error("outer alias leaves the binary");
                Object e = typeEntry(target, o.index());
                // A value type written out there names indices of its own space: convert it there.
                yield e instanceof DefValType v ? structure(v, target) : e;
            }
            case Alias.CoreInstanceExport c -> throw error("core aliases cannot appear in WIT types");
        };
    }

    private WitPackage pkg(QualifiedName q) {
        String full = q.packageName().toString();
        WitPackage known = this.known.get(full);
        if (known != null) return known;
        return packages.computeIfAbsent(full, k -> new WitPackage(q.packageName(), null));
    }

    /** {@code ns:pkg/item@version}. */
    private record QualifiedName(PackageName packageName, String item) {
        static QualifiedName parse(String s) {
            int colon = s.indexOf(':');
            int slash = s.indexOf('/');
            if (colon <= 0 || slash < colon) return null;
            int at = s.indexOf('@', slash);
            String item = at < 0 ? s.substring(slash + 1) : s.substring(slash + 1, at);
            String version = at < 0 ? null : s.substring(at + 1);
            return new QualifiedName(new PackageName(s.substring(0, colon), s.substring(colon + 1, slash), version), item);
        }

        @Override
        public String toString() { return packageName.qualify(item); }
    }
}
