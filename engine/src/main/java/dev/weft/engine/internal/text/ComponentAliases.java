package dev.weft.engine.internal.text;

/**
 * Alias definitions and declarators: {@code alias export}, {@code alias core export} and
 * {@code alias outer}, the latter naming its target scope by id or count.
 */
final class ComponentAliases {
    private ComponentAliases() {}

    /**
     * {@code (alias export i "n" (sort $id?))}, {@code (alias core export ...)} or
     * {@code (alias outer c i (sort $id?))}; emits it and binds the id.
     */
    static void alias(ComponentScope s, SExpr.Parens form, Cursor c) {
        AliasTarget t = aliasTarget(s, c);
        SExpr.Parens sortForm = c.nextParens();
        c.end();
        Cursor sc = Cursor.body(sortForm);
        ComponentSort sort = ComponentSort.of(sortForm, sc);
        if (sort == null) throw TextErrors.malformed("unexpected token", sortForm);
        String id = sc.optionalId();
        sc.end();
        defineAlias(s, t, sort, id, form);
    }

    /** The part of an alias after {@code alias}: {@code export i "n"}, {@code core export i "n"} or {@code outer c i}. */
    record AliasTarget(String kind, SExpr.Atom instanceOrCount, SExpr.Atom nameOrIndex) {}

    static AliasTarget aliasTarget(ComponentScope s, Cursor c) {
        SExpr.Atom k = c.nextAtom();
        String kind = k.text();
        if (k.isKeyword("core")) {
            SExpr.Atom e = c.nextAtom();
            if (!e.isKeyword("export")) throw TextErrors.malformed("unexpected token", e);
            kind = "core export";
        } else if (!k.isKeyword("export") && !k.isKeyword("outer")) {
            throw TextErrors.malformed("unexpected token", k);
        }
        SExpr.Atom first = c.nextAtom();
        SExpr.Atom second = kind.equals("outer") ? c.nextAtom() : c.nextString();
        return new AliasTarget(kind, first, second);
    }

    /** Emits an alias of {@code sort} to target {@code t} and returns the new index. */
    static int defineAlias(ComponentScope s, AliasTarget t, ComponentSort sort, String id, SExpr at) {
        switch (t.kind()) {
            case "outer" -> {
                int count = s.outerCount(t.instanceOrCount());
                ComponentScope target = s.outer(count);
                SExpr.Atom ix = t.nameOrIndex();
                int index;
                if (ix.kind() == SExpr.Kind.ID) {
                    if (target == null) throw TextErrors.malformed("invalid outer alias count", ix);
                    Integer found = target.space(sort).lookup(ix.text());
                    if (found == null) throw TextErrors.malformed("unknown " + sort.text + " $" + ix.text(), ix);
                    index = found;
                } else {
                    index = (int) NumberLiterals.natBits(ix, 32);
                }
                return s.aliasOuter(sort, count, index, id, at);
            }
            case "core export" -> {
                if (!sort.isCore()) throw TextErrors.malformed("unexpected token", at);
                int inst = s.resolve(ComponentSort.CORE_INSTANCE, t.instanceOrCount());
                return s.aliasExport(sort, inst, ModuleScope.name(t.nameOrIndex()), id, at);
            }
            default -> {
                if (sort.isCore() && sort != ComponentSort.CORE_MODULE) {
                    // the core sorts an instance can export are core modules only
                    throw TextErrors.malformed("unexpected token", at);
                }
                int inst = s.resolve(ComponentSort.INSTANCE, t.instanceOrCount());
                ByteWriter w = new ByteWriter();
                sort.write(w);
                w.u8(0x00).u32(inst).name(ModuleScope.name(t.nameOrIndex()));
                s.emit(ComponentScope.ALIAS, w.toByteArray(), at);
                return s.bind(sort, id, at);
            }
        }
    }
}
