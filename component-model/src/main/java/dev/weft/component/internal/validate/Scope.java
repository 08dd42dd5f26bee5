package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.internal.model.DefType;
import dev.weft.engine.FuncType;
import dev.weft.engine.GlobalType;
import dev.weft.engine.MemoryType;
import dev.weft.engine.Module;
import dev.weft.engine.TableType;
import dev.weft.engine.TagType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index spaces and bookkeeping of one validation scope: a component definition, a component
 * type or an instance type. Outer aliases reach enclosing scopes through {@link #parent}.
 *
 * <p>Besides the types, every type and func entry records its {@code needs}: the identities of the
 * nominal types (records, variants, enums, flags, resources) it mentions that must be named by an
 * import or export before the entry may itself be imported or exported. Importing or exporting a
 * type gives the new index a fresh, named identity.
 */
final class Scope {
    enum Kind { COMPONENT, COMPONENT_TYPE, INSTANCE_TYPE }

    final Kind kind;
    final Scope parent;

    // component-level index spaces
    final List<CType> types = new ArrayList<>();
    final List<Set<Object>> typeNeeds = new ArrayList<>();
    /** The nominal identity of each type index (null for structural types). */
    final List<Object> typeIds = new ArrayList<>();
    final List<FuncSig> funcs = new ArrayList<>();
    final List<Set<Object>> funcNeeds = new ArrayList<>();
    final List<ExternT> values = new ArrayList<>();
    final List<Boolean> valueUsed = new ArrayList<>();
    final List<InstanceSig> instances = new ArrayList<>();
    final List<Set<Object>> instanceNeeds = new ArrayList<>();
    /** For instances that were imported or exported: the named set their exported types join. */
    final Map<Integer, Set<Object>> instanceNaming = new HashMap<>();
    final List<ComponentSig> components = new ArrayList<>();
    final List<ValidatedComponent> componentDefs = new ArrayList<>();

    // core index spaces
    final List<Object> coreTypes = new ArrayList<>(); // FuncType, ModuleSig or another CoreTypeEntry
    final List<FuncType> coreFuncs = new ArrayList<>();
    final List<TableType> coreTables = new ArrayList<>();
    final List<MemoryType> coreMemories = new ArrayList<>();
    /** Whether each core memory is shared (not part of the engine's memory type). */
    final List<Boolean> coreMemoryShared = new ArrayList<>();
    final List<GlobalType> coreGlobals = new ArrayList<>();
    final List<TagType> coreTags = new ArrayList<>();
    final List<ModuleSig> coreModules = new ArrayList<>();
    final List<Module> compiledModules = new ArrayList<>();
    final List<CoreInstanceSig> coreInstances = new ArrayList<>();

    // imports and exports
    final Map<String, ExternT> imports = new LinkedHashMap<>();
    final Map<String, ExternT> exports = new LinkedHashMap<>();
    final Map<String, String> importKeys = new HashMap<>();
    final Map<String, String> exportKeys = new HashMap<>();
    /** Resource types imported/exported under a plain name, for {@code [method]r.m} etc. */
    final Map<String, AnnotatedNames.NamedResource> importedResourceNames = new HashMap<>();
    final Map<String, AnnotatedNames.NamedResource> exportedResourceNames = new HashMap<>();

    /** In an instance type: what its export declarators need named, left for users of the type to check. */
    final Set<Object> instanceTypeNeeds = ResourceSubstitution.identitySetOfObjects();

    /**
     * Nominal types (record/variant/enum/flags types, structurally, and resource types) that an import
     * or export of this component has exposed, directly or inside an instance.
     */
    final Set<Object> exposedTypes = new java.util.HashSet<>();

    /** Resources bound by imports (and, in types, by import declarators). */
    final List<ResourceType> importedResources = new ArrayList<>();
    /** Resources introduced by export declarators of a type (abstract for its users). */
    final List<ResourceType> exportedResources = new ArrayList<>();
    /** Resources defined by {@code (type (resource …))} here. */
    final Map<ResourceType, DefType.Resource> definedResources = new LinkedHashMap<>();

    /** Nominal identities named by imports (usable by imports and exports) and by exports. */
    final Set<Object> namedByImport = ResourceSubstitution.identitySetOfObjects();
    final Set<Object> namedByExport = ResourceSubstitution.identitySetOfObjects();

    /** Tree size and depth of value types, by identity; shared by all scopes of one validation. */
    final Map<Type, long[]> typeMetrics;

    Scope(Kind kind, Scope parent) {
        this.kind = kind;
        this.parent = parent;
        this.typeMetrics = parent == null ? new java.util.IdentityHashMap<>() : parent.typeMetrics;
    }

    boolean isType() { return kind != Kind.COMPONENT; }

    void addType(CType t, Set<Object> needs, Object id) {
        types.add(t);
        typeNeeds.add(needs);
        typeIds.add(id);
    }

    void addFunc(FuncSig f, Set<Object> needs) {
        funcs.add(f);
        funcNeeds.add(needs);
    }

    void addInstance(InstanceSig s, Set<Object> needs) {
        instances.add(s);
        instanceNeeds.add(needs);
    }

    void addValue(ExternT.Value v) {
        values.add(v);
        valueUsed.add(false);
    }
}
