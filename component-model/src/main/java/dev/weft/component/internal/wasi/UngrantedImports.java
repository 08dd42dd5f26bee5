package dev.weft.component.internal.wasi;

import dev.weft.component.ComponentFuncType;
import dev.weft.component.ComponentLinker;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.wit.Resolve;
import dev.weft.component.wit.TypeDef;
import dev.weft.component.wit.WitFunction;
import dev.weft.component.wit.WitInterface;
import dev.weft.component.wit.WitType;
import dev.weft.component.wit.WitWorld;
import dev.weft.component.wit.WorldItem;
import dev.weft.engine.TrapException;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interfaces a component imports that the WASI host does not grant (wasi:http, wasi:sockets, or any
 * other), defined with the types the component expects and functions that trap, naming themselves,
 * when called. Lets a component that imports more than it uses run (componentize-js's JavaScript
 * components import wasi:http/types for their Headers class even when they never make a request).
 * Resources the ungranted interfaces {@code use} from granted ones (streams, pollables) are the host's own.
 */
final class UngrantedImports {
    private final WasiHost host;
    private final Map<TypeDef, ResourceType> resources = new IdentityHashMap<>();

    private UngrantedImports(WasiHost host) { this.host = host; }

    static void define(WasiHost host, ComponentLinker linker, Resolve component) {
        UngrantedImports u = new UngrantedImports(host);
        WitWorld world = component.mainPackage().worlds().values().iterator().next();
        for (WorldItem item : world.imports().values()) {
            if (item instanceof WorldItem.InterfaceItem ii && !host.grants(unversioned(ii.iface()))) {
                u.define(linker.instance(ii.iface().qualifiedName()), ii.iface());
            }
        }
    }

    private void define(ComponentLinker.HostInstance in, WitInterface iface) {
        for (Map.Entry<String, TypeDef> e : iface.types().entrySet()) {
            TypeDef def = e.getValue().unaliased();
            if (def.isResource()) in.resource(e.getKey(), resource(def), null);
            else in.type(e.getKey(), type(new WitType.Ref(e.getValue())));
        }
        for (Map.Entry<String, WitFunction> e : iface.functions().entrySet()) {
            WitFunction f = e.getValue();
            List<ComponentFuncType.Param> params = new ArrayList<>();
            for (WitFunction.Param p : f.params()) params.add(new ComponentFuncType.Param(p.name(), type(p.type())));
            String what = iface.qualifiedName() + "#" + e.getKey();
            in.func(e.getKey(), ComponentFuncType.of(params, f.result() == null ? null : type(f.result())), args -> {
                throw new TrapException(what + " was called, but " + unversioned(iface) + " is not granted");
            });
        }
    }

    /** The host's own resource type for a granted interface's resource, else one made for this import. */
    private ResourceType resource(TypeDef def) {
        TypeDef d = def.unaliased();
        WitInterface owner = d.ownerInterface();
        ResourceType granted = owner == null ? null : host.types.granted(unversioned(owner), d.name());
        return granted != null ? granted : resources.computeIfAbsent(d, r -> ResourceType.host(r.name()));
    }

    private Type type(WitType t) {
        return switch (t) {
            case WitType.Primitive p -> Type.Primitive.valueOf(p.name());
            case WitType.ListType l -> new Type.ListType(type(l.element()), l.length());
            case WitType.OptionType o -> new Type.OptionType(type(o.some()));
            case WitType.ResultType r -> new Type.ResultType(r.ok() == null ? null : type(r.ok()),
                    r.err() == null ? null : type(r.err()));
            case WitType.TupleType tu -> new Type.TupleType(tu.elements().stream().map(this::type).toList());
            case WitType.MapType m -> new Type.MapType(type(m.key()), type(m.value()));
            case WitType.HandleType h -> h.borrow() ? new Type.Borrow(resource(h.resource()))
                    : new Type.Own(resource(h.resource()));
            case WitType.FutureType f -> new Type.FutureType(f.payload() == null ? null : type(f.payload()));
            case WitType.StreamType s -> new Type.StreamType(s.payload() == null ? null : type(s.payload()));
            case WitType.Ref ref -> defined(ref.def());
        };
    }

    private Type defined(TypeDef def) {
        return switch (def.kind()) {
            case TypeDef.Alias a -> type(a.target());
            case TypeDef.Record r -> new Type.RecordType(r.fields().stream()
                    .map(f -> new Type.Field(f.name(), type(f.type()))).toList());
            case TypeDef.Variant v -> new Type.VariantType(v.cases().stream()
                    .map(c -> new Type.Case(c.name(), c.type() == null ? null : type(c.type()))).toList());
            case TypeDef.Enum e -> new Type.EnumType(e.cases());
            case TypeDef.Flags f -> new Type.FlagsType(f.flags());
            case TypeDef.Resource r -> new Type.Own(resource(def));
        };
    }

    private static String unversioned(WitInterface iface) {
        return iface.pkg().name().unversioned() + "/" + iface.name();
    }
}
