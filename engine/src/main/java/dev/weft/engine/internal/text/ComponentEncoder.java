package dev.weft.engine.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes the fields of one text component into the component binary format. Fields are handled
 * in text order and each becomes an entry of its section (consecutive entries of one kind share a
 * section), so indices are assigned exactly as in the binary. Abbreviations expand on the way:
 * inline types, inline alias sugar and inline instances are emitted just before the definition
 * that uses them; inline imports become import entries in place, and inline exports become
 * export entries at the end of the component. Ids go to a {@code component-name} section.
 */
final class ComponentEncoder {
    private static final byte[] PREAMBLE = {0x00, 0x61, 0x73, 0x6D, 0x0D, 0x00, 0x01, 0x00};

    private final ByteWriter out = new ByteWriter();
    private int openSection = -1;
    private int openCount;
    private final ByteWriter openEntries = new ByteWriter();
    private final ComponentScope scope;
    /** Inline export abbreviations become exports at the end of the component (as in wasm-tools). */
    private final List<Runnable> deferredExports = new ArrayList<>();

    private ComponentEncoder(ComponentScope parent, String name) {
        scope = new ComponentScope(parent, name, ComponentScope.Kind.COMPONENT, (section, entry, at) -> entry(section, entry));
    }

    /** Encodes component fields (the items of {@code (component $name? ...)} after the name). */
    static byte[] encode(ComponentScope parent, String name, List<SExpr> items) {
        ComponentEncoder e = new ComponentEncoder(parent, name);
        e.out.bytes(PREAMBLE);
        for (SExpr item : items) {
            if (!(item instanceof SExpr.Parens p) || p.head() == null) throw TextErrors.malformed("unexpected token", item);
            e.field(p);
        }
        for (Runnable export : e.deferredExports) export.run();
        e.flush();
        e.nameSection(name);
        return e.out.toByteArray();
    }

    /** The {@code component-name} custom section: the component's id and every id bound per sort. */
    private void nameSection(String componentName) {
        ByteWriter content = new ByteWriter().name("component-name");
        boolean any = false;
        if (componentName != null) {
            ByteWriter sub = new ByteWriter().name(componentName);
            content.u8(0).u32(sub.size()).bytes(sub);
            any = true;
        }
        for (ComponentSort sort : ComponentSort.values()) {
            java.util.SortedMap<Integer, String> names = scope.space(sort).namesByIndex();
            if (names.isEmpty()) continue;
            ByteWriter sub = new ByteWriter();
            sort.write(sub);
            sub.u32(names.size());
            names.forEach((index, name) -> sub.u32(index).name(name));
            content.u8(1).u32(sub.size()).bytes(sub);
            any = true;
        }
        if (any) out.u8(0).u32(content.size()).bytes(content);
    }

    // ---------------------------------------------------------------- sections

    private void entry(int section, byte[] entry) {
        if (section != openSection) flush();
        openSection = section;
        openEntries.bytes(entry);
        openCount++;
    }

    private void flush() {
        if (openSection < 0) return;
        ByteWriter content = new ByteWriter().u32(openCount).bytes(openEntries);
        out.u8(openSection).u32(content.size()).bytes(content);
        openSection = -1;
        openCount = 0;
        openEntries.reset();
    }

    /** A section holding one nested module or component. */
    private void single(int section, byte[] content) {
        flush();
        out.u8(section).u32(content.length).bytes(content);
    }

    // ---------------------------------------------------------------- fields

    private void field(SExpr.Parens f) {
        Cursor c = Cursor.body(f);
        if (f.isForm("core")) {
            SExpr.Atom kw = c.nextAtom();
            if (kw.isKeyword("rec")) {
                scope.emit(ComponentScope.CORE_TYPE, ComponentCoreTypes.recGroup(scope, c), f);
                return;
            }
            ComponentSort sort = kw.kind() == SExpr.Kind.WORD ? ComponentSort.core(kw.text()) : null;
            if (sort == null) throw TextErrors.malformed("unexpected token", kw);
            switch (sort) {
                case CORE_MODULE -> coreModule(f, c);
                case CORE_INSTANCE -> coreInstance(f, c);
                case CORE_TYPE -> {
                    String id = c.optionalId();
                    byte[] t = ComponentCoreTypes.coreType(scope, c.next(), id);
                    c.end();
                    scope.emit(ComponentScope.CORE_TYPE, t, f);
                    scope.bind(ComponentSort.CORE_TYPE, id, f);
                }
                default -> coreItem(f, c, sort);
            }
            return;
        }
        switch (f.head()) {
            case "component" -> component(f, c);
            case "instance" -> instance(f, c);
            case "alias" -> ComponentAliases.alias(scope, f, c);
            case "type" -> type(f, c);
            case "canon" -> canon(f, c);
            case "func" -> func(f, c);
            case "import" -> {
                ByteWriter w = new ByteWriter();
                ComponentDeclarators.nameAttributes(c, w);
                SExpr.Parens desc = c.nextParens();
                c.end();
                ComponentDeclarators.externType(scope, desc, w, true);
                entry(10, w.toByteArray());
            }
            case "export" -> export(f, c);
            case "start" -> start(f, c);
            default -> throw TextErrors.malformed("unexpected token", f);
        }
    }

