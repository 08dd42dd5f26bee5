package dev.weft.component.internal.runtime;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.internal.abi.CanonicalOptions;
import dev.weft.component.internal.abi.InstanceState;
import dev.weft.component.internal.abi.ResourceDestructor;
import dev.weft.component.internal.abi.ResourceRegistry;
import dev.weft.component.internal.model.Alias;
import dev.weft.component.internal.model.BuiltinKind;
import dev.weft.component.internal.model.Canon;
import dev.weft.component.internal.model.CoreType;
import dev.weft.component.internal.model.DefType;
import dev.weft.component.internal.model.Definition;
import dev.weft.component.internal.model.Sort;
import dev.weft.component.internal.model.SortIndex;
import dev.weft.component.internal.model.ValType;
import dev.weft.component.internal.validate.CType;
import dev.weft.component.internal.validate.ExternT;
import dev.weft.component.internal.validate.FuncSig;
import dev.weft.component.internal.validate.ValidatedComponent;
import dev.weft.engine.Engine;
import dev.weft.engine.Extern;
import dev.weft.engine.Func;
import dev.weft.engine.LinkException;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Instantiates a validated component: walks its definitions in order, building each index space
 * with runtime values (core modules and instances through the engine's public API, nested
 * component instances recursively, aliases, canon lift/lower and built-ins, imports, exports),
 * and gives every resource type the component defines a fresh identity for this instance.
 */
public final class Instantiator {
    private final Engine engine;
    private final ResourceRegistry registry;

    public Instantiator(Engine engine, ResourceRegistry registry) {
        this.engine = engine;
        this.registry = registry;
    }

    /**
     * Instantiates a top-level component with the host's definitions; every import must be
     * provided (by exact name or a semver-compatible version) with the right sort and type.
     */
    public InstanceValue instantiateRoot(ValidatedComponent component, Map<String, Object> provided) {
        return instantiate(new ComponentValue(component, null), provided, true, null);
    }

    private InstanceValue instantiate(ComponentValue component, Map<String, Object> provided, boolean checkImports,
                                      InstanceNode parent) {
        ValidatedComponent v = component.validated();
        Frame frame = new Frame(v, component.enclosing(), new InstanceState(registry), parent);
        Map<String, Object> exports = new LinkedHashMap<>();
        for (Definition d : v.ast().definitions()) define(frame, d, provided, checkImports, exports);
        return new InstanceValue(exports);
    }

    private void define(Frame frame, Definition d, Map<String, Object> provided, boolean checkImports,
                        Map<String, Object> exports) {
        ValidatedComponent v = frame.validated;
        switch (d) {
            case Definition.CoreModule m -> frame.add(Sort.CORE_MODULE, v.coreModules().get(frame.size(Sort.CORE_MODULE)));
            case Definition.CoreInstantiate ci -> {
                Linker linker = Linker.create(engine);
                for (Definition.CoreInstantiateArg arg : ci.args()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Extern> instance = (Map<String, Extern>) frame.get(Sort.CORE_INSTANCE, arg.instance());
                    instance.forEach((name, e) -> linker.define(arg.name(), name, e));
                }
                Module module = (Module) frame.get(Sort.CORE_MODULE, ci.module());
                frame.add(Sort.CORE_INSTANCE, linker.instantiate(module).exports());
            }
            case Definition.CoreInstanceFromExports ce -> {
                Map<String, Extern> instance = new LinkedHashMap<>();
                for (Definition.CoreInlineExport e : ce.exports()) {
                    instance.put(e.name(), (Extern) frame.get(e.target().sort(), e.target().index()));
                }
                frame.add(Sort.CORE_INSTANCE, instance);
            }
            case Definition.CoreTypeDef t -> {
                int n = t.type() instanceof CoreType.Rec r ? r.types().size() : 1;
                for (int i = 0; i < n; i++) frame.add(Sort.CORE_TYPE, t.type());
            }
            case Definition.Component c -> frame.add(Sort.COMPONENT,
                    new ComponentValue(v.nested().get(frame.size(Sort.COMPONENT)), frame));
            case Definition.Instantiate in -> {
                Map<String, Object> args = new LinkedHashMap<>();
                for (Definition.InstantiateArg a : in.args()) args.put(a.name(), get(frame, a.target()));
                ComponentValue c = (ComponentValue) frame.get(Sort.COMPONENT, in.component());
                add(frame, Sort.INSTANCE, instantiate(c, args, false, frame.node));
            }
            case Definition.InstanceFromExports ie -> {
                Map<String, Object> instance = new LinkedHashMap<>();
                for (Definition.InlineExport e : ie.exports()) instance.put(e.name().name(), get(frame, e.target()));
                add(frame, Sort.INSTANCE, new InstanceValue(instance));
            }
            case Definition.AliasDef a -> alias(frame, a.alias());
            case Definition.TypeDef t -> defineType(frame, t.type());
            case Definition.CanonDef c -> canon(frame, c.canon());
            case Definition.Start s -> {
                FuncValue f = (FuncValue) frame.get(Sort.FUNC, s.func());
                List<Val> args = new ArrayList<>();
                for (int i : s.args()) args.add((Val) frame.get(Sort.VALUE, i));
                Val result = f.call(args, null, null);
                if (s.results() > 0) frame.add(Sort.VALUE, result);
            }
            case Definition.Import im -> {
                String name = im.name().name();
                Object value = VersionedNames.find(provided, name);
                ExternT expected = v.type().imports().get(name);
                if (value == null) value = typesOnlyInstance(expected);
                if (value == null) throw new LinkException("unknown import", name);
                if (expected != null) {
                    Binding.bind(frame, name, expected, value);
                    if (checkImports) Binding.check(frame, name, expected, value);
                }
                add(frame, im.desc().sort(), value);
            }
            case Definition.Export ex -> {
                Object value = get(frame, ex.target());
                exports.put(ex.name().name(), value);
                add(frame, ex.target().sort(), value);
            }
            case Definition.Value val -> throw new LinkException("not supported yet", "component value definitions");
            case Definition.Custom c -> { }
        }
    }

