package dev.weft.engine.internal.text;

/**
 * Encodes component type definitions: value types (an inline compound type becomes a type
 * definition of its own, emitted before its user), function types and resource types; component
 * and instance types are in {@link ComponentDeclarators}.
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
                out.s64(s.resolve(ComponentSort.TYPE, a)); // a type index in valtype position is an s33
            }
            return;
        }
        SExpr.Parens p = (SExpr.Parens) e;
        out.s64(s.defineType(defValType(s, p), p));
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
            case "component", "instance" -> ComponentDeclarators.declaratorType(s, p, Cursor.body(p), scopeName);
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
}
