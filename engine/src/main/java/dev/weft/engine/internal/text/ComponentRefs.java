package dev.weft.engine.internal.text;

/**
 * References to definitions inside component text: a plain index or id, a sort-tagged form such
 * as {@code (core func $f)}, and the inline alias sugar {@code (func $i "name")}, which adds an
 * {@code alias export} (core or not) to the scope before the referring definition.
 */
final class ComponentRefs {
    private ComponentRefs() {}

    /** Reads {@code idx ("name")*} of {@code sort} from {@code c}; names chain through instance exports. */
    static int index(ComponentScope s, ComponentSort sort, Cursor c, SExpr at) {
        SExpr.Atom first = c.nextAtom();
        if (!(c.peek() instanceof SExpr.Atom a && a.kind() == SExpr.Kind.STRING)) return s.resolve(sort, first);
        // core modules are exported by component instances, the other core sorts by core instances
        ComponentSort instanceSort = sort.isCore() && sort != ComponentSort.CORE_MODULE
                ? ComponentSort.CORE_INSTANCE : ComponentSort.INSTANCE;
        int instance = s.resolve(instanceSort, first);
        while (true) {
            String name = ModuleScope.name(c.nextString());
            if (c.peek() instanceof SExpr.Atom more && more.kind() == SExpr.Kind.STRING) {
                instance = s.aliasExport(instanceSort, instance, name, null, at);
            } else {
                return s.aliasExport(sort, instance, name, null, at);
            }
        }
    }

    /**
     * Reads a reference to a {@code sort} definition: either an index/id, or a form naming the sort
     * ({@code (core func ...)}, {@code (func ...)}, or for core sorts the bare keyword as in
     * {@code (memory $m)}) with an index or inline alias inside.
     */
    static int ref(ComponentScope s, ComponentSort sort, Cursor c) {
        if (!(c.peek() instanceof SExpr.Parens p)) return s.resolve(sort, c.nextAtom());
        c.next();
        Cursor pc = Cursor.body(p);
        ComponentSort named = ComponentSort.of(p, pc);
        if (named == null && sort.isCore() && p.head() != null) named = ComponentSort.core(p.head());
        if (named != sort) throw TextErrors.malformed("unexpected token", p);
        int i = index(s, sort, pc, p);
        pc.end();
        return i;
    }

    /** Reads a sort-tagged reference form and writes it as a {@code sortidx} (or {@code core:sortidx} if {@code core}). */
    static ComponentSort sortIndex(ComponentScope s, SExpr.Parens p, boolean coreOnly, ByteWriter out) {
        Cursor pc = Cursor.body(p);
        ComponentSort sort = coreOnly ? (p.head() == null ? null : ComponentSort.core(p.head()))
                : ComponentSort.of(p, pc);
        if (sort == null) throw TextErrors.malformed("unexpected token", p);
        int i = index(s, sort, pc, p);
        pc.end();
        if (coreOnly) {
            out.u8(sort.code);
        } else {
            sort.write(out);
        }
        out.u32(i);
        return sort;
    }
}
