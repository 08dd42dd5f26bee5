package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.internal.model.Alias;
import dev.weft.component.internal.model.ComponentAst;
import dev.weft.component.internal.model.CoreValType;
import dev.weft.component.internal.model.Decl;
import dev.weft.component.internal.model.DefType;
import dev.weft.component.internal.model.DefValType;
import dev.weft.component.internal.model.Definition;
import dev.weft.component.internal.model.ExternDesc;
import dev.weft.component.internal.model.ExternName;
import dev.weft.component.internal.model.Sort;
import dev.weft.component.internal.model.SortIndex;
import dev.weft.engine.Engine;
import dev.weft.engine.ExternType;
import dev.weft.engine.FuncType;
import dev.weft.engine.ImportType;
import dev.weft.engine.InvalidModuleException;
import dev.weft.engine.MemoryType;
import dev.weft.engine.Module;
import dev.weft.engine.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a decoded component: index bounds in every space, types of instantiation arguments,
 * aliases, canonical definitions, import/export names and types, and the visibility of the types
 * imports and exports mention. Invalid input → {@link InvalidModuleException}; embedded core modules
 * are compiled with the given engine (their errors propagate unchanged).
 *
 * <pre>{@code
 * ValidatedComponent v = ComponentValidator.validate(engine, ComponentDecoder.decode(bytes));
 * }</pre>
 */
public final class ComponentValidator {
    private final Engine engine;

    private ComponentValidator(Engine engine) { this.engine = engine; }

    public static ValidatedComponent validate(Engine engine, ComponentAst ast) {
        return new ComponentValidator(engine).component(ast, null);
    }

    private ValidatedComponent component(ComponentAst ast, Scope parent) {
        Scope s = new Scope(Scope.Kind.COMPONENT, parent);
        for (Definition d : ast.definitions()) {
            try {
                definition(s, d);
            } catch (ValidationError e) {
                throw new InvalidModuleException(e.getMessage(), where(d));
            }
        }
        for (int i = 0; i < s.valueUsed.size(); i++) {
            if (!s.valueUsed.get(i)) throw new InvalidModuleException("value index " + i + " was not used", "component");
        }
        ComponentSig sig = new ComponentSig(s.imports, s.exports, s.importedResources, exported(s));
        return new ValidatedComponent(ast, sig, s.funcs, s.types, s.instances, s.components, s.componentDefs,
                s.compiledModules, s.coreFuncs, s.definedResources);
    }

    /** The resources a component's exports mention that its imports do not bind: abstract to users. */
    private static List<ResourceType> exported(Scope s) {
        Set<ResourceType> mentioned = ResourceSubstitution.identitySet();
        s.exports.values().forEach(e -> ResourceSubstitution.collect(e, mentioned));
        s.importedResources.forEach(mentioned::remove);
        return new ArrayList<>(mentioned);
    }

    private static String where(Definition d) {
        String kind = switch (d) {
            case Definition.CoreModule x -> "core module";
            case Definition.CoreInstantiate x -> "core instance";
            case Definition.CoreInstanceFromExports x -> "core instance";
            case Definition.CoreTypeDef x -> "core type";
            case Definition.Component x -> "component";
            case Definition.Instantiate x -> "instance";
            case Definition.InstanceFromExports x -> "instance";
            case Definition.AliasDef x -> "alias";
            case Definition.TypeDef x -> "type";
            case Definition.CanonDef x -> "canon";
            case Definition.Start x -> "start";
            case Definition.Import x -> "import `" + x.name().name() + "`";
            case Definition.Export x -> "export `" + x.name().name() + "`";
            case Definition.Value x -> "value";
            case Definition.Custom x -> "custom section";
        };
        return "component " + kind + " definition at byte offset " + d.offset();
    }

