package dev.weft.engine.internal.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Component and instance types with their declarators, and the extern types and names of imports
 * and exports. A type use that is not {@code (type i)} is an inline type, defined just before.
 */
final class ComponentDeclarators {
    private ComponentDeclarators() {}


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
                byte[] t = ComponentTypes.defType(s, c.next(), id);
                c.end();
                s.emit(ComponentScope.TYPE, t, d);
                s.bind(ComponentSort.TYPE, id, d);
            }
            case "core" -> {
                if (!c.peekKeyword("type")) throw TextErrors.malformed("unexpected token", d);
                c.next();
                String id = c.optionalId();
                byte[] t = ComponentCoreTypes.coreType(s, c.next(), id);
                c.end();
                s.emit(ComponentScope.CORE_TYPE, t, d);
                s.bind(ComponentSort.CORE_TYPE, id, d);
            }
            case "alias" -> ComponentAliases.alias(s, d, c);
            default -> throw TextErrors.malformed("unexpected token", d);
        }
    }


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
                    ComponentTypes.valType(s, c, out);
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
                ComponentTypes.funcType(s, c, w);
                return s.defineType(w.toByteArray(), desc);
            }
            case CORE_MODULE -> {
                return s.defineCoreType(ComponentCoreTypes.moduleType(s, c, id), desc);
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
}
