package dev.weft.engine.internal.text;

/**
 * Encodes instance definitions: core instances ({@code instantiate} a module, or a bundle of inline
 * exports) and component instances ({@code instantiate} a component, or inline exports). An
 * argument written as {@code (instance (export ...)*)} defines an instance of its own first.
 */
final class ComponentInstances {
    private ComponentInstances() {}

    /** The entry of {@code (core instance $id? ...)} whose body {@code c} is at. */
    static byte[] coreInstance(ComponentScope scope, Cursor c) {
        if (!c.peekForm("instantiate")) return coreInlineExports(scope, c);
        SExpr.Parens inst = (SExpr.Parens) c.next();
        c.end();
        Cursor ic = Cursor.body(inst);
        int module = ComponentRefs.ref(scope, ComponentSort.CORE_MODULE, ic);
        ByteWriter args = new ByteWriter();
        int n = 0;
        while (!ic.atEnd()) {
            Cursor wc = Cursor.body(ic.nextForm("with"));
            args.name(ModuleScope.name(wc.nextString()));
            SExpr.Parens target = wc.nextForm("instance");
            wc.end();
            args.u8(0x12).u32(coreInstanceRef(scope, target));
            n++;
        }
        return new ByteWriter().u8(0x00).u32(module).u32(n).bytes(args).toByteArray();
    }

    /** {@code (instance i)} or {@code (instance (export "n" (func ...))*)}, which defines a new core instance. */
    private static int coreInstanceRef(ComponentScope scope, SExpr.Parens target) {
        Cursor tc = Cursor.body(target);
        if (tc.atEnd() || tc.peek() instanceof SExpr.Parens) {
            scope.emit(ComponentScope.CORE_INSTANCE, coreInlineExports(scope, tc), target);
            return scope.bind(ComponentSort.CORE_INSTANCE, null, target);
        }
        int i = ComponentRefs.index(scope, ComponentSort.CORE_INSTANCE, tc, target);
        tc.end();
        return i;
    }

    /** {@code 0x01 vec(core:inlineexport)} from {@code (export "n" (sort idx))*}. */
    private static byte[] coreInlineExports(ComponentScope scope, Cursor c) {
        ByteWriter es = new ByteWriter();
        int n = 0;
        while (!c.atEnd()) {
            Cursor ec = Cursor.body(c.nextForm("export"));
            es.name(ModuleScope.name(ec.nextString()));
            ComponentRefs.sortIndex(scope, ec.nextParens(), true, es);
            ec.end();
            n++;
        }
        return new ByteWriter().u8(0x01).u32(n).bytes(es).toByteArray();
    }

    /** The entry of {@code (instance $id? ...)} whose body (after inline exports) {@code c} is at. */
    static byte[] instance(ComponentScope scope, Cursor c) {
        if (!c.peekForm("instantiate")) return inlineExports(scope, c);
        SExpr.Parens inst = (SExpr.Parens) c.next();
        c.end();
        Cursor ic = Cursor.body(inst);
        int comp = ComponentRefs.ref(scope, ComponentSort.COMPONENT, ic);
        ByteWriter args = new ByteWriter();
        int n = 0;
        while (!ic.atEnd()) {
            Cursor wc = Cursor.body(ic.nextForm("with"));
            args.name(ModuleScope.name(wc.nextString()));
            SExpr.Parens target = wc.nextParens();
            wc.end();
            if (target.isForm("instance") && (target.size() == 1 || target.get(1) instanceof SExpr.Parens)) {
                scope.emit(ComponentScope.INSTANCE, inlineExports(scope, Cursor.body(target)), target);
                ComponentSort.INSTANCE.write(args);
                args.u32(scope.bind(ComponentSort.INSTANCE, null, target));
            } else {
                ComponentRefs.sortIndex(scope, target, false, args);
            }
            n++;
        }
        return new ByteWriter().u8(0x00).u32(comp).u32(n).bytes(args).toByteArray();
    }

    /** {@code 0x01 vec(inlineexport)} from {@code (export "n" (sort idx))*}. */
    private static byte[] inlineExports(ComponentScope scope, Cursor c) {
        ByteWriter es = new ByteWriter();
        int n = 0;
        while (!c.atEnd()) {
            Cursor ec = Cursor.body(c.nextForm("export"));
            ComponentDeclarators.nameAttributes(ec, es);
            ComponentRefs.sortIndex(scope, ec.nextParens(), false, es);
            ec.end();
            n++;
        }
        return new ByteWriter().u8(0x01).u32(n).bytes(es).toByteArray();
    }
}
