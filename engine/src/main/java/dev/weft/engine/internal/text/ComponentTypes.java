package dev.weft.engine.internal.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Encodes component types: value types (an inline compound type becomes a type definition of its
 * own, emitted before its user), type definitions, function types, component and instance types
 * with their declarators, resource types, extern types, core types (including module types) and
 * import/export names with their attributes.
 */
final class ComponentTypes {
    private ComponentTypes() {}

    /** The {@code primvaltype} byte of a keyword, or 0. */
    static int primitive(String kw) {
        return switch (kw) {
            case "bool" -> 0x7F;
            case "s8" -> 0x7E;
            case "u8" -> 0x7D;
            case "s16" -> 0x7C;
            case "u16" -> 0x7B;
            case "s32" -> 0x7A;
            case "u32" -> 0x79;
            case "s64" -> 0x78;
            case "u64" -> 0x77;
            case "f32", "float32" -> 0x76;
            case "f64", "float64" -> 0x75;
            case "char" -> 0x74;
            case "string" -> 0x73;
            case "error-context" -> 0x64;
            default -> 0;
        };
    }

    /** A {@code valtype}: primitive keyword, type index, or an inline {@code defvaltype}. */
    static void valType(ComponentScope s, Cursor c, ByteWriter out) {
        SExpr e = c.next();
        if (e instanceof SExpr.Atom a) {
            if (a.kind() == SExpr.Kind.WORD && primitive(a.text()) != 0) {
                out.u8(primitive(a.text()));
            } else {
                out.u32(s.resolve(ComponentSort.TYPE, a));
            }
            return;
        }
        SExpr.Parens p = (SExpr.Parens) e;
        out.u32(s.defineType(defValType(s, p), p));
    }

    /** An optional value type (as in {@code stream}, {@code future}, {@code result}): {@code 0x00} or {@code 0x01 t}. */
    private static void optValType(ComponentScope s, Cursor c, ByteWriter out) {
        if (c.atEnd() || c.peekForm("error")) {
            out.u8(0x00);
        } else {
            out.u8(0x01);
            valType(s, c, out);
        }
    }

    /** The body of {@code (type $id? X)}: a value, function, component, instance or resource type. */
    static byte[] defType(ComponentScope s, SExpr e, String scopeName) {
        if (e instanceof SExpr.Atom a) {
            int b = a.kind() == SExpr.Kind.WORD ? primitive(a.text()) : 0;
            if (b == 0) throw TextErrors.malformed("unexpected token", a);
            return new byte[] {(byte) b};
        }
        SExpr.Parens p = (SExpr.Parens) e;
        String head = p.head() == null ? "" : p.head();
        return switch (head) {
            case "func" -> {
                ByteWriter w = new ByteWriter();
                Cursor c = Cursor.body(p);
                funcType(s, c, w);
                c.end();
                yield w.toByteArray();
            }
            case "component", "instance" -> declaratorType(s, p, Cursor.body(p), scopeName);
            case "resource" -> resourceType(s, p);
            default -> defValType(s, p);
        };
    }

    /** {@code async? (param "l" t)* (result t)?} as a {@code functype}. */
    static void funcType(ComponentScope s, Cursor c, ByteWriter out) {
        boolean async = false;
        if (c.peekKeyword("async")) {
            c.next();
            async = true;
        }
        out.u8(async ? 0x43 : 0x40);
        ByteWriter ps = new ByteWriter();
        int n = 0;
        while (c.peekForm("param")) {
            Cursor pc = Cursor.body((SExpr.Parens) c.next());
            ps.name(ModuleScope.name(pc.nextString()));
            valType(s, pc, ps);
            pc.end();
            n++;
        }
        out.u32(n).bytes(ps);
        if (c.peekForm("result")) {
            Cursor rc = Cursor.body((SExpr.Parens) c.next());
            out.u8(0x00);
            valType(s, rc, out);
            rc.end();
        } else {
            out.u8(0x01).u8(0x00);
        }
    }

    /** A {@code resultlist} as written by {@code task.return}: {@code (result t)?}. */
    static void resultList(ComponentScope s, Cursor c, ByteWriter out) {
        if (c.peekForm("result")) {
            Cursor rc = Cursor.body((SExpr.Parens) c.next());
            out.u8(0x00);
            valType(s, rc, out);
            rc.end();
        } else {
            out.u8(0x01).u8(0x00);
        }
    }

