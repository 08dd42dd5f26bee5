package dev.weft.engine.internal.text;

import java.util.EnumMap;
import java.util.Map;

/**
 * The index spaces of one component-level scope: a component, a component or instance type, or
 * a core module type. Definitions the text format adds implicitly (inline types, inline alias
 * sugar, implicit outer aliases, inline instances) go to the scope's {@link Definitions} sink
 * before the definition that needed them, so indices are assigned in binary order.
 */
final class ComponentScope {

    enum Kind { COMPONENT, COMPONENT_TYPE, INSTANCE_TYPE, MODULE_TYPE }

    /** Receives the binary entries of definitions, tagged with their component section id. */
    interface Definitions {
        /** Section ids: 2 core instance, 3 core type, 5 instance, 6 alias, 7 type, 8 canon. */
        void emit(int section, byte[] entry, SExpr at);
    }

    static final int CORE_INSTANCE = 2, CORE_TYPE = 3, INSTANCE = 5, ALIAS = 6, TYPE = 7, CANON = 8;

    final ComponentScope parent;
    /** The scope's id (without '$'), as outer aliases name it; may be null. */
    final String name;
    final Kind kind;
    private final Definitions sink;
    /** Core value and func types are parsed with the core layer; its type space is this scope's core types. */
    final ModuleScope core = new ModuleScope();
    private final Map<ComponentSort, IndexSpace> spaces = new EnumMap<>(ComponentSort.class);

    ComponentScope(ComponentScope parent, String name, Kind kind, Definitions sink) {
        this.parent = parent;
        this.name = name;
        this.kind = kind;
        this.sink = sink;
        for (ComponentSort s : ComponentSort.values()) {
            spaces.put(s, s == ComponentSort.CORE_TYPE ? core.types : new IndexSpace(s.text));
        }
    }

    IndexSpace space(ComponentSort sort) { return spaces.get(sort); }

    int bind(ComponentSort sort, String id, SExpr at) { return space(sort).bind(id, at); }

    void emit(int section, byte[] entry, SExpr at) { sink.emit(section, entry, at); }

    /** Emits a type definition and returns its index. */
    int defineType(byte[] deftype, SExpr at) {
        sink.emit(TYPE, deftype, at);
        return bind(ComponentSort.TYPE, null, at);
    }

    /** Emits a core type definition and returns its index. */
    int defineCoreType(byte[] deftype, SExpr at) {
        sink.emit(CORE_TYPE, deftype, at);
        return bind(ComponentSort.CORE_TYPE, null, at);
    }

    /**
     * Emits {@code (alias export instance "name" (sort))} and returns the new index; core sorts
     * other than modules are aliased from a core instance ({@code alias core export}).
     */
    int aliasExport(ComponentSort sort, int instance, String exportName, String id, SExpr at) {
        ByteWriter w = new ByteWriter();
        sort.write(w);
        w.u8(sort.isCore() && sort != ComponentSort.CORE_MODULE ? 0x01 : 0x00).u32(instance).name(exportName);
        sink.emit(ALIAS, w.toByteArray(), at);
        return bind(sort, id, at);
    }

    /** Emits {@code (alias outer count index (sort))} and returns the new index. */
    int aliasOuter(ComponentSort sort, int count, int index, String id, SExpr at) {
        ByteWriter w = new ByteWriter();
        if (kind == Kind.MODULE_TYPE) {
            w.u8(0x10).u8(0x01); // core:alias of a type
        } else {
            sort.write(w);
            w.u8(0x02);
        }
        w.u32(count).u32(index);
        sink.emit(ALIAS, w.toByteArray(), at);
        return bind(sort, id, at);
    }

    /**
     * Resolves an index or id in {@code sort}'s space. An id unknown here but bound in an enclosing
     * scope becomes an implicit outer alias, which the text format allows only for modules, types
     * and components.
     */
    int resolve(ComponentSort sort, SExpr.Atom a) {
        if (a.kind() != SExpr.Kind.ID) {
            if (a.kind() != SExpr.Kind.WORD || a.text().charAt(0) < '0' || a.text().charAt(0) > '9') {
                throw TextErrors.malformed("unexpected token", a);
            }
            return (int) NumberLiterals.natBits(a, 32);
        }
        Integer local = space(sort).lookup(a.text());
        if (local != null) return local;
        int depth = 1;
        for (ComponentScope s = parent; s != null; s = s.parent, depth++) {
            Integer outer = s.space(sort).lookup(a.text());
            if (outer == null) continue;
            if (!sort.outerAliasable()) {
                throw TextErrors.malformed("outer item `" + a.text() + "` is not a module, type, or component", a);
            }
            return aliasOuter(sort, depth, outer, null, a); // one alias per reference, as wasm-tools does
        }
        throw TextErrors.malformed("unknown " + sort.text + " $" + a.text(), a);
    }

    /** The number of scopes between this one and the enclosing scope named {@code id} (or written as a count). */
    int outerCount(SExpr.Atom a) {
        if (a.kind() != SExpr.Kind.ID) return (int) NumberLiterals.natBits(a, 32);
        int depth = 0;
        for (ComponentScope s = this; s != null; s = s.parent, depth++) {
            if (a.text().equals(s.name)) return depth;
        }
        throw TextErrors.malformed("unknown component or type $" + a.text(), a);
    }

    /** The scope {@code count} levels out (0 = this one), or null if there is none. */
    ComponentScope outer(int count) {
        ComponentScope s = this;
        for (int i = 0; i < count && s != null; i++) s = s.parent;
        return s;
    }
}
