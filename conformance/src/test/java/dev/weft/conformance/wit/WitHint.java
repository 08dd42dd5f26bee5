package dev.weft.conformance.wit;

import dev.weft.component.wit.Resolve;
import dev.weft.component.wit.TypeDef;
import dev.weft.component.wit.WitFunction;
import dev.weft.component.wit.WitInterface;
import dev.weft.component.wit.WitPackage;
import dev.weft.component.wit.WitType;
import dev.weft.component.wit.WitWorld;
import dev.weft.component.wit.WorldItem;
import dev.weft.component.wit.WorldKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares a {@link Resolve} with the {@code .wit.json} hint of a UI test case. Both sides are
 * rendered to the same canonical text (names of packages, interfaces, worlds, types with their
 * structure, function signatures, world items); the hint's own layout (type arenas, indices) is not
 * reproduced. References to resources are compared as owned handles on both sides, since the hint
 * writes a plain resource name as an anonymous {@code own} handle while Weft keeps the reference.
 */
final class WitHint {
    private final Map<String, Object> root;
    private final List<Object> jtypes;
    private final List<Object> jifaces;
    private final List<Object> jworlds;
    private final List<Object> jpkgs;

    @SuppressWarnings("unchecked")
    private WitHint(Object json) {
        root = (Map<String, Object>) json;
        jtypes = (List<Object>) root.get("types");
        jifaces = (List<Object>) root.get("interfaces");
        jworlds = (List<Object>) root.get("worlds");
        jpkgs = (List<Object>) root.get("packages");
    }

