package dev.weft.engine.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Core types inside components: function types, GC struct/array/sub types, and module types with
 * their declarators (imports, exports, types and outer type aliases).
 */
final class ComponentCoreTypes {
    private ComponentCoreTypes() {}

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
            case "struct", "array", "sub" -> {
                // encoded like a module's (type ...) field; a non-final sub needs a 0x00 prefix here so
                // it cannot be mistaken for a module type (0x50)
                SExpr.Parens asField = new SExpr.Parens(
                        List.of(new SExpr.Atom(SExpr.Kind.WORD, "type", null, p.line(), p.column()), p), p.line(), p.column());
                ByteWriter t = new ByteWriter();
                new TypeDefinitions(s.core).subType(asField, s.core.types.count(), t, true);
                byte[] bytes = t.toByteArray();
                if ((bytes[0] & 0xFF) == 0x50) w.u8(0x00);
                w.bytes(bytes);
                c.reset(p.size());
            }
            default -> throw TextErrors.malformed("unexpected token", p);
        }
        c.end();
        return w.toByteArray();
    }

    /**
     * {@code (rec (type $id? def)*)}: binds the group's ids first (its types may refer to each other)
     * and returns the {@code 0x4E} rec group entry; {@code c} is at the first type.
     */
    static byte[] recGroup(ComponentScope s, Cursor c) {
        List<SExpr.Parens> types = new ArrayList<>();
        int first = s.core.types.count();
        while (!c.atEnd()) {
            SExpr.Parens t = c.nextForm("type");
            Cursor tc = Cursor.body(t);
            s.bind(ComponentSort.CORE_TYPE, tc.optionalId(), t);
            types.add(t);
        }
        ByteWriter w = new ByteWriter().u8(0x4E).u32(types.size());
        TypeDefinitions defs = new TypeDefinitions(s.core);
        for (int i = 0; i < types.size(); i++) defs.subType(types.get(i), first + i, w, false);
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
                case "rec" -> inner.emit(ComponentScope.CORE_TYPE, recGroup(inner, dc), d);
                case "alias" -> {
                    ComponentAliases.AliasTarget t = ComponentAliases.aliasTarget(inner, dc);
                    SExpr.Parens sortForm = dc.nextParens();
                    dc.end();
                    if (!t.kind().equals("outer") || !sortForm.isForm("type")) {
                        throw TextErrors.malformed("unexpected token", d);
                    }
                    Cursor sc = Cursor.body(sortForm);
                    String id = sc.optionalId();
                    sc.end();
                    ComponentAliases.defineAlias(inner, t, ComponentSort.CORE_TYPE, id, d);
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
