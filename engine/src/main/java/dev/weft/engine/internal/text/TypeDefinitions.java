package dev.weft.engine.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The explicit type definitions of a module: {@code (type ...)} and {@code (rec ...)} fields.
 * They are declared first (binding type and field ids, so every other field can refer to them)
 * and then encoded as the leading entries of the type section; implicit types from inline
 * signatures follow them (see {@link ModuleScope#implicitType}).
 */
final class TypeDefinitions {
    private final ModuleScope scope;
    /** Explicit rec groups in order; a plain {@code (type ...)} is a group of one. */
    private final List<List<SExpr.Parens>> recGroups = new ArrayList<>();
    /** Whether each group was written as {@code (rec ...)} (then it is encoded as a rec group even if single). */
    private final List<Boolean> recForms = new ArrayList<>();
    private final ByteWriter section = new ByteWriter();
    private int entryCount;

    TypeDefinitions(ModuleScope scope) { this.scope = scope; }

    /** Declares a {@code (type ...)} or {@code (rec ...)} field. */
    void declare(SExpr.Parens field) {
        if (field.isForm("type")) {
            recGroups.add(List.of(field));
            recForms.add(false);
            declareType(field);
            return;
        }
        Cursor c = Cursor.body(field);
        List<SExpr.Parens> group = new ArrayList<>();
        while (!c.atEnd()) {
            SExpr.Parens t = c.nextForm("type");
            group.add(t);
            declareType(t);
        }
        recGroups.add(group);
        recForms.add(true);
    }

    /** Number of encoded entries (rec groups and lone types). */
    int entryCount() { return entryCount; }

    /** The encoded entries. */
    ByteWriter entries() { return section; }

    private void declareType(SExpr.Parens t) {
        Cursor c = Cursor.body(t);
        int index = scope.types.bind(c.optionalId(), t);
        SExpr.Parens comp = compositeOf(c.next());
        if (comp.isForm("struct")) {
            IndexSpace fields = new IndexSpace("field");
            Cursor sc = Cursor.body(comp);
            while (!sc.atEnd()) {
                SExpr.Parens fld = sc.nextForm("field");
                Cursor fc = Cursor.body(fld);
                String name = fc.optionalId();
                if (name != null) {
                    fields.bind(name, fld);
                } else {
                    while (!fc.atEnd()) {
                        fields.bind(null, fld);
                        fc.next();
                    }
                }
            }
            scope.fieldNames.put(index, fields);
        }
    }

    /** The composite type inside a type definition, looking through {@code (sub ...)}. */
    private static SExpr.Parens compositeOf(SExpr e) {
        if (!(e instanceof SExpr.Parens p)) throw TextErrors.malformed("unexpected token", e);
        if (p.isForm("sub")) {
            SExpr last = p.get(p.size() - 1);
            if (!(last instanceof SExpr.Parens lp)) throw TextErrors.malformed("unexpected token", last);
            return lp;
        }
        return p;
    }

    /** Encodes every explicit rec group (the type section's entries, without the count). */
    void encode() {
        int index = 0;
        int entries = 0;
        ByteWriter w = new ByteWriter();
        for (int g = 0; g < recGroups.size(); g++) {
            List<SExpr.Parens> group = recGroups.get(g);
            boolean single = !recForms.get(g);
            if (!single) w.u8(0x4E).u32(group.size());
            for (SExpr.Parens t : group) {
                subType(t, index, w, group.size() == 1); // (rec (type ..)) is the same type as (type ..)
                index++;
            }
            entries++;
        }
        section.bytes(w);
        entryCount = entries;
    }

    /** Encodes one type; {@code ownGroup}: it is alone in its rec group (so inline signatures may reuse it). */
    void subType(SExpr.Parens t, int index, ByteWriter w, boolean ownGroup) {
        Cursor c = Cursor.body(t);
        c.optionalId();
        SExpr.Parens def = c.nextParens();
        c.end();
        boolean plain = ownGroup;
        SExpr.Parens comp = def;
        if (def.isForm("sub")) {
            Cursor sc = Cursor.body(def);
            boolean fin = false;
            if (sc.peekKeyword("final")) {
                sc.next();
                fin = true;
            }
            List<Integer> supers = new ArrayList<>();
            while (sc.peekIndex()) supers.add(scope.types.resolve(sc.nextAtom()));
            comp = sc.nextParens();
            sc.end();
            if (!fin || !supers.isEmpty()) { // a final type without supertypes has the short form
                w.u8(fin ? 0x4F : 0x50).u32(supers.size());
                for (int s : supers) w.u32(s);
            }
            plain = plain && fin && supers.isEmpty();
        }
        Cursor cc = Cursor.body(comp);
        switch (comp.head() == null ? "" : comp.head()) {
            case "func" -> {
                ModuleScope.Signature sig = scope.signature(cc, new ArrayList<>(), new ArrayList<>());
                cc.end();
                w.u8(0x60).bytes(sig.params()).bytes(sig.results());
                scope.defineSignature(index, sig, plain);
            }
            case "struct" -> {
                ByteWriter fs = new ByteWriter();
                int n = 0;
                while (!cc.atEnd()) {
                    Cursor fc = Cursor.body(cc.nextForm("field"));
                    if (fc.optionalId() != null) {
                        fieldType(fc, fs);
                        n++;
                        fc.end();
                    } else {
                        while (!fc.atEnd()) {
                            fieldType(fc, fs);
                            n++;
                        }
                    }
                }
                w.u8(0x5F).u32(n).bytes(fs);
                scope.defineSignature(index, null, false);
            }
            case "array" -> {
                w.u8(0x5E);
                fieldType(cc, w);
                cc.end();
                scope.defineSignature(index, null, false);
            }
            default -> throw TextErrors.malformed("unexpected token", comp);
        }
    }

    private void fieldType(Cursor c, ByteWriter w) {
        if (c.peekForm("mut")) {
            Cursor mc = Cursor.body((SExpr.Parens) c.next());
            storageType(mc, w);
            mc.end();
            w.u8(1);
        } else {
            storageType(c, w);
            w.u8(0);
        }
    }

    private void storageType(Cursor c, ByteWriter w) {
        if (c.peekKeyword("i8")) {
            c.next();
            w.u8(0x78);
        } else if (c.peekKeyword("i16")) {
            c.next();
            w.u8(0x77);
        } else {
            scope.valType(c, w);
        }
    }
}
