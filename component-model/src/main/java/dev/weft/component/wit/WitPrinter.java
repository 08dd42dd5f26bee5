package dev.weft.component.wit;

import dev.weft.component.internal.wit.Identifiers;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints resolved WIT back as WIT text: the main package at top level and every other package as a
 * nested {@code package … { }} block, so the output parses and resolves on its own (gated-out items
 * are gone, included worlds appear merged, implicit imports explicit).
 */
public final class WitPrinter {
    private final StringBuilder out = new StringBuilder();
    private WitPackage current;

    private WitPrinter() {}

    /** The whole resolve as one WIT document. */
    public static String print(Resolve resolve) {
        WitPrinter p = new WitPrinter();
        WitPackage main = resolve.mainPackage();
        p.docs(main.docs(), "");
        p.out.append("package ").append(packageName(main.name())).append(";\n");
        p.body(main, "");
        for (WitPackage pkg : resolve.packages()) {
            if (pkg == main) continue;
            p.out.append('\n');
            p.docs(pkg.docs(), "");
            p.out.append("package ").append(packageName(pkg.name())).append(" {\n");
            p.body(pkg, "  ");
            p.out.append("}\n");
        }
        return p.out.toString();
    }

    private void body(WitPackage pkg, String indent) {
        current = pkg;
        for (WitInterface i : pkg.interfaces().values()) {
            out.append('\n');
            docs(i.docs(), indent);
            gate(i.stability(), indent);
            out.append(indent).append("interface ").append(id(i.name())).append(" {\n");
            interfaceItems(i, indent + "  ");
            out.append(indent).append("}\n");
        }
        for (WitWorld w : pkg.worlds().values()) {
            out.append('\n');
            docs(w.docs(), indent);
            gate(w.stability(), indent);
            out.append(indent).append("world ").append(id(w.name())).append(" {\n");
            world(w, indent + "  ");
            out.append(indent).append("}\n");
        }
    }

    private void interfaceItems(WitInterface i, String indent) {
        for (TypeDef t : i.types().values()) typeDef(t, i.functions(), indent);
        for (WitFunction f : i.functions().values()) {
            if (f.kind() != WitFunction.Kind.FREESTANDING) continue;
            docs(f.docs(), indent);
            gate(f.stability(), indent);
            out.append(indent).append(id(f.name())).append(": ").append(signature(f)).append(";\n");
        }
    }

    private void world(WitWorld w, String indent) {
        Map<String, WitFunction> worldFunctions = new java.util.LinkedHashMap<>();
        for (WorldItem item : w.imports().values()) {
            if (item instanceof WorldItem.FunctionItem(WitFunction f)) worldFunctions.put(f.name(), f);
        }
        for (Map.Entry<WorldKey, WorldItem> e : w.imports().entrySet()) {
            if (e.getValue() instanceof WorldItem.TypeItem(TypeDef t)) typeDef(t, worldFunctions, indent);
        }
        side("import", w.imports(), indent);
        side("export", w.exports(), indent);
    }

    private void side(String verb, Map<WorldKey, WorldItem> items, String indent) {
        for (Map.Entry<WorldKey, WorldItem> e : items.entrySet()) {
            switch (e.getValue()) {
                case WorldItem.TypeItem t -> { }
                case WorldItem.FunctionItem(WitFunction f) -> {
                    if (f.kind() != WitFunction.Kind.FREESTANDING) continue;
                    docs(f.docs(), indent);
                    gate(f.stability(), indent);
                    out.append(indent).append(verb).append(' ').append(id(f.name())).append(": ")
                            .append(signature(f)).append(";\n");
                }
                case WorldItem.InterfaceItem ii -> {
                    gate(ii.stability(), indent);
                    out.append(indent).append(verb).append(' ');
                    if (e.getKey() instanceof WorldKey.Name(String label)) {
                        out.append(id(label)).append(": ");
                        if (ii.iface().name() == null) {
                            out.append("interface {\n");
                            interfaceItems(ii.iface(), indent + "  ");
                            out.append(indent).append("}\n");
                            continue;
                        }
                    }
                    out.append(path(ii.iface())).append(";\n");
                }
            }
        }
    }

    private void typeDef(TypeDef t, Map<String, WitFunction> functions, String indent) {
        docs(t.docs(), indent);
        gate(t.stability(), indent);
        String name = id(t.name());
        switch (t.kind()) {
            case TypeDef.Alias(WitType.Ref(TypeDef target)) when target.ownerInterface() != null
                    && target.ownerInterface() != t.ownerInterface() -> {
                out.append(indent).append("use ").append(path(target.ownerInterface())).append(".{").append(id(target.name()));
                if (!target.name().equals(t.name())) out.append(" as ").append(name);
                out.append("};\n");
            }
            case TypeDef.Alias a -> out.append(indent).append("type ").append(name).append(" = ").append(type(a.target())).append(";\n");
            case TypeDef.Record r -> {
                out.append(indent).append("record ").append(name).append(" {\n");
                for (TypeDef.Field f : r.fields()) {
                    docs(f.docs(), indent + "  ");
                    out.append(indent).append("  ").append(id(f.name())).append(": ").append(type(f.type())).append(",\n");
                }
                out.append(indent).append("}\n");
            }
            case TypeDef.Variant v -> {
                out.append(indent).append("variant ").append(name).append(" {\n");
                for (TypeDef.Case c : v.cases()) {
                    docs(c.docs(), indent + "  ");
                    out.append(indent).append("  ").append(id(c.name()));
                    if (c.type() != null) out.append('(').append(type(c.type())).append(')');
                    out.append(",\n");
                }
                out.append(indent).append("}\n");
            }
            case TypeDef.Enum e -> out.append(indent).append("enum ").append(name).append(" { ")
                    .append(e.cases().stream().map(WitPrinter::id).collect(Collectors.joining(", "))).append(" }\n");
            case TypeDef.Flags f -> out.append(indent).append("flags ").append(name).append(" { ")
                    .append(f.flags().stream().map(WitPrinter::id).collect(Collectors.joining(", "))).append(" }\n");
            case TypeDef.Resource r -> resource(t, functions, indent);
        }
    }