    private void definition(Scope s, Definition d) {
        switch (d) {
            case Definition.CoreModule m -> coreModule(s, m);
            case Definition.CoreInstantiate i -> coreInstantiate(s, i);
            case Definition.CoreInstanceFromExports i -> coreInstanceFromExports(s, i);
            case Definition.CoreTypeDef t -> CoreTypeValidator.define(s, s.coreTypes, t.type());
            case Definition.Component c -> {
                ValidatedComponent v = component(c.component(), s);
                s.components.add(v.type());
                s.componentDefs.add(v);
            }
            case Definition.Instantiate i -> instantiate(s, i);
            case Definition.InstanceFromExports i -> instanceFromExports(s, i);
            case Definition.AliasDef a -> alias(s, a.alias());
            case Definition.TypeDef t -> defineType(s, t.type());
            case Definition.CanonDef c -> CanonValidator.canon(s, c.canon());
            case Definition.Start st -> start(s, st);
            case Definition.Import im -> importOrExportDecl(s, im.name(), im.desc(), true);
            case Definition.Export ex -> export(s, ex);
            case Definition.Value v -> {
                Type t = TypeResolver.valType(s, v.type()).type();
                ValueBytes.check(t, v.bytes());
                s.addValue(new ExternT.Value(t));
            }
            case Definition.Custom c -> { }
        }
    }

    // ---- core modules and instances

    private void coreModule(Scope s, Definition.CoreModule m) {
        Module module = Module.fromBinary(engine, m.bytes());
        Set<String> seen = new HashSet<>();
        List<ModuleSig.Import> imports = new ArrayList<>();
        for (ImportType it : module.imports()) {
            if (!seen.add(it.module() + "\u0000" + it.name())) {
                throw new ValidationError("duplicate import name `" + it.module() + ":" + it.name() + "`");
            }
            imports.add(new ModuleSig.Import(it.module(), it.name(), it.type(), isShared(it.type())));
        }
        Map<String, ExternType> exports = new LinkedHashMap<>();
        Set<String> sharedExports = new HashSet<>();
        module.exports().forEach(e -> {
            exports.put(e.name(), e.type());
            if (isShared(e.type())) sharedExports.add(e.name());
        });
        s.coreModules.add(new ModuleSig(imports, exports, sharedExports));
        s.compiledModules.add(module);
    }

    private static boolean isShared(ExternType type) { return type instanceof MemoryType mt && mt.shared(); }

    private static <T> T index(List<T> space, int i, String what, String spaceName) {
        if (i < 0 || i >= space.size()) {
            throw new ValidationError("unknown " + what + " " + i + ": " + spaceName + " index out of bounds");
        }
        return space.get(i);
    }

    private void coreInstantiate(Scope s, Definition.CoreInstantiate d) {
        ModuleSig module = index(s.coreModules, d.module(), "module", "module");
        Map<String, CoreInstanceSig> args = new HashMap<>();
        for (Definition.CoreInstantiateArg a : d.args()) {
            CoreInstanceSig inst = index(s.coreInstances, a.instance(), "instance", "instance");
            if (args.put(a.name(), inst) != null) {
                throw new ValidationError("duplicate module instantiation argument named `" + a.name() + "`");
            }
        }
        for (ModuleSig.Import im : module.imports()) {
            CoreInstanceSig arg = args.get(im.module());
            if (arg == null) throw new ValidationError("missing module instantiation argument named `" + im.module() + "`");
            ExternType actual = arg.exports().get(im.name());
            if (actual == null) {
                throw new ValidationError("module instantiation argument `" + im.module()
                        + "` does not export an item named `" + im.name() + "`");
            }
            try {
                if (actual instanceof dev.weft.engine.MemoryType) {
                    CoreMatching.sharedFlag(arg.sharedMemories().contains(im.name()), im.shared());
                }
                CoreMatching.extern(actual, im.type());
            } catch (ValidationError e) {
                throw new ValidationError(e.getMessage() + " (type mismatch for export `" + im.name()
                        + "` of module instantiation argument `" + im.module() + "`)");
            }
        }
        s.coreInstances.add(new CoreInstanceSig(module.exports(), module.sharedExports()));
    }

    private void coreInstanceFromExports(Scope s, Definition.CoreInstanceFromExports d) {
        Map<String, ExternType> exports = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        for (Definition.CoreInlineExport e : d.exports()) {
            ExternType t = coreItem(s, e.target());
            if (exports.containsKey(e.name())) throw new ValidationError("export name `" + e.name() + "` already defined");
            exports.put(e.name(), t);
            if (e.target().sort() == Sort.CORE_MEMORY && s.coreMemoryShared.get(e.target().index())) shared.add(e.name());
        }
        s.coreInstances.add(new CoreInstanceSig(exports, shared));
    }