    /**
     * An interface that only defines value types (no functions, no resources) carries nothing at
     * run time, so its import is satisfied without being provided: by an instance of those types.
     */
    private static InstanceValue typesOnlyInstance(ExternT expected) {
        if (!(expected instanceof ExternT.Instance i)) return null;
        Map<String, Object> exports = new LinkedHashMap<>();
        for (Map.Entry<String, ExternT> e : i.sig().exports().entrySet()) {
            if (!Binding.isValueType(e.getValue())) return null;
            exports.put(e.getKey(), ((ExternT.TypeOf) e.getValue()).type());
        }
        return new InstanceValue(exports);
    }

    private static Object get(Frame frame, SortIndex target) { return frame.get(target.sort(), target.index()); }

    /** Adds to an index space, binding the placeholders of new type and instance indices. */
    private static void add(Frame frame, Sort sort, Object value) {
        int index = frame.add(sort, value);
        if (sort == Sort.TYPE) {
            Binding.bindType(frame, index, value);
        } else if (sort == Sort.INSTANCE && value instanceof InstanceValue iv) {
            Binding.bind(frame, "instance " + index, frame.validated.instances().get(index), iv);
        }
    }

    private static void alias(Frame frame, Alias alias) {
        switch (alias) {
            case Alias.InstanceExport e -> {
                InstanceValue instance = (InstanceValue) frame.get(Sort.INSTANCE, e.instance());
                Object value = instance.exports().get(e.name());
                if (value == null && e.sort() == Sort.TYPE) {
                    // a value type the provider left out: the type validation gave the alias
                    value = frame.substitution().apply(frame.validated.types().get(frame.size(Sort.TYPE)));
                }
                add(frame, e.sort(), value);
            }
            case Alias.CoreInstanceExport e -> {
                @SuppressWarnings("unchecked")
                Map<String, Extern> instance = (Map<String, Extern>) frame.get(Sort.CORE_INSTANCE, e.instance());
                frame.add(e.sort(), instance.get(e.name()));
            }
            case Alias.Outer o -> add(frame, o.sort(), frame.outer(o.count()).get(o.sort(), o.index()));
        }
    }

    private void defineType(Frame frame, DefType type) {
        int index = frame.size(Sort.TYPE);
        CType validated = frame.validated.types().get(index);
        if (type instanceof DefType.Resource r && validated instanceof CType.Resource placeholder) {
            // every instantiation defines a new resource type
            ResourceType real = ResourceType.host(resourceName(frame, index, placeholder.resource()));
            ResourceDestructor dtor = r.destructor() < 0 ? null
                    : ResourceDestructor.ofCore((Func) frame.get(Sort.CORE_FUNC, r.destructor()));
            registry.defineGuest(real, frame.state, dtor);
            add(frame, Sort.TYPE, real);
        } else {
            add(frame, Sort.TYPE, frame.substitution().apply(validated));
        }
    }