    /** The first difference found, or null when the resolve agrees with the hint. */
    static String compare(Resolve r, Object json) {
        WitHint h = new WitHint(json);
        Map<String, String> expected = h.expected();
        Map<String, String> actual = actual(r);
        for (String k : new TreeSet<>(union(expected.keySet(), actual.keySet()))) {
            String e = expected.get(k);
            String a = actual.get(k);
            if (e == null || !e.equals(a)) return k + ": resolved " + a + ", hint says " + e;
        }
        return null;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    // ---- Weft's side

    /** The canonical rendering of a resolve: what {@link #compare} matches against the hint. */
    static Map<String, String> canonical(Resolve r) { return actual(r); }

    private static Map<String, String> actual(Resolve r) {
        Map<String, String> out = new TreeMap<>();
        for (WitPackage p : r.packages()) {
            out.put("package " + p.name(), "interfaces " + new TreeSet<>(p.interfaces().keySet()) + " worlds "
                    + new TreeSet<>(p.worlds().keySet()));
            for (WitInterface i : p.interfaces().values()) describe(i, "interface " + i.qualifiedName(), out);
            for (WitWorld w : p.worlds().values()) {
                for (String side : List.of("import", "export")) {
                    Map<WorldKey, WorldItem> items = side.equals("import") ? w.imports() : w.exports();
                    for (Map.Entry<WorldKey, WorldItem> e : items.entrySet()) {
                        String key = "world " + w.qualifiedName() + " " + side + " " + e.getKey().externalName();
                        out.put(key, item(e.getValue(), key, out));
                    }
                }
            }
        }
        return out;
    }

    private static void describe(WitInterface i, String key, Map<String, String> out) {
        out.put(key, "types " + new TreeSet<>(i.types().keySet()) + " functions " + new TreeSet<>(i.functions().keySet()));
        for (TypeDef t : i.types().values()) out.put(key + " type " + t.name(), kind(t.kind()));
        for (WitFunction f : i.functions().values()) out.put(key + " func " + f.name(), function(f));
    }

    private static String item(WorldItem item, String key, Map<String, String> out) {
        return switch (item) {
            case WorldItem.InterfaceItem ii -> {
                if (ii.iface().name() == null) {
                    describe(ii.iface(), key + " inline", out);
                    yield "inline interface";
                }
                yield "interface " + ii.iface().qualifiedName();
            }
            case WorldItem.FunctionItem fi -> "func " + function(fi.function());
            case WorldItem.TypeItem ti -> "type " + kind(ti.type().kind());
        };
    }

    private static String function(WitFunction f) {
        String params = f.params().stream().map(p -> p.name() + ": " + type(p.type())).collect(Collectors.joining(", "));
        return f.name() + " = " + (f.isAsync() ? "async " : "") + f.kind().name().toLowerCase() + "(" + params + ")"
                + (f.result() == null ? "" : " -> " + type(f.result()));
    }

    private static String kind(TypeDef.Kind k) {
        return switch (k) {
            case TypeDef.Alias a -> "= " + type(a.target());
            case TypeDef.Record r -> "record {" + r.fields().stream().map(f -> f.name() + ": " + type(f.type()))
                    .collect(Collectors.joining(", ")) + "}";
            case TypeDef.Variant v -> "variant {" + v.cases().stream()
                    .map(c -> c.name() + (c.type() == null ? "" : "(" + type(c.type()) + ")"))
                    .collect(Collectors.joining(", ")) + "}";
            case TypeDef.Enum e -> "enum {" + String.join(", ", e.cases()) + "}";
            case TypeDef.Flags f -> "flags {" + String.join(", ", f.flags()) + "}";
            case TypeDef.Resource r -> "resource";
        };
    }

    private static String type(WitType t) {
        return switch (t) {
            case null -> "_";
            case WitType.Primitive p -> p.witName();
            case WitType.Ref r -> r.def().unaliased().isResource() ? "own " + owner(r.def().unaliased()) : "ref " + owner(r.def());
            case WitType.ListType l -> "list<" + type(l.element()) + (l.isFixed() ? ", " + l.length() : "") + ">";
            case WitType.OptionType o -> "option<" + type(o.some()) + ">";
            case WitType.ResultType r -> "result<" + type(r.ok()) + ", " + type(r.err()) + ">";
            case WitType.TupleType tu -> "tuple<" + tu.elements().stream().map(WitHint::type).collect(Collectors.joining(", ")) + ">";
            case WitType.MapType m -> "map<" + type(m.key()) + ", " + type(m.value()) + ">";
            case WitType.HandleType h -> (h.borrow() ? "borrow " : "own ") + owner(h.resource().unaliased());
            case WitType.FutureType f -> "future<" + type(f.payload()) + ">";
            case WitType.StreamType s -> "stream<" + type(s.payload()) + ">";
        };
    }

    private static String owner(TypeDef d) {
        if (d.ownerWorld() != null) return d.ownerWorld().qualifiedName() + "#" + d.name();
        WitInterface i = d.ownerInterface();
        return (i.name() == null ? "<inline>" : i.qualifiedName()) + "#" + d.name();
    }

    // ---- the hint's side

    @SuppressWarnings("unchecked")
    private Map<String, String> expected() {
        Map<String, String> out = new TreeMap<>();
        for (Object o : jpkgs) {
            Map<String, Object> p = (Map<String, Object>) o;
            Map<String, Object> ifs = (Map<String, Object>) p.get("interfaces");
            Map<String, Object> ws = (Map<String, Object>) p.get("worlds");
            out.put("package " + p.get("name"), "interfaces " + new TreeSet<>(ifs.keySet()) + " worlds " + new TreeSet<>(ws.keySet()));
            for (Object idx : ifs.values()) {
                int i = index(idx);
                jdescribe(i, "interface " + ifaceName(i), out);
            }
            for (Object idx : ws.values()) {
                Map<String, Object> w = (Map<String, Object>) jworlds.get(index(idx));
                String wname = qualify((String) p.get("name"), (String) w.get("name"));
                for (String side : List.of("import", "export")) {
                    Map<String, Object> items = (Map<String, Object>) w.get(side + "s");
                    for (Map.Entry<String, Object> e : items.entrySet()) {
                        String name = e.getKey().startsWith("interface-")
                                ? ifaceName(Integer.parseInt(e.getKey().substring("interface-".length()))) : e.getKey();
                        String key = "world " + wname + " " + side + " " + name;
                        out.put(key, jitem((Map<String, Object>) e.getValue(), key, out));
                    }
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void jdescribe(int i, String key, Map<String, String> out) {
        Map<String, Object> iface = (Map<String, Object>) jifaces.get(i);
        Map<String, Object> types = (Map<String, Object>) iface.get("types");
        Map<String, Object> funcs = (Map<String, Object>) iface.get("functions");
        out.put(key, "types " + new TreeSet<>(types.keySet()) + " functions " + new TreeSet<>(funcs.keySet()));
        for (Map.Entry<String, Object> t : types.entrySet()) {
            out.put(key + " type " + t.getKey(), jkind(((Map<String, Object>) jtypes.get(index(t.getValue()))).get("kind")));
        }
        for (Map.Entry<String, Object> f : funcs.entrySet()) {
            out.put(key + " func " + f.getKey(), jfunction((Map<String, Object>) f.getValue()));
        }
    }

    @SuppressWarnings("unchecked")
    private String jitem(Map<String, Object> item, String key, Map<String, String> out) {
        if (item.containsKey("interface")) {
            int i = index(((Map<String, Object>) item.get("interface")).get("id"));
            if (((Map<String, Object>) jifaces.get(i)).get("name") == null) {
                jdescribe(i, key + " inline", out);
                return "inline interface";
            }
            return "interface " + ifaceName(i);
        }
        if (item.containsKey("function")) return "func " + jfunction((Map<String, Object>) item.get("function"));
        return "type " + jkind(((Map<String, Object>) jtypes.get(index(item.get("type")))).get("kind"));
    }

    @SuppressWarnings("unchecked")
    private String jfunction(Map<String, Object> f) {
        List<String> params = new ArrayList<>();
        for (Object o : (List<Object>) f.get("params")) {
            Map<String, Object> p = (Map<String, Object>) o;
            params.add(p.get("name") + ": " + jtype(p.get("type")));
        }
        Object kind = f.get("kind");
        String k = kind instanceof String s ? s : ((Map<String, Object>) kind).keySet().iterator().next();
        boolean async = k.startsWith("async-");
        if (async) k = k.substring("async-".length());
        return f.get("name") + " = " + (async ? "async " : "") + k + "(" + String.join(", ", params) + ")"
                + (f.get("result") == null ? "" : " -> " + jtype(f.get("result")));
    }

    @SuppressWarnings("unchecked")
    private String jkind(Object kind) {
        if ("resource".equals(kind)) return "resource";
        Map<String, Object> k = (Map<String, Object>) kind;
        String tag = k.keySet().iterator().next();
        Object v = k.get(tag);
        return switch (tag) {
            case "type" -> "= " + jtype(v);
            case "record" -> "record {" + ((List<Object>) ((Map<String, Object>) v).get("fields")).stream()
                    .map(f -> ((Map<String, Object>) f).get("name") + ": " + jtype(((Map<String, Object>) f).get("type")))
                    .collect(Collectors.joining(", ")) + "}";
            case "variant" -> "variant {" + ((List<Object>) ((Map<String, Object>) v).get("cases")).stream()
                    .map(c -> {
                        Map<String, Object> m = (Map<String, Object>) c;
                        return m.get("name") + (m.get("type") == null ? "" : "(" + jtype(m.get("type")) + ")");
                    }).collect(Collectors.joining(", ")) + "}";
            case "enum" -> "enum {" + names((List<Object>) ((Map<String, Object>) v).get("cases")) + "}";
            case "flags" -> "flags {" + names((List<Object>) ((Map<String, Object>) v).get("flags")) + "}";
            default -> "= " + jstructure(tag, v);
        };
    }

    @SuppressWarnings("unchecked")
    private static String names(List<Object> items) {
        return items.stream().map(o -> (String) ((Map<String, Object>) o).get("name")).collect(Collectors.joining(", "));
    }

    /** A type reference: a primitive's name or an index into the hint's type list. */
    @SuppressWarnings("unchecked")
    private String jtype(Object ref) {
        if (ref == null) return "_";
        if (ref instanceof String s) return s;
        Map<String, Object> t = (Map<String, Object>) jtypes.get(index(ref));
        if (t.get("name") != null) {
            int target = unalias(index(ref));
            Map<String, Object> def = (Map<String, Object>) jtypes.get(target);
            if ("resource".equals(def.get("kind"))) return "own " + jowner(target);
            return "ref " + jowner(index(ref));
        }
        Object kind = t.get("kind");
        Map<String, Object> k = (Map<String, Object>) kind;
        String tag = k.keySet().iterator().next();
        if (tag.equals("type")) return jtype(k.get(tag));
        return jstructure(tag, k.get(tag));
    }

    @SuppressWarnings("unchecked")
    private String jstructure(String tag, Object v) {
        return switch (tag) {
            case "list" -> "list<" + jtype(v) + ">";
            case "fixed-length-list" -> "list<" + jtype(((List<Object>) v).get(0)) + ", " + ((List<Object>) v).get(1) + ">";
            case "option" -> "option<" + jtype(v) + ">";
            case "result" -> "result<" + jtype(((Map<String, Object>) v).get("ok")) + ", "
                    + jtype(((Map<String, Object>) v).get("err")) + ">";
            case "tuple" -> "tuple<" + ((List<Object>) ((Map<String, Object>) v).get("types")).stream().map(this::jtype)
                    .collect(Collectors.joining(", ")) + ">";
            case "map" -> "map<" + jtype(((List<Object>) v).get(0)) + ", " + jtype(((List<Object>) v).get(1)) + ">";
            case "handle" -> {
                Map<String, Object> h = (Map<String, Object>) v;
                String which = h.keySet().iterator().next();
                yield which + " " + jowner(unalias(index(h.get(which))));
            }
            case "future" -> "future<" + jtype(v) + ">";
            case "stream" -> "stream<" + jtype(v) + ">";
            default -> "<" + tag + "?>";
        };
    }

    /** Follows named aliases ({@code type a = b;}, {@code use}) to the definition they name. */
    @SuppressWarnings("unchecked")
    private int unalias(int i) {
        while (true) {
            Map<String, Object> t = (Map<String, Object>) jtypes.get(i);
            if (!(t.get("kind") instanceof Map<?, ?> k) || !(k.get("type") instanceof Long next)) return i;
            i = next.intValue();
        }
    }

    @SuppressWarnings("unchecked")
    private String jowner(int typeIndex) {
        Map<String, Object> t = (Map<String, Object>) jtypes.get(typeIndex);
        Map<String, Object> owner = (Map<String, Object>) t.get("owner");
        if (owner == null) return "<anonymous>#" + t.get("name");
        if (owner.containsKey("world")) {
            Map<String, Object> w = (Map<String, Object>) jworlds.get(index(owner.get("world")));
            Map<String, Object> p = (Map<String, Object>) jpkgs.get(index(w.get("package")));
            return qualify((String) p.get("name"), (String) w.get("name")) + "#" + t.get("name");
        }
        int i = index(owner.get("interface"));
        Object name = ((Map<String, Object>) jifaces.get(i)).get("name");
        return (name == null ? "<inline>" : ifaceName(i)) + "#" + t.get("name");
    }

    @SuppressWarnings("unchecked")
    private String ifaceName(int i) {
        Map<String, Object> iface = (Map<String, Object>) jifaces.get(i);
        Map<String, Object> p = (Map<String, Object>) jpkgs.get(index(iface.get("package")));
        return qualify((String) p.get("name"), (String) iface.get("name"));
    }

    private static String qualify(String pkg, String item) {
        int at = pkg.indexOf('@');
        return at < 0 ? pkg + "/" + item : pkg.substring(0, at) + "/" + item + pkg.substring(at);
    }

    private static int index(Object o) { return ((Long) o).intValue(); }
}