    private static ExternType coreItem(Scope s, SortIndex si) {
        int i = si.index();
        return switch (si.sort()) {
            case CORE_FUNC -> index(s.coreFuncs, i, "func", "function");
            case CORE_TABLE -> index(s.coreTables, i, "table", "table");
            case CORE_MEMORY -> index(s.coreMemories, i, "memory", "memory");
            case CORE_GLOBAL -> index(s.coreGlobals, i, "global", "global");
            case CORE_TAG -> index(s.coreTags, i, "tag", "tag");
            default -> throw new ValidationError("only core functions, tables, memories, globals and tags can be"
                    + " exported from a core instance, not " + si.sort().description());
        };
    }

    // ---- component instances

    private void instantiate(Scope s, Definition.Instantiate d) {
        ComponentSig c = index(s.components, d.component(), "component", "component");
        Map<String, ExternT> args = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Definition.InstantiateArg a : d.args()) {
            String prev = keys.putIfAbsent(ExternNames.uniquenessKey(a.name()), a.name());
            if (prev != null) {
                throw new ValidationError("instantiation argument `" + a.name() + "` conflicts with previous argument `"
                        + prev + "`");
            }
            args.put(a.name(), item(s, a.target(), true).type());
        }
        c = ResourceSubstitution.freshen(c);
        Set<ResourceType> bindable = ResourceSubstitution.identitySet();
        bindable.addAll(c.importedResources());
        Subtyping sub = new Subtyping(bindable);
        for (Map.Entry<String, ExternT> im : c.imports().entrySet()) {
            ExternT arg = args.get(im.getKey());
            if (arg == null) throw new ValidationError("missing import named `" + im.getKey() + "`");
            try {
                sub.extern(arg, new ResourceSubstitution(sub.bound).apply(im.getValue()));
            } catch (ValidationError e) {
                throw new ValidationError(e.getMessage() + " (type mismatch for import `" + im.getKey() + "`)");
            }
        }
        ResourceSubstitution bind = new ResourceSubstitution(sub.bound);
        Map<String, ExternT> exports = new LinkedHashMap<>();
        c.exports().forEach((k, v) -> exports.put(k, bind.apply(v)));
        s.addInstance(new InstanceSig(exports, List.of()), ResourceSubstitution.identitySetOfObjects());
    }

    private void instanceFromExports(Scope s, Definition.InstanceFromExports d) {
        Map<String, ExternT> exports = new LinkedHashMap<>();
        Map<String, String> keys = new HashMap<>();
        Set<Object> needs = ResourceSubstitution.identitySetOfObjects();
        Map<String, AnnotatedNames.NamedResource> resourceNames = new HashMap<>();
        for (Definition.InlineExport e : d.exports()) {
            ExternNames.Parsed name = ExternNames.parse(e.name().name());
            String prev = keys.putIfAbsent(ExternNames.uniquenessKey(name.text()), name.text());
            if (prev != null) {
                throw new ValidationError("export name `" + name.text() + "` conflicts with previous name `" + prev + "`");
            }
            Item it = item(s, e.target(), true);
            AnnotatedNames.attributes(e.name(), name, it.type());
            AnnotatedNames.annotated(name, it.type(), it.needs(), resourceNames);
            if (name.kind() == ExternNames.Kind.PLAIN && it.type() instanceof ExternT.TypeOf t
                    && t.type() instanceof CType.Resource r) {
                // a bag's export is a new name for the type, distinct from the index its funcs refer to
                resourceNames.put(name.text(), new AnnotatedNames.NamedResource(r.resource(), new Object()));
            }
            needs.addAll(it.needs());
            if (it.ownId() != null) needs.remove(it.ownId());
            exports.put(name.text(), it.type());
        }
        s.addInstance(new InstanceSig(exports, List.of()), needs);
    }

    /** An item referred to by a sortidx, with the nominal identities it needs named. */
    record Item(ExternT type, Set<Object> needs, Object ownId) {}

    private Item item(Scope s, SortIndex si, boolean consumeValue) {
        int i = si.index();
        Set<Object> none = ResourceSubstitution.identitySetOfObjects();
        return switch (si.sort()) {
            case FUNC -> new Item(new ExternT.Func(index(s.funcs, i, "func", "function")), copy(s.funcNeeds.get(i)), null);
            case VALUE -> {
                ExternT.Value v = (ExternT.Value) index(s.values, i, "value", "value");
                if (consumeValue) {
                    if (s.valueUsed.get(i)) throw new ValidationError("cannot use value index " + i + " more than once");
                    s.valueUsed.set(i, true);
                }
                yield new Item(v, none, null);
            }
            case TYPE -> new Item(new ExternT.TypeOf(index(s.types, i, "type", "type")), copy(s.typeNeeds.get(i)),
                    s.typeIds.get(i));
            case COMPONENT -> new Item(new ExternT.Component(index(s.components, i, "component", "component")), none, null);
            case INSTANCE -> new Item(new ExternT.Instance(index(s.instances, i, "instance", "instance")),
                    copy(s.instanceNeeds.get(i)), null);
            case CORE_MODULE -> new Item(new ExternT.Module(index(s.coreModules, i, "module", "module")), none, null);
            default -> throw new ValidationError("core " + si.sort().description()
                    + " is not a valid component-level item (only core modules are)");
        };
    }

    private static Set<Object> copy(Set<Object> s) {
        Set<Object> out = ResourceSubstitution.identitySetOfObjects();
        out.addAll(s);
        return out;
    }

    // ---- aliases

    private void alias(Scope s, Alias a) {
        if (s.isType()) {
            boolean ok = switch (a) {
                case Alias.InstanceExport x -> x.sort() == Sort.TYPE || x.sort() == Sort.INSTANCE;
                case Alias.Outer x -> x.sort() == Sort.TYPE || x.sort() == Sort.CORE_TYPE;
                case Alias.CoreInstanceExport x -> false;
            };
            if (!ok) throw new ValidationError("may only refer to types or instances: aliases in component and instance types");
        }
        switch (a) {
            case Alias.InstanceExport x -> aliasInstanceExport(s, x);
            case Alias.CoreInstanceExport x -> aliasCoreExport(s, x);
            case Alias.Outer x -> aliasOuter(s, x);
        }
    }

    private void aliasInstanceExport(Scope s, Alias.InstanceExport x) {
        InstanceSig inst = index(s.instances, x.instance(), "instance", "instance");
        ExternT t = inst.exports().get(x.name());
        if (t == null) throw new ValidationError("instance " + x.instance() + " has no export named `" + x.name() + "`");
        Sort actual = sortOf(t);
        if (actual != x.sort()) {
            throw new ValidationError("export `" + x.name() + "` for instance " + x.instance() + " is not a "
                    + x.sort().description());
        }
        Set<Object> named = s.instanceNaming.get(x.instance());
        Set<Object> needs = ResourceSubstitution.identitySetOfObjects();
        Object id = null;
        if (t instanceof ExternT.TypeOf ty && TypeVisibility.isNominal(ty.type())) {
            id = new Object();
            needs.add(id);
            if (named != null) named.add(id);
        } else if (named == null) {
            // an item of an instance nobody imported or exported: the nominal types it mentions need
            // to have been made nameable some other way (e.g. exported through another instance)
            Set<Object> mentioned = new java.util.HashSet<>();
            TypeVisibility.nominalTypes(t, mentioned);
            // types the aliased instance exports itself are named by that instance (its re-export names them)
            if (t instanceof ExternT.Instance i) {
                for (ExternT e : i.sig().exports().values()) {
                    if (e instanceof ExternT.TypeOf ty && ty.type() instanceof CType.Resource r) mentioned.remove(r.resource());
                    else if (e instanceof ExternT.TypeOf ty && ty.type() instanceof CType.Value v && TypeVisibility.isNominal(ty.type())) mentioned.remove(v.type());
                }
            }
            if (!s.exposedTypes.containsAll(mentioned)) needs.add(new Object());
        }
        addItem(s, t, needs, id);
        if (t instanceof ExternT.Instance && named != null) s.instanceNaming.put(s.instances.size() - 1, named);
    }

    static Sort sortOf(ExternT t) {
        return switch (t) {
            case ExternT.Module m -> Sort.CORE_MODULE;
            case ExternT.Func f -> Sort.FUNC;
            case ExternT.Value v -> Sort.VALUE;
            case ExternT.TypeOf ty -> Sort.TYPE;
            case ExternT.Component c -> Sort.COMPONENT;
            case ExternT.Instance i -> Sort.INSTANCE;
        };
    }

    /** Appends an item of extern type {@code t} to its index space. */
    private static void addItem(Scope s, ExternT t, Set<Object> needs, Object id) {
        switch (t) {
            case ExternT.Module m -> {
                s.coreModules.add(m.sig());
                s.compiledModules.add(null);
            }
            case ExternT.Func f -> s.addFunc(f.sig(), needs);
            case ExternT.Value v -> s.addValue(v);
            case ExternT.TypeOf ty -> s.addType(ty.type(), needs, id);
            case ExternT.Component c -> {
                s.components.add(c.sig());
                s.componentDefs.add(null);
            }
            case ExternT.Instance i -> s.addInstance(i.sig(), needs);
        }
    }

    private void aliasCoreExport(Scope s, Alias.CoreInstanceExport x) {
        CoreInstanceSig inst = index(s.coreInstances, x.instance(), "core instance", "instance");
        ExternType t = inst.exports().get(x.name());
        if (t == null) {
            throw new ValidationError("core instance " + x.instance() + " has no export named `" + x.name() + "`");
        }
        String want = switch (x.sort()) {
            case CORE_FUNC -> "func";
            case CORE_TABLE -> "table";
            case CORE_MEMORY -> "memory";
            case CORE_GLOBAL -> "global";
            case CORE_TAG -> "tag";
            default -> throw new ValidationError("core instance exports can only be aliased as functions, tables,"
                    + " memories, globals or tags");
        };
        if (!CoreMatching.kind(t).equals(want)) {
            throw new ValidationError("export `" + x.name() + "` for core instance " + x.instance() + " is not a " + want);
        }
        switch (t) {
            case FuncType f -> s.coreFuncs.add(f);
            case dev.weft.engine.TableType tt -> s.coreTables.add(tt);
            case dev.weft.engine.MemoryType m -> {
                s.coreMemories.add(m);
                s.coreMemoryShared.add(inst.sharedMemories().contains(x.name()));
            }
            case dev.weft.engine.GlobalType g -> s.coreGlobals.add(g);
            case dev.weft.engine.TagType tg -> s.coreTags.add(tg);
        }
    }

    private void aliasOuter(Scope s, Alias.Outer x) {
        Scope target = s;
        boolean crossesComponent = false;
        for (int i = 0; i < x.count(); i++) {
            if (target.kind == Scope.Kind.COMPONENT) crossesComponent = true;
            target = target.parent;
            if (target == null) throw new ValidationError("invalid outer alias count of " + x.count());
        }
        switch (x.sort()) {
            case CORE_MODULE -> {
                ModuleSig m = index(target.coreModules, x.index(), "module", "module");
                s.coreModules.add(m);
                s.compiledModules.add(x.count() == 0 ? s.compiledModules.get(x.index()) : null);
            }
            case CORE_TYPE -> {
                Object t = index(target.coreTypes, x.index(), "core type", "type");
                s.coreTypes.add(t);
            }
            case COMPONENT -> {
                ComponentSig c = index(target.components, x.index(), "component", "component");
                s.components.add(c);
                s.componentDefs.add(target.componentDefs.get(x.index()));
            }
            case TYPE -> {
                CType t = index(target.types, x.index(), "type", "type");
                if (crossesComponent && x.count() > 0) {
                    Set<ResourceType> rs = ResourceSubstitution.identitySet();
                    ResourceSubstitution.collect(t, rs);
                    if (!rs.isEmpty()) {
                        throw new ValidationError("transitively refers to resources not defined in the current"
                                + " component: type index " + x.index() + " cannot be aliased from an outer component");
                    }
                }
                s.addType(t, copy(target.typeNeeds.get(x.index())), target.typeIds.get(x.index()));
            }
            default -> throw new ValidationError("outer aliases may only refer to modules, types and components");
        }
    }

    // ---- types

    private void defineType(Scope s, DefType t) {
        switch (t) {
            case DefValType v -> {
                Object id = new Object();
                TypeResolver.Resolved r = TypeResolver.defValType(s, v, id);
                s.addType(new CType.Value(r.type()), r.needs(), r.needs().contains(id) ? id : null);
            }
            case DefType.Func f -> {
                Set<Object> needs = ResourceSubstitution.identitySetOfObjects();
                s.addType(new CType.Func(TypeResolver.funcType(s, f, needs)), needs, null);
            }
            case DefType.Component c -> typeScope(s, c.decls(), Scope.Kind.COMPONENT_TYPE);
            case DefType.Instance i -> typeScope(s, i.decls(), Scope.Kind.INSTANCE_TYPE);
            case DefType.Resource r -> defineResource(s, r);
        }
    }

    private void defineResource(Scope s, DefType.Resource r) {
        if (s.isType()) throw new ValidationError("resources can only be defined within a concrete component");
        if (r.rep().code() != CoreValType.I32) throw new ValidationError("resources can only be represented by `i32`");
        if (r.destructor() >= 0) {
            FuncType f = index(s.coreFuncs, r.destructor(), "func", "function");
            if (!CoreMatching.sameFunc(f, FuncType.of(List.of(ValueType.I32), List.of()))) {
                throw new ValidationError("wrong signature for a destructor");
            }
        }
        ResourceType rt = ResourceType.host("resource " + s.types.size());
        s.definedResources.put(rt, r);
        Object id = new Object();
        Set<Object> needs = ResourceSubstitution.identitySetOfObjects();
        needs.add(id);
        s.addType(new CType.Resource(rt), needs, id);
    }

    /** Validates a component or instance type's declarators in a fresh scope and defines the type. */
    private void typeScope(Scope s, List<Decl> decls, Scope.Kind kind) {
        Scope t = new Scope(kind, s);
        for (Decl d : decls) {
            switch (d) {
                case Decl.CoreTypeDecl c -> CoreTypeValidator.define(t, t.coreTypes, c.type());
                case Decl.TypeDecl ty -> defineType(t, ty.type());
                case Decl.AliasDecl a -> alias(t, a.alias());
                case Decl.ImportDecl im -> importOrExportDecl(t, im.name(), im.desc(), true);
                case Decl.ExportDecl ex -> importOrExportDecl(t, ex.name(), ex.desc(), false);
            }
        }
        Set<Object> needs = ResourceSubstitution.identitySetOfObjects();
        if (kind == Scope.Kind.INSTANCE_TYPE) {
            needs.addAll(t.instanceTypeNeeds);
            needs.removeAll(t.namedByExport);
            s.addType(new CType.Instance(new InstanceSig(t.exports, t.exportedResources)), needs, null);
        } else {
            needs.addAll(t.instanceTypeNeeds);
            needs.removeAll(t.namedByImport);
            needs.removeAll(t.namedByExport);
            s.addType(new CType.Component(new ComponentSig(t.imports, t.exports, t.importedResources,
                    t.exportedResources)), needs, null);
        }
    }

    // ---- imports and exports

    /**
     * An import (of a component, or an import declarator of a component type) or an export declarator
     * of a component or instance type.
     */
    private void importOrExportDecl(Scope s, ExternName en, ExternDesc desc, boolean isImport) {
        ExternNames.Parsed name = ExternNames.parse(en.name());
        Map<String, String> keys = isImport ? s.importKeys : s.exportKeys;
        String prev = keys.putIfAbsent(ExternNames.uniquenessKey(name.text()), name.text());
        if (prev != null) {
            throw new ValidationError((isImport ? "import" : "export") + " name `" + name.text()
                    + "` conflicts with previous name `" + prev + "`");
        }
        List<ResourceType> fresh = new ArrayList<>();
        Set<Object> needs = ResourceSubstitution.identitySetOfObjects();
        Object ownId = null;
        ExternT t = switch (desc) {
            case ExternDesc.CoreModule m -> {
                Object ct = index(s.coreTypes, m.coreTypeIndex(), "core type", "type");
                if (!(ct instanceof ModuleSig ms)) {
                    throw new ValidationError("core type index " + m.coreTypeIndex() + " is not a module type");
                }
                yield new ExternT.Module(ms);
            }
            case ExternDesc.Func f -> {
                CType ct = index(s.types, f.typeIndex(), "type", "type");
                if (!(ct instanceof CType.Func fn)) throw new ValidationError("type index " + f.typeIndex() + " is not a function type");
                needs.addAll(s.typeNeeds.get(f.typeIndex()));
                yield new ExternT.Func(fn.sig());
            }
            case ExternDesc.Value v -> {
                if (v.eqValue() >= 0) {
                    yield (ExternT.Value) index(s.values, v.eqValue(), "value", "value");
                }
                TypeResolver.Resolved r = TypeResolver.valType(s, v.type());
                needs.addAll(r.needs());
                yield new ExternT.Value(r.type());
            }
            case ExternDesc.TypeEq e -> {
                CType ct = index(s.types, e.typeIndex(), "type", "type");
                needs.addAll(s.typeNeeds.get(e.typeIndex()));
                Object id = s.typeIds.get(e.typeIndex());
                if (id != null) needs.remove(id);
                yield new ExternT.TypeOf(ct);
            }
            case ExternDesc.TypeSubResource r -> {
                ResourceType rt = ResourceType.host(name.text());
                fresh.add(rt);
                yield new ExternT.TypeOf(new CType.Resource(rt));
            }
            case ExternDesc.Component c -> {
                CType ct = index(s.types, c.typeIndex(), "type", "type");
                if (!(ct instanceof CType.Component cs)) {
                    throw new ValidationError("type index " + c.typeIndex() + " is not a component type");
                }
                needs.addAll(s.typeNeeds.get(c.typeIndex()));
                yield new ExternT.Component(ResourceSubstitution.freshen(cs.sig()));
            }
            case ExternDesc.Instance i -> {
                CType ct = index(s.types, i.typeIndex(), "type", "type");
                if (!(ct instanceof CType.Instance is)) {
                    throw new ValidationError("type index " + i.typeIndex() + " is not an instance type");
                }
                needs.addAll(s.typeNeeds.get(i.typeIndex()));
                yield new ExternT.Instance(ResourceSubstitution.freshen(is.sig(), fresh));
            }
        };
        AnnotatedNames.attributes(en, name, t);
        // instance types collect their exports' needs for whoever uses the type; others check eagerly
        if (s.kind == Scope.Kind.INSTANCE_TYPE) {
            s.instanceTypeNeeds.addAll(needs);
        } else {
            TypeVisibility.checkNamed(s, needs, t, isImport);
        }
        AnnotatedNames.annotated(name, t, needs, isImport ? s.importedResourceNames : s.exportedResourceNames);
        if (s.kind == Scope.Kind.COMPONENT) TypeVisibility.expose(s, t);
        if (isImport) {
            s.imports.put(name.text(), t);
            s.importedResources.addAll(fresh);
        } else {
            s.exports.put(name.text(), t);
            s.exportedResources.addAll(fresh);
        }
        // the new index is named by this import/export
        Set<Object> named = isImport ? s.namedByImport : s.namedByExport;
        Set<Object> newNeeds = ResourceSubstitution.identitySetOfObjects();
        if (t instanceof ExternT.TypeOf ty) {
            if (TypeVisibility.isNominal(ty.type())) {
                ownId = new Object();
                named.add(ownId);
                newNeeds.add(ownId);
            }
            if (name.kind() == ExternNames.Kind.PLAIN && ty.type() instanceof CType.Resource r) {
                (isImport ? s.importedResourceNames : s.exportedResourceNames).put(name.text(),
                        new AnnotatedNames.NamedResource(r.resource(), ownId));
            }
        }
        addItem(s, t, newNeeds, ownId);
        if (t instanceof ExternT.Instance) s.instanceNaming.put(s.instances.size() - 1, named);
    }

    private void export(Scope s, Definition.Export ex) {
        ExternNames.Parsed name = ExternNames.parse(ex.name().name());
        String prev = s.exportKeys.putIfAbsent(ExternNames.uniquenessKey(name.text()), name.text());
        if (prev != null) {
            throw new ValidationError("export name `" + name.text() + "` conflicts with previous name `" + prev + "`");
        }
        Item it = item(s, ex.target(), true);
        ExternT t = it.type();
        Set<Object> needs = it.needs();
        if (it.ownId() != null) needs.remove(it.ownId());
        if (ex.ascribed() instanceof ExternDesc.TypeSubResource) {
            // abstracting a resource: outside, the export is a fresh resource type unequal to every other
            if (!(t instanceof ExternT.TypeOf ty && ty.type() instanceof CType.Resource)) {
                throw new ValidationError("expected resource, found " + (t instanceof ExternT.TypeOf ty
                        ? ty.type().kindName() : t.sortName()) + " (ascribed type of export is not compatible with item's type)");
            }
            t = new ExternT.TypeOf(new CType.Resource(ResourceType.host(name.text())));
        } else if (ex.ascribed() != null) {
            ExternT ascribed = ascription(s, ex.ascribed(), needs);
            try {
                new Subtyping(ResourceSubstitution.identitySet()).extern(t, ascribed);
            } catch (ValidationError e) {
                throw new ValidationError(e.getMessage() + " (ascribed type of export is not compatible with item's type)");
            }
            t = ascribed;
        }
        AnnotatedNames.attributes(ex.name(), name, t);
        if (t instanceof ExternT.Value v && TypeResolver.containsBorrow(v.type())) {
            throw new ValidationError("exported values cannot contain a `borrow` type");
        }
        TypeVisibility.checkNamed(s, needs, t, false);
        AnnotatedNames.annotated(name, t, needs, s.exportedResourceNames);
        TypeVisibility.expose(s, t);
        s.exports.put(name.text(), t);
        Set<Object> newNeeds = ResourceSubstitution.identitySetOfObjects();
        Object ownId = null;
        if (t instanceof ExternT.TypeOf ty) {
            if (TypeVisibility.isNominal(ty.type())) {
                ownId = new Object();
                s.namedByExport.add(ownId);
                newNeeds.add(ownId);
            }
            if (name.kind() == ExternNames.Kind.PLAIN && ty.type() instanceof CType.Resource r) {
                s.exportedResourceNames.put(name.text(), new AnnotatedNames.NamedResource(r.resource(), ownId));
            }
        }
        addItem(s, t, newNeeds, ownId);
        if (t instanceof ExternT.Instance) s.instanceNaming.put(s.instances.size() - 1, s.namedByExport);
        // the export consumed the value; its new index is that same, already used value
        if (t instanceof ExternT.Value) s.valueUsed.set(s.valueUsed.size() - 1, true);
    }

    /** The extern type of an export ascription; its needs replace the item's. */
    private ExternT ascription(Scope s, ExternDesc desc, Set<Object> needs) {
        needs.clear();
        return switch (desc) {
            case ExternDesc.Func f -> {
                CType ct = index(s.types, f.typeIndex(), "type", "type");
                if (!(ct instanceof CType.Func fn)) throw new ValidationError("type index " + f.typeIndex() + " is not a function type");
                needs.addAll(s.typeNeeds.get(f.typeIndex()));
                yield new ExternT.Func(fn.sig());
            }
            case ExternDesc.TypeEq e -> {
                needs.addAll(s.typeNeeds.get(e.typeIndex()));
                Object id = s.typeIds.get(e.typeIndex());
                if (id != null) needs.remove(id);
                yield new ExternT.TypeOf(index(s.types, e.typeIndex(), "type", "type"));
            }
            case ExternDesc.TypeSubResource r -> throw new IllegalStateException("handled by the caller");
            case ExternDesc.Instance i -> {
                CType ct = index(s.types, i.typeIndex(), "type", "type");
                if (!(ct instanceof CType.Instance is)) throw new ValidationError("type index " + i.typeIndex() + " is not an instance type");
                needs.addAll(s.typeNeeds.get(i.typeIndex()));
                yield new ExternT.Instance(is.sig());
            }
            case ExternDesc.Component c -> {
                CType ct = index(s.types, c.typeIndex(), "type", "type");
                if (!(ct instanceof CType.Component cs)) throw new ValidationError("type index " + c.typeIndex() + " is not a component type");
                needs.addAll(s.typeNeeds.get(c.typeIndex()));
                yield new ExternT.Component(cs.sig());
            }
            case ExternDesc.CoreModule m -> {
                Object ct = index(s.coreTypes, m.coreTypeIndex(), "core type", "type");
                if (!(ct instanceof ModuleSig ms)) throw new ValidationError("core type index " + m.coreTypeIndex() + " is not a module type");
                yield new ExternT.Module(ms);
            }
            case ExternDesc.Value v -> {
                TypeResolver.Resolved r = v.eqValue() >= 0 ? null : TypeResolver.valType(s, v.type());
                if (r != null) needs.addAll(r.needs());
                yield r != null ? new ExternT.Value(r.type()) : (ExternT.Value) index(s.values, v.eqValue(), "value", "value");
            }
        };
    }

    // ---- start

    private void start(Scope s, Definition.Start st) {
        FuncSig f = index(s.funcs, st.func(), "func", "function");
        if (f.params().size() != st.args().size()) {
            throw new ValidationError("component start function requires " + f.params().size() + " arguments but was given "
                    + st.args().size());
        }
        for (int i = 0; i < st.args().size(); i++) {
            int vi = st.args().get(i);
            ExternT.Value v = (ExternT.Value) item(s, new SortIndex(Sort.VALUE, vi), true).type();
            Subtyping.plain().value(v.type(), f.params().get(i).type(), false);
        }
        int results = f.result() == null ? 0 : 1;
        if (st.results() != results) {
            throw new ValidationError("component start function has a result count of " + results
                    + " but the function type has a result count of " + st.results());
        }
        if (f.result() != null) s.addValue(new ExternT.Value(f.result()));
    }
}