    private static byte[] defValType(ComponentScope s, SExpr.Parens p) {
        ByteWriter w = new ByteWriter();
        Cursor c = Cursor.body(p);
        String head = p.head() == null ? "" : p.head();
        switch (head) {
            case "record" -> {
                ByteWriter fs = new ByteWriter();
                int n = 0;
                while (!c.atEnd()) {
                    Cursor fc = Cursor.body(c.nextForm("field"));
                    fs.name(ModuleScope.name(fc.nextString()));
                    valType(s, fc, fs);
                    fc.end();
                    n++;
                }
                w.u8(0x72).u32(n).bytes(fs);
            }
            case "variant" -> {
                ByteWriter cs = new ByteWriter();
                int n = 0;
                while (!c.atEnd()) {
                    Cursor cc = Cursor.body(c.nextForm("case"));
                    cc.optionalId();
                    cs.name(ModuleScope.name(cc.nextString()));
                    if (cc.atEnd() || cc.peekForm("refines")) {
                        cs.u8(0x00);
                    } else {
                        cs.u8(0x01);
                        valType(s, cc, cs);
                    }
                    if (cc.peekForm("refines")) cc.next(); // no longer encoded
                    cc.end();
                    cs.u8(0x00);
                    n++;
                }
                w.u8(0x71).u32(n).bytes(cs);
            }
            case "list" -> {
                ByteWriter t = new ByteWriter();
                valType(s, c, t);
                if (c.peekNat()) {
                    w.u8(0x67).bytes(t).u32(NumberLiterals.natBits(c.nextAtom(), 32));
                } else {
                    w.u8(0x70).bytes(t);
                }
            }
            case "tuple" -> {
                ByteWriter ts = new ByteWriter();
                int n = 0;
                while (!c.atEnd()) {
                    valType(s, c, ts);
                    n++;
                }
                w.u8(0x6F).u32(n).bytes(ts);
            }
            case "flags", "enum" -> {
                ByteWriter ls = new ByteWriter();
                int n = 0;
                while (!c.atEnd()) {
                    ls.name(ModuleScope.name(c.nextString()));
                    n++;
                }
                w.u8(head.equals("flags") ? 0x6E : 0x6D).u32(n).bytes(ls);
            }
            case "option" -> {
                w.u8(0x6B);
                valType(s, c, w);
            }
            case "result" -> {
                w.u8(0x6A);
                optValType(s, c, w);
                if (c.peekForm("error")) {
                    Cursor ec = Cursor.body((SExpr.Parens) c.next());
                    w.u8(0x01);
                    valType(s, ec, w);
                    ec.end();
                } else {
                    w.u8(0x00);
                }
            }
            case "own", "borrow" -> w.u8(head.equals("own") ? 0x69 : 0x68).u32(s.resolve(ComponentSort.TYPE, c.nextAtom()));
            case "stream", "future" -> {
                w.u8(head.equals("stream") ? 0x66 : 0x65);
                optValType(s, c, w);
            }
            case "map" -> {
                w.u8(0x63);
                valType(s, c, w);
                valType(s, c, w);
            }
            default -> throw TextErrors.malformed("unexpected token", p);
        }
        c.end();
        return w.toByteArray();
    }

    /** {@code (resource (rep i32) (dtor f)?)}; the destructor is a core function. */
    private static byte[] resourceType(ComponentScope s, SExpr.Parens p) {
        Cursor c = Cursor.body(p);
        ByteWriter w = new ByteWriter().u8(0x3F);
        Cursor rc = Cursor.body(c.nextForm("rep"));
        s.core.valType(rc, w);
        rc.end();
        if (c.peekForm("dtor")) {
            SExpr.Parens d = (SExpr.Parens) c.next();
            Cursor dc = Cursor.body(d);
            int f;
            if (dc.peek() instanceof SExpr.Parens fp && fp.isForm("func")) {
                dc.next();
                Cursor fc = Cursor.body(fp);
                f = ComponentRefs.index(s, ComponentSort.CORE_FUNC, fc, fp);
                fc.end();
            } else {
                f = ComponentRefs.ref(s, ComponentSort.CORE_FUNC, dc);
            }
            dc.end();
            w.u8(0x01).u32(f);
        } else {
            w.u8(0x00);
        }
        c.end();
        return w.toByteArray();
    }