    private void resource(TypeDef r, Map<String, WitFunction> functions, String indent) {
        List<WitFunction> own = functions.values().stream().filter(f -> f.resource() == r).toList();
        out.append(indent).append("resource ").append(id(r.name()));
        if (own.isEmpty()) {
            out.append(";\n");
            return;
        }
        out.append(" {\n");
        String inner = indent + "  ";
        for (WitFunction f : own) {
            docs(f.docs(), inner);
            gate(f.stability(), inner);
            out.append(inner);
            switch (f.kind()) {
                case CONSTRUCTOR -> {
                    out.append("constructor(").append(params(f.params())).append(')');
                    if (f.result() instanceof WitType.ResultType) out.append(" -> ").append(type(f.result()));
                }
                case METHOD -> out.append(id(f.itemName())).append(": ")
                        .append(signature(f, f.params().subList(1, f.params().size())));
                case STATIC -> out.append(id(f.itemName())).append(": static ").append(signature(f));
                case FREESTANDING -> throw new IllegalStateException("not a resource function: " + f.name());
            }
            out.append(";\n");
        }
        out.append(indent).append("}\n");
    }

    private String signature(WitFunction f) { return signature(f, f.params()); }

    private String signature(WitFunction f, List<WitFunction.Param> params) {
        return (f.isAsync() ? "async " : "") + "func(" + params(params) + ")"
                + (f.result() == null ? "" : " -> " + type(f.result()));
    }

    private String params(List<WitFunction.Param> params) {
        return params.stream().map(p -> id(p.name()) + ": " + type(p.type())).collect(Collectors.joining(", "));
    }

    private String type(WitType t) {
        return switch (t) {
            case WitType.Primitive p -> p.witName();
            case WitType.Ref r -> id(r.def().name());
            case WitType.ListType l -> "list<" + type(l.element()) + (l.isFixed() ? ", " + l.length() : "") + ">";
            case WitType.OptionType o -> "option<" + type(o.some()) + ">";
            case WitType.ResultType r -> {
                if (r.ok() == null && r.err() == null) yield "result";
                if (r.err() == null) yield "result<" + type(r.ok()) + ">";
                yield "result<" + (r.ok() == null ? "_" : type(r.ok())) + ", " + type(r.err()) + ">";
            }
            case WitType.TupleType tu -> "tuple<" + tu.elements().stream().map(this::type).collect(Collectors.joining(", ")) + ">";
            case WitType.MapType m -> "map<" + type(m.key()) + ", " + type(m.value()) + ">";
            case WitType.HandleType h -> (h.borrow() ? "borrow<" : "own<") + id(h.resource().name()) + ">";
            case WitType.FutureType f -> f.payload() == null ? "future" : "future<" + type(f.payload()) + ">";
            case WitType.StreamType s -> s.payload() == null ? "stream" : "stream<" + type(s.payload()) + ">";
        };
    }

    /** How an interface is named from the package being printed. */
    private String path(WitInterface i) {
        if (i.pkg() == current) return id(i.name());
        PackageName p = i.pkg().name();
        return id(p.namespace()) + ":" + id(p.name()) + "/" + id(i.name()) + (p.version() == null ? "" : "@" + p.version());
    }

    private static String packageName(PackageName p) {
        return id(p.namespace()) + ":" + id(p.name()) + (p.version() == null ? "" : "@" + p.version());
    }

    private void gate(Stability s, String indent) {
        // An item from another package may carry a @since of that package's versions: not this one's.
        String version = current.name().version();
        if (s.since() != null && version != null && Versions.compare(s.since(), version) <= 0) {
            out.append(indent).append("@since(version = ").append(s.since()).append(")\n");
        }
        if (s.feature() != null) out.append(indent).append("@unstable(feature = ").append(s.feature()).append(")\n");
        if (s.deprecated() != null) out.append(indent).append("@deprecated(version = ").append(s.deprecated()).append(")\n");
    }

    private void docs(String docs, String indent) {
        if (docs == null) return;
        for (String line : docs.split("\n", -1)) out.append(indent).append("///").append(line.isEmpty() ? "" : " " + line).append('\n');
    }

    /** A name, escaped with {@code %} when it is spelled like a keyword. */
    private static String id(String name) {
        return Identifiers.isKeyword(name) ? "%" + name : name;
    }
}