    /** The name a defined resource type is exported under, for messages and debugging. */
    private static String resourceName(Frame frame, int typeIndex, ResourceType placeholder) {
        for (Definition d : frame.validated.ast().definitions()) {
            if (d instanceof Definition.Export e && e.target().sort() == Sort.TYPE && e.target().index() == typeIndex) {
                return e.name().name();
            }
        }
        return placeholder.name();
    }

    private void canon(Frame frame, Canon canon) {
        InstanceState state = frame.state;
        switch (canon) {
            case Canon.Lift l -> {
                FuncSig sig = frame.substitution().apply(frame.validated.funcs().get(frame.size(Sort.FUNC)));
                Func core = (Func) frame.get(Sort.CORE_FUNC, l.coreFunc());
                if (CanonOptions.async(l.options())) {
                    frame.add(Sort.FUNC, new AsyncLiftedFunc(sig, core, CanonOptions.callback(frame, l.options()),
                            CanonOptions.resolve(frame, l.options()), frame.node, frame.context));
                } else {
                    CanonicalOptions opts = CanonOptions.resolve(frame, l.options());
                    frame.add(Sort.FUNC, new LiftedFunc(sig, core, opts, frame.node, frame.context));
                }
            }
            case Canon.Lower l -> {
                FuncValue callee = (FuncValue) frame.get(Sort.FUNC, l.func());
                CanonicalOptions opts = CanonOptions.resolve(frame, l.options());
                frame.add(Sort.CORE_FUNC, CanonOptions.async(l.options())
                        ? LoweredFunc.createAsync(callee, opts, frame.node, coreType(frame))
                        : LoweredFunc.create(callee, opts, frame.node));
            }
            case Canon.ResourceNew r -> frame.add(Sort.CORE_FUNC, Builtins.resourceNew(state, resource(frame, r.typeIndex())));
            case Canon.ResourceRep r -> frame.add(Sort.CORE_FUNC, Builtins.resourceRep(state, resource(frame, r.typeIndex())));
            case Canon.ResourceDrop r -> frame.add(Sort.CORE_FUNC, Builtins.resourceDrop(state, resource(frame, r.typeIndex())));
            case Canon.TaskReturn t -> frame.add(Sort.CORE_FUNC, Builtins.taskReturn(state, frame.context, coreType(frame),
                    t.result() == null ? null : valType(frame, t.result()), CanonOptions.resolve(frame, t.options())));
            case Canon.Context c when c.kind() == BuiltinKind.CONTEXT_GET -> frame.add(Sort.CORE_FUNC, Builtins.contextGet(frame.context, c));
            case Canon.Context c -> frame.add(Sort.CORE_FUNC, Builtins.contextSet(frame.context, c));
            case Canon.Simple s when s.kind() == BuiltinKind.BACKPRESSURE_INC ->
                    frame.add(Sort.CORE_FUNC, Builtins.backpressure(frame.backpressure, true));
            case Canon.Simple s when s.kind() == BuiltinKind.BACKPRESSURE_DEC ->
                    frame.add(Sort.CORE_FUNC, Builtins.backpressure(frame.backpressure, false));
            default -> frame.add(Sort.CORE_FUNC, Builtins.unsupported(state, coreType(frame), canon));
        }
    }

    /** The core type validation gave the core func index about to be defined. */
    private static dev.weft.engine.FuncType coreType(Frame frame) {
        return frame.validated.coreFuncs().get(frame.size(Sort.CORE_FUNC));
    }

    /** A written value type as this instance sees it. */
    private static Type valType(Frame frame, ValType t) {
        return switch (t) {
            case ValType.Primitive p -> p.type();
            case ValType.Indexed i -> ((CType.Value) frame.get(Sort.TYPE, i.typeIndex())).type();
        };
    }

    private static ResourceType resource(Frame frame, int typeIndex) {
        Object t = frame.get(Sort.TYPE, typeIndex);
        if (t instanceof CType.Resource r) return frame.real(r.resource());
        return (ResourceType) t;
    }
}