    // ---------------------------------------------------------------- component and instance types

    /** {@code (component decl*)} or {@code (instance decl*)}, with {@code c} at the first declarator. */
    static byte[] declaratorType(ComponentScope s, SExpr.Parens p, Cursor c, String scopeName) {
        boolean component = p.isForm("component");
        ByteWriter decls = new ByteWriter();
        int[] count = {0};
        ComponentScope inner = new ComponentScope(s, scopeName,
                component ? ComponentScope.Kind.COMPONENT_TYPE : ComponentScope.Kind.INSTANCE_TYPE,
                (section, entry, at) -> {
                    int tag = switch (section) {
                        case ComponentScope.CORE_TYPE -> 0x00;
                        case ComponentScope.TYPE -> 0x01;
                        case ComponentScope.ALIAS -> 0x02;
                        default -> throw TextErrors.malformed("unexpected token", at);
                    };
                    decls.u8(tag).bytes(entry);
                    count[0]++;
                });
        while (!c.atEnd()) {
            SExpr.Parens d = c.nextParens();
            declarator(inner, d, component, decls, count);
        }
        return new ByteWriter().u8(component ? 0x41 : 0x42).u32(count[0]).bytes(decls).toByteArray();
    }

    private static void declarator(ComponentScope s, SExpr.Parens d, boolean component, ByteWriter decls, int[] count) {
        Cursor c = Cursor.body(d);
        String head = d.head() == null ? "" : d.head();
        switch (head) {
            case "import", "export" -> {
                if (head.equals("import") && !component) throw TextErrors.malformed("unexpected token", d);
                ByteWriter w = new ByteWriter();
                nameAttributes(c, w);
                externType(s, c.nextParens(), w, true);
                c.end();
                decls.u8(head.equals("import") ? 0x03 : 0x04).bytes(w);
                count[0]++;
            }
            case "type" -> {
                String id = c.optionalId();
                byte[] t = defType(s, c.next(), id);
                c.end();
                s.emit(ComponentScope.TYPE, t, d);
                s.bind(ComponentSort.TYPE, id, d);
            }
            case "core" -> {
                if (!c.peekKeyword("type")) throw TextErrors.malformed("unexpected token", d);
                c.next();
                String id = c.optionalId();
                byte[] t = coreType(s, c.next(), id);
                c.end();
                s.emit(ComponentScope.CORE_TYPE, t, d);
                s.bind(ComponentSort.CORE_TYPE, id, d);
            }
            case "alias" -> alias(s, d, c);
            default -> throw TextErrors.malformed("unexpected token", d);
        }
    }

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

    // ---------------------------------------------------------------- extern types and names

    /**
     * An extern description such as {@code (func $id? (type $t))}, {@code (instance $id? decl*)} or
     * {@code (type $id? (sub resource))}, written as an {@code externtype}; binds the id (if
     * {@code bind}) as the new index the import or export declaration introduces.
     */
    static ComponentSort externType(ComponentScope s, SExpr.Parens desc, ByteWriter out, boolean bind) {
        Cursor c = Cursor.body(desc);
        ComponentSort sort = ComponentSort.of(desc, c);
        if (sort == null) throw TextErrors.malformed("unexpected token", desc);
        String id = c.optionalId();
        externTypeBody(s, sort, desc, c, out, id);
        c.end();
        if (bind) s.bind(sort, id, desc);
        return sort;
    }

    /** The part of an extern description after its sort and id. */
    static void externTypeBody(ComponentScope s, ComponentSort sort, SExpr.Parens desc, Cursor c, ByteWriter out, String id) {
        switch (sort) {
            case CORE_MODULE -> out.u8(0x00).u8(0x11).u32(typeUse(s, sort, desc, c, id));
            case FUNC -> out.u8(0x01).u32(typeUse(s, sort, desc, c, id));
            case COMPONENT -> out.u8(0x04).u32(typeUse(s, sort, desc, c, id));
            case INSTANCE -> out.u8(0x05).u32(typeUse(s, sort, desc, c, id));
            case VALUE -> {
                out.u8(0x02);
                if (c.peekForm("eq")) {
                    Cursor ec = Cursor.body((SExpr.Parens) c.next());
                    out.u8(0x00).u32(s.resolve(ComponentSort.VALUE, ec.nextAtom()));
                    ec.end();
                } else {
                    out.u8(0x01);
                    valType(s, c, out);
                }
            }
            case TYPE -> {
                out.u8(0x03);
                SExpr.Parens b = c.nextParens();
                Cursor bc = Cursor.body(b);
                if (b.isForm("eq")) {
                    out.u8(0x00).u32(s.resolve(ComponentSort.TYPE, bc.nextAtom()));
                } else if (b.isForm("sub")) {
                    SExpr.Atom r = bc.nextAtom();
                    if (!r.isKeyword("resource")) throw TextErrors.malformed("unexpected token", r);
                    out.u8(0x01);
                } else {
                    throw TextErrors.malformed("unexpected token", b);
                }
                bc.end();
            }
            default -> throw TextErrors.malformed("unexpected token", desc);
        }
    }

