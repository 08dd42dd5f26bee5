package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import dev.weft.component.internal.model.ComponentAst;
import dev.weft.component.internal.model.DefType;
import dev.weft.engine.FuncType;
import dev.weft.engine.Module;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What validation learned about one component definition, for the instantiation runtime. Lists are
 * indexed like the component's index spaces.
 *
 * <p>Resource types appear as placeholder {@link ResourceType}s: {@link #definedResources} are the
 * ones this component defines (with their representation and destructor), {@code
 * type().importedResources()} the ones its imports bind. Each instance should create real resource
 * types for the defined ones and map imported ones to what it was given, then apply a
 * {@link ResourceSubstitution} to the types here.
 *
 * @param ast the decoded component
 * @param type the component's type (imports and exports)
 * @param funcs the type of every component func index
 * @param types every component type index
 * @param instances the type of every component instance index
 * @param components the type of every component index
 * @param nested the validation of each nested component definition, by component index (null for
 *     components that are imported or aliased)
 * @param coreModules the compiled core module of each core module index (null for imported or aliased ones)
 * @param coreFuncs the core type of every core func index (lowered functions and built-ins included)
 * @param definedResources the resource types defined in this component, in definition order
 */
public record ValidatedComponent(ComponentAst ast, ComponentSig type, List<FuncSig> funcs, List<CType> types,
                                 List<InstanceSig> instances, List<ComponentSig> components,
                                 List<ValidatedComponent> nested, List<Module> coreModules,
                                 List<FuncType> coreFuncs, Map<ResourceType, DefType.Resource> definedResources) {
    public ValidatedComponent {
        funcs = List.copyOf(funcs);
        types = List.copyOf(types);
        instances = List.copyOf(instances);
        components = List.copyOf(components);
        nested = Collections.unmodifiableList(new java.util.ArrayList<>(nested));
        coreModules = Collections.unmodifiableList(new java.util.ArrayList<>(coreModules));
        coreFuncs = List.copyOf(coreFuncs);
        definedResources = Collections.unmodifiableMap(new LinkedHashMap<>(definedResources));
    }
}
