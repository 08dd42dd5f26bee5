package dev.weft.component.wit;

import dev.weft.component.internal.wit.Ast;
import dev.weft.component.internal.wit.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names visible inside one interface or world (types, functions, and gated-out items), and the
 * conversion of written types into {@link WitType}s. Checks that need every definition's kind (handles
 * naming resources, map keys, cycles) are queued and run by {@link #finish()}.
 */
final class TypeScope {
    private sealed interface Entry {}

    private record Type(TypeDef def) implements Entry {}

    private record Function() implements Entry {}

    private record Excluded() implements Entry {}

    private static final Set<WitType.Primitive> MAP_KEYS = Set.of(WitType.Primitive.BOOL, WitType.Primitive.U8,
            WitType.Primitive.U16, WitType.Primitive.U32, WitType.Primitive.U64, WitType.Primitive.S8,
            WitType.Primitive.S16, WitType.Primitive.S32, WitType.Primitive.S64, WitType.Primitive.CHAR,
            WitType.Primitive.STRING);

    /** A named type one definition mentions, and where. */
    private record Mention(TypeDef target, Pos pos) {}

    /**
     * Deepest nesting of a resolved type, counting the levels inside the named types it mentions (a
     * written type alone nests at most 100 levels, the parser's limit): keeps every recursive walk over
     * types, here and in the tools that consume a resolved package, shallow.
     */
    static final int MAX_DEPTH = 200;

    private static final class TooDeep extends RuntimeException {
        TooDeep() { super(null, null, false, false); }
    }

    private final Map<String, Entry> names = new HashMap<>();
    private final List<Runnable> checks = new ArrayList<>();
    /** The definitions of this scope, with the named types each one's body mentions. */
    private final Map<TypeDef, List<Mention>> mentions = new LinkedHashMap<>();
    /** The definition whose body is being converted, or null (function signatures). */
    private TypeDef current;

    void defineType(Ast.Ident name, TypeDef def) {
        define(name, new Type(def));
        mentions.put(def, new ArrayList<>());
    }

    /** Converts the body of {@code def}, noting the types it mentions for the cycle check. */
    TypeDef.Kind body(TypeDef def, java.util.function.Supplier<TypeDef.Kind> conversion) {
        current = def;
        try {
            return conversion.get();
        } finally {
            current = null;
        }
    }

    void defineFunction(Ast.Ident name) { define(name, new Function()); }

    void defineExcluded(Ast.Ident name) { define(name, new Excluded()); }

    private void define(Ast.Ident name, Entry e) {
        if (names.putIfAbsent(name.name(), e) != null) {
            throw name.pos().error("name `" + name.name() + "` is defined more than once");
        }
    }

    TypeDef lookupType(Ast.Ident name) {
        Entry e = names.get(name.name());
        return switch (e) {
            case Type t -> t.def();
            case Function f -> throw name.pos().error("cannot use function `" + name.name() + "` as a type");
            case Excluded x -> throw name.pos().error(Resolver.excludedMessage("type"));
            case null -> throw name.pos().error("type `" + name.name() + "` does not exist");
        };
    }

    WitType convert(Ast.Type t) {
        return switch (t) {
            case Ast.Primitive p -> p.type();
            case Ast.Named n -> {
                TypeDef def = lookupType(n.name());
                if (current != null) mentions.get(current).add(new Mention(def, n.pos()));
                yield new WitType.Ref(def);
            }
            case Ast.ListOf l -> new WitType.ListType(convert(l.element()), l.length());
            case Ast.OptionOf o -> new WitType.OptionType(convert(o.some()));
            case Ast.ResultOf r -> new WitType.ResultType(r.ok() == null ? null : convert(r.ok()),
                    r.err() == null ? null : convert(r.err()));
            case Ast.TupleOf tu -> new WitType.TupleType(tu.elements().stream().map(this::convert).toList());
            case Ast.MapOf m -> {
                WitType key = convert(m.key());
                checks.add(() -> {
                    if (!(unalias(key) instanceof WitType.Primitive p && MAP_KEYS.contains(p))) {
                        throw m.pos().error("invalid map key type: map keys must be bool, u8, u16, u32, u64, s8, s16,"
                                + " s32, s64, char, or string");
                    }
                });
                yield new WitType.MapType(key, convert(m.value()));
            }
            case Ast.Handle h -> {
                TypeDef def = lookupType(h.resource());
                checks.add(() -> {
                    if (!def.unaliased().isResource()) {
                        throw h.resource().pos().error("type `" + h.resource().name() + "` used in a handle must be a resource");
                    }
                });
                yield new WitType.HandleType(def, h.borrow());
            }
            case Ast.FutureOf f -> new WitType.FutureType(f.payload() == null ? null : convert(f.payload()));
            case Ast.StreamOf s -> new WitType.StreamType(s.payload() == null ? null : convert(s.payload()));
        };
    }

    /** Runs the queued checks, then refuses types that contain themselves. */
    void finish() {
        for (Runnable r : checks) r.run();
        checks.clear();
        Set<TypeDef> done = new HashSet<>();
        for (TypeDef def : mentions.keySet()) noCycle(def, new HashSet<>(), done);
        for (Map.Entry<TypeDef, List<Mention>> e : mentions.entrySet()) {
            try {
                height(e.getKey(), 0);
            } catch (TooDeep tooDeep) {
                // only a definition that names other types can get this deep; one that names none here
                // (a `use`) is an alias of a type its own scope measures
                if (!e.getValue().isEmpty()) throw e.getValue().getFirst().pos().error(tooDeepMessage());
            }
        }
    }

    private static String tooDeepMessage() {
        return "type nesting too deep (more than " + MAX_DEPTH + " levels, counting the named types it uses)";
    }

    /** Levels of nesting of {@code def}, memoized; TooDeep once {@code level} plus them passes the limit. */
    private static int height(TypeDef def, int level) {
        if (def.height == 0) {
            def.height = switch (def.kind()) {
                case TypeDef.Alias a -> height(a.target(), level);
                case TypeDef.Record r -> {
                    int h = 0;
                    for (TypeDef.Field f : r.fields()) h = Math.max(h, height(f.type(), level + 1));
                    yield h + 1;
                }
                case TypeDef.Variant v -> {
                    int h = 0;
                    for (TypeDef.Case c : v.cases()) if (c.type() != null) h = Math.max(h, height(c.type(), level + 1));
                    yield h + 1;
                }
                case null, default -> 1;
            };
        }
        if (level + def.height > MAX_DEPTH) throw new TooDeep();
        return def.height;
    }

    private static int height(WitType t, int level) {
        if (level > MAX_DEPTH) throw new TooDeep();
        return switch (t) {
            case WitType.Ref r -> height(r.def(), level);
            case WitType.ListType l -> 1 + height(l.element(), level + 1);
            case WitType.OptionType o -> 1 + height(o.some(), level + 1);
            case WitType.ResultType r -> 1 + Math.max(r.ok() == null ? 0 : height(r.ok(), level + 1),
                    r.err() == null ? 0 : height(r.err(), level + 1));
            case WitType.TupleType tu -> {
                int h = 0;
                for (WitType e : tu.elements()) h = Math.max(h, height(e, level + 1));
                yield h + 1;
            }
            case WitType.MapType m -> 1 + Math.max(height(m.key(), level + 1), height(m.value(), level + 1));
            case WitType.FutureType f -> 1 + (f.payload() == null ? 0 : height(f.payload(), level + 1));
            case WitType.StreamType s -> 1 + (s.payload() == null ? 0 : height(s.payload(), level + 1));
            case WitType.HandleType h -> 1;
            case WitType.Primitive p -> 1;
        };
    }

    /** Depth-first over mentions; reaching a definition already on the path is a cycle. */
    private void noCycle(TypeDef def, Set<TypeDef> path, Set<TypeDef> done) {
        if (done.contains(def)) return;
        path.add(def);
        for (Mention m : mentions.getOrDefault(def, List.of())) {
            if (path.contains(m.target())) throw m.pos().error("type `" + m.target().name() + "` depends on itself");
            if (path.size() >= MAX_DEPTH) throw m.pos().error(tooDeepMessage());
            noCycle(m.target(), path, done);
        }
        path.remove(def);
        done.add(def);
    }

    static WitType unalias(WitType t) {
        while (t instanceof WitType.Ref(TypeDef d) && d.kind() instanceof TypeDef.Alias(WitType target)) t = target;
        return t;
    }

    /** Whether a value of this type can hold a {@code borrow<T>} (which results may not). */
    static boolean containsBorrow(WitType t, Set<TypeDef> seen) {
        return switch (t) {
            case WitType.HandleType h -> h.borrow();
            case WitType.Ref r -> seen.add(r.def()) && switch (r.def().kind()) {
                case TypeDef.Alias a -> containsBorrow(a.target(), seen);
                case TypeDef.Record rec -> rec.fields().stream().anyMatch(f -> containsBorrow(f.type(), seen));
                case TypeDef.Variant v -> v.cases().stream().anyMatch(c -> c.type() != null && containsBorrow(c.type(), seen));
                case null, default -> false;
            };
            case WitType.ListType l -> containsBorrow(l.element(), seen);
            case WitType.OptionType o -> containsBorrow(o.some(), seen);
            case WitType.ResultType r -> (r.ok() != null && containsBorrow(r.ok(), seen))
                    || (r.err() != null && containsBorrow(r.err(), seen));
            case WitType.TupleType tu -> tu.elements().stream().anyMatch(e -> containsBorrow(e, seen));
            case WitType.MapType m -> containsBorrow(m.key(), seen) || containsBorrow(m.value(), seen);
            case WitType.FutureType f -> f.payload() != null && containsBorrow(f.payload(), seen);
            case WitType.StreamType s -> s.payload() != null && containsBorrow(s.payload(), seen);
            case WitType.Primitive p -> false;
        };
    }
}