    /**
     * A type use: {@code (type i)} refers to an existing type; anything else is the inline body of
     * a new type (function signature, declarators, or module declarators) defined first.
     */
    private static int typeUse(ComponentScope s, ComponentSort sort, SExpr.Parens desc, Cursor c, String id) {
        ComponentSort typeSort = sort == ComponentSort.CORE_MODULE ? ComponentSort.CORE_TYPE : ComponentSort.TYPE;
        if (c.peek() instanceof SExpr.Parens t && t.isForm("type") && t.size() == 2
                && t.get(1) instanceof SExpr.Atom a && a.kind() != SExpr.Kind.STRING) {
            c.next();
            return s.resolve(typeSort, a);
        }
        switch (sort) {
            case FUNC -> {
                ByteWriter w = new ByteWriter();
                funcType(s, c, w);
                return s.defineType(w.toByteArray(), desc);
            }
            case CORE_MODULE -> {
                return s.defineCoreType(moduleType(s, c, id), desc);
            }
            default -> {
                SExpr.Parens kind = new SExpr.Parens(
                        List.of(new SExpr.Atom(SExpr.Kind.WORD, sort == ComponentSort.COMPONENT ? "component" : "instance",
                                null, desc.line(), desc.column())),
                        desc.line(), desc.column());
                return s.defineType(declaratorType(s, kind, c, id), desc);
            }
        }
    }

    /**
     * An import or export name: the string, then attributes {@code (implements "i")},
     * {@code (versionsuffix "v")} and {@code (external-id "x")}, each at most once.
     */
    static void nameAttributes(Cursor c, ByteWriter out) {
        String name = ModuleScope.name(c.nextString());
        ByteWriter attrs = new ByteWriter();
        int n = 0;
        Set<String> seen = new HashSet<>();
        while (c.peek() instanceof SExpr.Parens p
                && (p.isForm("implements") || p.isForm("versionsuffix") || p.isForm("external-id"))) {
            c.next();
            if (!seen.add(p.head())) throw TextErrors.malformed("unexpected token", p);
            Cursor ac = Cursor.body(p);
            String value = ModuleScope.name(ac.nextString());
            ac.end();
            attrs.u8(switch (p.head()) {
                case "implements" -> 0x00;
                case "versionsuffix" -> 0x01;
                default -> 0x02;
            }).name(value);
            n++;
        }
        if (n == 0) {
            out.u8(0x00).name(name);
        } else {
            out.u8(0x02).name(name).u32(n).bytes(attrs);
        }
    }

    // ---------------------------------------------------------------- core types

    /** A core type definition: {@code (func ...)}, {@code (module decl*)}, {@code (struct ...)}, {@code (array ...)}. */
    static byte[] coreType(ComponentScope s, SExpr e, String scopeName) {
        if (!(e instanceof SExpr.Parens p)) throw TextErrors.malformed("unexpected token", e);
        Cursor c = Cursor.body(p);
        ByteWriter w = new ByteWriter();
        switch (p.head() == null ? "" : p.head()) {
            case "func" -> {
                ModuleScope.Signature sig = s.core.signature(c, new ArrayList<>(), new ArrayList<>());
                w.u8(0x60).bytes(sig.params()).bytes(sig.results());
            }
            case "module" -> w.bytes(moduleType(s, c, scopeName));
            default -> throw TextErrors.malformed("unexpected token", p);
        }
        c.end();
        return w.toByteArray();
    }