    /** Inline {@code (export "n")} abbreviations and an optional inline {@code (import "n")} after a definition's id. */
    private record Inline(List<SExpr.Parens> exports, SExpr.Parens importForm) {}

    private static Inline inline(Cursor c) {
        List<SExpr.Parens> exports = new ArrayList<>();
        while (c.peek() instanceof SExpr.Parens p && p.isForm("export") && isNameOnly(p)) {
            exports.add(p);
            c.next();
        }
        SExpr.Parens imp = null;
        if (c.peek() instanceof SExpr.Parens p && p.isForm("import") && isNameOnly(p)) {
            imp = p;
            c.next();
        }
        return new Inline(exports, imp);
    }

    /**
     * True for {@code (export "n" attrs*)} / {@code (import "n" attrs*)}: the inline abbreviation,
     * as opposed to a field of a nested component or module, which says what it exports or imports.
     */
    private static boolean isNameOnly(SExpr.Parens p) {
        if (p.size() < 2 || !(p.get(1) instanceof SExpr.Atom a) || a.kind() != SExpr.Kind.STRING) return false;
        for (int i = 2; i < p.size(); i++) {
            if (!(p.get(i) instanceof SExpr.Parens q)
                    || !(q.isForm("implements") || q.isForm("versionsuffix") || q.isForm("external-id"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Queues the inline exports of definition {@code index} for the end of the component, where
     * each adds an index to the sort.
     */
    private void exports(Inline in, ComponentSort sort, int index) {
        for (SExpr.Parens e : in.exports()) {
            Cursor ec = Cursor.body(e);
            ByteWriter w = new ByteWriter();
            ComponentDeclarators.nameAttributes(ec, w);
            ec.end();
            sort.write(w);
            w.u32(index).u8(0x00);
            byte[] entry = w.toByteArray();
            deferredExports.add(() -> {
                entry(11, entry);
                scope.bind(sort, null, e);
            });
        }
    }

    /**
     * A definition written as an inline import: {@code (func $id? (import "n") typeuse)} and the
     * like; the rest of the form is the extern description's body.
     */
    private void inlineImport(SExpr.Parens f, Cursor c, ComponentSort sort, String id, Inline in) {
        Cursor ic = Cursor.body(in.importForm());
        ByteWriter w = new ByteWriter();
        ComponentDeclarators.nameAttributes(ic, w);
        ic.end();
        ComponentDeclarators.externTypeBody(scope, sort, f, c, w, id);
        c.end();
        entry(10, w.toByteArray());
        exports(in, sort, scope.bind(sort, id, f));
    }

    /** {@code (sort $id? (alias ...))}: the alias form of a definition. */
    private boolean aliasDefinition(SExpr.Parens f, Cursor c, ComponentSort sort, String id, Inline in) {
        // (alias ...) without a trailing sort form; a nested component's alias fields have one
        if (!(c.peek() instanceof SExpr.Parens a) || !a.isForm("alias") || c.peek(1) != null
                || a.get(a.size() - 1) instanceof SExpr.Parens) {
            return false;
        }
        c.next();
        c.end();
        Cursor ac = Cursor.body(a);
        ComponentAliases.AliasTarget t = ComponentAliases.aliasTarget(scope, ac);
        ac.end();
        exports(in, sort, ComponentAliases.defineAlias(scope, t, sort, id, f));
        return true;
    }

    private void coreModule(SExpr.Parens f, Cursor c) {
        String id = c.optionalId();
        Inline in = inline(c);
        if (in.importForm() != null) {
            inlineImport(f, c, ComponentSort.CORE_MODULE, id, in);
            return;
        }
        if (aliasDefinition(f, c, ComponentSort.CORE_MODULE, id, in)) return;
        byte[] module;
        if (c.peekKeyword("binary")) {
            c.next();
            module = Wat.concatStrings(c);
        } else if (c.peekKeyword("quote")) {
            c.next();
            module = Wat.toBinary(SExprReader.utf8(Wat.concatStrings(c), f.line(), f.column()));
        } else {
            module = ModuleEncoder.encode(id, f.items().subList(c.position(), f.size()));
        }
        single(1, module);
        exports(in, ComponentSort.CORE_MODULE, scope.bind(ComponentSort.CORE_MODULE, id, f));
    }

    private void coreInstance(SExpr.Parens f, Cursor c) {
        String id = c.optionalId();
        scope.emit(ComponentScope.CORE_INSTANCE, ComponentInstances.coreInstance(scope, c), f);
        scope.bind(ComponentSort.CORE_INSTANCE, id, f);
    }

    /** {@code (core func|table|memory|global|tag $id? (canon ...)|(alias ...))}. */
    private void coreItem(SExpr.Parens f, Cursor c, ComponentSort sort) {
        String id = c.optionalId();
        Inline in = inline(c);
        if (!in.exports().isEmpty() || in.importForm() != null) throw TextErrors.malformed("unexpected token", f);
        if (aliasDefinition(f, c, sort, id, in)) return;
        if (sort != ComponentSort.CORE_FUNC || !c.peekForm("canon")) throw TextErrors.malformed("unexpected token", f);
        SExpr.Parens canon = (SExpr.Parens) c.next();
        c.end();
        Cursor cc = Cursor.body(canon);
        if (cc.peekKeyword("lift")) throw TextErrors.malformed("unexpected token", canon);
        byte[] entry = CanonEncoder.canon(scope, cc, -1);
        cc.end();
        scope.emit(ComponentScope.CANON, entry, f);
        scope.bind(ComponentSort.CORE_FUNC, id, f);
    }

    private void component(SExpr.Parens f, Cursor c) {
        String id = c.optionalId();
        Inline in = inline(c);
        if (in.importForm() != null) {
            inlineImport(f, c, ComponentSort.COMPONENT, id, in);
            return;
        }
        if (aliasDefinition(f, c, ComponentSort.COMPONENT, id, in)) return;
        byte[] nested;
        if (c.peekKeyword("binary")) {
            c.next();
            nested = Wat.concatStrings(c);
        } else {
            nested = encode(scope, id, f.items().subList(c.position(), f.size()));
        }
        single(4, nested);
        exports(in, ComponentSort.COMPONENT, scope.bind(ComponentSort.COMPONENT, id, f));
    }

    private void instance(SExpr.Parens f, Cursor c) {
        String id = c.optionalId();
        Inline in = inline(c);
        if (in.importForm() != null) {
            inlineImport(f, c, ComponentSort.INSTANCE, id, in);
            return;
        }
        if (aliasDefinition(f, c, ComponentSort.INSTANCE, id, in)) return;
        byte[] entry = ComponentInstances.instance(scope, c);
        scope.emit(ComponentScope.INSTANCE, entry, f);
        exports(in, ComponentSort.INSTANCE, scope.bind(ComponentSort.INSTANCE, id, f));
    }

    private void type(SExpr.Parens f, Cursor c) {
        String id = c.optionalId();
        Inline in = inline(c);
        if (in.importForm() != null) {
            inlineImport(f, c, ComponentSort.TYPE, id, in);
            return;
        }
        if (aliasDefinition(f, c, ComponentSort.TYPE, id, in)) return;
        byte[] t = ComponentTypes.defType(scope, c.next(), id);
        c.end();
        scope.emit(ComponentScope.TYPE, t, f);
        exports(in, ComponentSort.TYPE, scope.bind(ComponentSort.TYPE, id, f));
    }

    /** {@code (canon lift ... (func $id? typeuse))} or {@code (canon <op> ... (core func $id?))}. */
    private void canon(SExpr.Parens f, Cursor c) {
        if (f.size() < 3 || !(f.get(f.size() - 1) instanceof SExpr.Parens def)) throw TextErrors.malformed("unexpected token", f);
        Cursor body = new Cursor(f.items().subList(0, f.size() - 1), f, 1);
        Cursor dc = Cursor.body(def);
        ComponentSort sort = ComponentSort.of(def, dc);
        boolean lift = body.peekKeyword("lift");
        if (sort != (lift ? ComponentSort.FUNC : ComponentSort.CORE_FUNC)) throw TextErrors.malformed("unexpected token", def);
        String id = dc.optionalId();
        Inline in = lift ? inline(dc) : new Inline(List.of(), null);
        int type = -1;
        if (lift) type = funcTypeUse(def, dc);
        dc.end();
        byte[] entry = CanonEncoder.canon(scope, body, type);
        body.end();
        scope.emit(ComponentScope.CANON, entry, f);
        int index = scope.bind(sort, id, f);
        if (lift) exports(in, sort, index);
    }

    /** {@code (type i)} or an inline function signature, which becomes a type definition. */
    private int funcTypeUse(SExpr.Parens at, Cursor c) {
        if (c.peek() instanceof SExpr.Parens t && t.isForm("type") && t.size() == 2 && t.get(1) instanceof SExpr.Atom a) {
            c.next();
            return scope.resolve(ComponentSort.TYPE, a);
        }
        ByteWriter w = new ByteWriter();
        ComponentTypes.funcType(scope, c, w);
        return scope.defineType(w.toByteArray(), at);
    }

    /** {@code (func $id? (export "n")* typeuse (canon lift ...))}, or an alias or import of a function. */
    private void func(SExpr.Parens f, Cursor c) {
        String id = c.optionalId();
        Inline in = inline(c);
        if (in.importForm() != null) {
            inlineImport(f, c, ComponentSort.FUNC, id, in);
            return;
        }
        if (aliasDefinition(f, c, ComponentSort.FUNC, id, in)) return;
        if (f.size() < 2 || !(f.get(f.size() - 1) instanceof SExpr.Parens canon) || !canon.isForm("canon")) {
            throw TextErrors.malformed("unexpected token", f);
        }
        Cursor tc = new Cursor(f.items().subList(0, f.size() - 1), f, c.position());
        int type = funcTypeUse(f, tc);
        tc.end();
        Cursor cc = Cursor.body(canon);
        if (!cc.peekKeyword("lift")) throw TextErrors.malformed("unexpected token", canon);
        byte[] entry = CanonEncoder.canon(scope, cc, type);
        cc.end();
        scope.emit(ComponentScope.CANON, entry, f);
        exports(in, ComponentSort.FUNC, scope.bind(ComponentSort.FUNC, id, f));
    }

    /** {@code (export $id? "n" attrs* (sort idx) externdesc?)}: adds an index to the exported sort. */
    private void export(SExpr.Parens f, Cursor c) {
        String id = c.optionalId();
        ByteWriter w = new ByteWriter();
        ComponentDeclarators.nameAttributes(c, w);
        ComponentSort sort = ComponentRefs.sortIndex(scope, c.nextParens(), false, w);
        if (c.atEnd()) {
            w.u8(0x00);
        } else {
            SExpr.Parens desc = c.nextParens();
            w.u8(0x01);
            ComponentDeclarators.externType(scope, desc, w, false);
        }
        c.end();
        entry(11, w.toByteArray());
        scope.bind(sort, id, f);
    }

    /** {@code (start f (value v)* (result (value $id?))*)}. */
    private void start(SExpr.Parens f, Cursor c) {
        ByteWriter w = new ByteWriter().u32(scope.resolve(ComponentSort.FUNC, c.nextAtom()));
        ByteWriter args = new ByteWriter();
        int n = 0;
        while (c.peekForm("value")) {
            Cursor vc = Cursor.body((SExpr.Parens) c.next());
            args.u32(scope.resolve(ComponentSort.VALUE, vc.nextAtom()));
            vc.end();
            n++;
        }
        List<String> results = new ArrayList<>();
        while (c.peekForm("result")) {
            Cursor rc = Cursor.body((SExpr.Parens) c.next());
            Cursor vc = Cursor.body(rc.nextForm("value"));
            results.add(vc.optionalId());
            vc.end();
            rc.end();
        }
        c.end();
        w.u32(n).bytes(args).u32(results.size());
        single(9, w.toByteArray());
        for (String r : results) scope.bind(ComponentSort.VALUE, r, f);
    }
}