    /** {@code 0x50 vec(moduledecl)} for module declarators ({@code import}, {@code type}, {@code alias}, {@code export}). */
    static byte[] moduleType(ComponentScope s, Cursor c, String scopeName) {
        ByteWriter decls = new ByteWriter();
        int[] count = {0};
        ComponentScope inner = new ComponentScope(s, scopeName, ComponentScope.Kind.MODULE_TYPE,
                (section, entry, at) -> {
                    int tag = switch (section) {
                        case ComponentScope.CORE_TYPE -> 0x01;
                        case ComponentScope.ALIAS -> 0x02;
                        default -> throw TextErrors.malformed("unexpected token", at);
                    };
                    decls.u8(tag).bytes(entry);
                    count[0]++;
                });
        while (!c.atEnd()) {
            SExpr.Parens d = c.nextParens();
            Cursor dc = Cursor.body(d);
            switch (d.head() == null ? "" : d.head()) {
                case "import" -> {
                    ByteWriter w = new ByteWriter();
                    w.name(ModuleScope.name(dc.nextString())).name(ModuleScope.name(dc.nextString()));
                    coreExternType(inner, dc.nextParens(), w);
                    dc.end();
                    decls.u8(0x00).bytes(w);
                    count[0]++;
                }
                case "export" -> {
                    ByteWriter w = new ByteWriter();
                    w.name(ModuleScope.name(dc.nextString()));
                    coreExternType(inner, dc.nextParens(), w);
                    dc.end();
                    decls.u8(0x03).bytes(w);
                    count[0]++;
                }
                case "type" -> {
                    String id = dc.optionalId();
                    byte[] t = coreType(inner, dc.next(), id);
                    dc.end();
                    inner.emit(ComponentScope.CORE_TYPE, t, d);
                    inner.bind(ComponentSort.CORE_TYPE, id, d);
                }
                case "alias" -> {
                    AliasTarget t = aliasTarget(inner, dc);
                    SExpr.Parens sortForm = dc.nextParens();
                    dc.end();
                    if (!t.kind().equals("outer") || !sortForm.isForm("type")) {
                        throw TextErrors.malformed("unexpected token", d);
                    }
                    Cursor sc = Cursor.body(sortForm);
                    String id = sc.optionalId();
                    sc.end();
                    defineAlias(inner, t, ComponentSort.CORE_TYPE, id, d);
                }
                default -> throw TextErrors.malformed("unexpected token", d);
            }
        }
        return new ByteWriter().u8(0x50).u32(count[0]).bytes(decls).toByteArray();
    }

    /** A core extern type: {@code (func typeuse)}, {@code (table ...)}, {@code (memory ...)}, {@code (global ...)}, {@code (tag typeuse)}. */
    private static void coreExternType(ComponentScope s, SExpr.Parens desc, ByteWriter out) {
        Cursor c = Cursor.body(desc);
        String kind = desc.head() == null ? "" : desc.head();
        c.optionalId();
        switch (kind) {
            case "func", "tag" -> {
                if (kind.equals("tag")) out.u8(0x04).u8(0x00);
                else out.u8(0x00);
                out.u32(coreTypeUse(s, c, desc));
            }
            case "table" -> {
                out.u8(0x01);
                ModuleEncoder.tableType(s.core, c, out);
            }
            case "memory" -> {
                out.u8(0x02);
                ModuleEncoder.memoryType(s.core, c, out);
            }
            case "global" -> {
                out.u8(0x03);
                ModuleEncoder.globalType(s.core, c, out);
            }
            default -> throw TextErrors.malformed("unexpected token", desc);
        }
        c.end();
    }

    /** {@code (type i)} or an inline signature, which becomes a type declarator of the module type. */
    private static int coreTypeUse(ComponentScope s, Cursor c, SExpr at) {
        if (c.peekForm("type")) {
            Cursor tc = Cursor.body((SExpr.Parens) c.next());
            int i = s.resolve(ComponentSort.CORE_TYPE, tc.nextAtom());
            tc.end();
            if (!c.peekForm("param") && !c.peekForm("result")) return i;
            s.core.signature(c, new ArrayList<>(), new ArrayList<>()); // must agree with the explicit type
            return i;
        }
        ModuleScope.Signature sig = s.core.signature(c, new ArrayList<>(), new ArrayList<>());
        byte[] t = new ByteWriter().u8(0x60).bytes(sig.params()).bytes(sig.results()).toByteArray();
        return s.defineCoreType(t, at);
    }
}
