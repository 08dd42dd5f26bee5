package dev.weft.engine.internal.text;

/**
 * Encodes canonical definitions ({@code canon lift}, {@code canon lower} and the built-ins such as
 * {@code resource.new} or {@code stream.read}) and their options.
 */
final class CanonEncoder {
    private CanonEncoder() {}

    /** True if the built-in {@code op} defines a component function (only {@code lift} does). */
    static boolean definesFunc(String op) { return op.equals("lift"); }

    /**
     * Encodes the canon definition whose operator and immediates {@code c} is at (after
     * {@code canon}); stops at the trailing definition form, which the caller handles.
     * {@code liftType} is the function type index for {@code lift}.
     */
    static byte[] canon(ComponentScope s, Cursor c, int liftType) {
        SExpr.Atom opAtom = c.nextAtom();
        if (opAtom.kind() != SExpr.Kind.WORD) throw TextErrors.malformed("unexpected token", opAtom);
        String op = opAtom.text();
        ByteWriter w = new ByteWriter();
        switch (op) {
            case "lift" -> {
                w.u8(0x00).u8(0x00).u32(ComponentRefs.ref(s, ComponentSort.CORE_FUNC, c));
                options(s, c, w);
                w.u32(liftType);
            }
            case "lower" -> {
                w.u8(0x01).u8(0x00).u32(ComponentRefs.ref(s, ComponentSort.FUNC, c));
                options(s, c, w);
            }
            case "resource.new" -> w.u8(0x02).u32(type(s, c));
            case "resource.drop" -> w.u8(0x03).u32(type(s, c));
            case "resource.rep" -> w.u8(0x04).u32(type(s, c));
            case "backpressure.inc" -> w.u8(0x24);
            case "backpressure.dec" -> w.u8(0x25);
            case "task.return" -> {
                w.u8(0x09);
                ComponentTypes.resultList(s, c, w);
                options(s, c, w);
            }
            case "task.cancel" -> w.u8(0x05);
            case "context.get", "context.set" -> {
                w.u8(op.equals("context.get") ? 0x0A : 0x0B);
                s.core.valType(c, w);
                w.u32(NumberLiterals.natBits(c.nextAtom(), 32));
            }
            case "subtask.cancel" -> w.u8(0x06).u8(flag(c, "async"));
            case "subtask.drop" -> w.u8(0x0D);
            case "stream.new" -> w.u8(0x0E).u32(type(s, c));
            case "stream.read", "stream.write", "future.read", "future.write" -> {
                w.u8(switch (op) {
                    case "stream.read" -> 0x0F;
                    case "stream.write" -> 0x10;
                    case "future.read" -> 0x16;
                    default -> 0x17;
                }).u32(type(s, c));
                options(s, c, w);
            }
            case "stream.cancel-read" -> w.u8(0x11).u32(type(s, c)).u8(flag(c, "async"));
            case "stream.cancel-write" -> w.u8(0x12).u32(type(s, c)).u8(flag(c, "async"));
            case "stream.drop-readable" -> w.u8(0x13).u32(type(s, c));
            case "stream.drop-writable" -> w.u8(0x14).u32(type(s, c));
            case "future.new" -> w.u8(0x15).u32(type(s, c));
            case "future.cancel-read" -> w.u8(0x18).u32(type(s, c)).u8(flag(c, "async"));
            case "future.cancel-write" -> w.u8(0x19).u32(type(s, c)).u8(flag(c, "async"));
            case "future.drop-readable" -> w.u8(0x1A).u32(type(s, c));
            case "future.drop-writable" -> w.u8(0x1B).u32(type(s, c));
            case "error-context.new", "error-context.debug-message" -> {
                w.u8(op.equals("error-context.new") ? 0x1C : 0x1D);
                options(s, c, w);
            }
            case "error-context.drop" -> w.u8(0x1E);
            case "waitable-set.new" -> w.u8(0x1F);
            case "waitable-set.wait", "waitable-set.poll" -> {
                w.u8(op.equals("waitable-set.wait") ? 0x20 : 0x21).u8(flag(c, "cancellable"));
                Cursor mc = Cursor.body(c.nextForm("memory"));
                w.u32(memory(s, mc));
                mc.end();
            }
            case "waitable-set.drop" -> w.u8(0x22);
            case "waitable.join" -> w.u8(0x23);
            case "thread.index" -> w.u8(0x26);
            case "thread.new-indirect" -> w.u8(0x27).u32(ComponentRefs.ref(s, ComponentSort.CORE_TYPE, c))
                    .u32(ComponentRefs.ref(s, ComponentSort.CORE_TABLE, c));
            case "thread.resume-later" -> w.u8(0x28);
            case "thread.suspend" -> w.u8(0x29).u8(flag(c, "cancellable"));
            case "thread.yield" -> w.u8(0x0C).u8(flag(c, "cancellable"));
            case "thread.suspend-then-resume" -> w.u8(0x2A).u8(flag(c, "cancellable"));
            case "thread.yield-then-resume" -> w.u8(0x2B).u8(flag(c, "cancellable"));
            case "thread.suspend-then-promote" -> w.u8(0x2C).u8(flag(c, "cancellable"));
            case "thread.yield-then-promote" -> w.u8(0x2D).u8(flag(c, "cancellable"));
            case "thread.spawn-ref" -> w.u8(0x40).u8(flag(c, "shared")).u32(ComponentRefs.ref(s, ComponentSort.CORE_TYPE, c));
            case "thread.spawn-indirect" -> w.u8(0x41).u8(flag(c, "shared"))
                    .u32(ComponentRefs.ref(s, ComponentSort.CORE_TYPE, c))
                    .u32(ComponentRefs.ref(s, ComponentSort.CORE_TABLE, c));
            case "thread.available-parallelism" -> w.u8(0x42).u8(flag(c, "shared"));
            default -> throw TextErrors.malformed("unexpected token", opAtom);
        }
        return w.toByteArray();
    }

    private static int type(ComponentScope s, Cursor c) {
        return ComponentRefs.ref(s, ComponentSort.TYPE, c);
    }

    /** An optional keyword immediate ({@code async}, {@code cancellable}, {@code shared}) as 0 or 1. */
    private static int flag(Cursor c, String kw) {
        if (!c.peekKeyword(kw)) return 0;
        c.next();
        return 1;
    }

    /** The index inside {@code (memory ...)}: {@code i}, {@code i "name"} or {@code (core memory ...)}. */
    private static int memory(ComponentScope s, Cursor c) {
        if (c.peek() instanceof SExpr.Parens) return ComponentRefs.ref(s, ComponentSort.CORE_MEMORY, c);
        return ComponentRefs.index(s, ComponentSort.CORE_MEMORY, c, c.peek());
    }

    private static int coreFunc(ComponentScope s, Cursor c) {
        if (c.peek() instanceof SExpr.Parens) return ComponentRefs.ref(s, ComponentSort.CORE_FUNC, c);
        return ComponentRefs.index(s, ComponentSort.CORE_FUNC, c, c.peek());
    }

    /** True if the next item is a canonical option. */
    private static boolean peekOption(Cursor c) {
        if (c.peek() instanceof SExpr.Atom a) {
            return a.kind() == SExpr.Kind.WORD && (a.text().startsWith("string-encoding=") || a.text().equals("async"));
        }
        return c.peekForm("memory") || c.peekForm("realloc") || c.peekForm("post-return") || c.peekForm("callback");
    }

    /** {@code vec(canonopt)}. */
    private static void options(ComponentScope s, Cursor c, ByteWriter out) {
        ByteWriter opts = new ByteWriter();
        int n = 0;
        while (peekOption(c)) {
            SExpr e = c.next();
            if (e instanceof SExpr.Atom a) {
                opts.u8(switch (a.text()) {
                    case "string-encoding=utf8" -> 0x00;
                    case "string-encoding=utf16" -> 0x01;
                    case "string-encoding=latin1+utf16" -> 0x02;
                    case "async" -> 0x06;
                    default -> throw TextErrors.malformed("unexpected token", a);
                });
            } else {
                SExpr.Parens p = (SExpr.Parens) e;
                Cursor pc = Cursor.body(p);
                switch (p.head()) {
                    case "memory" -> opts.u8(0x03).u32(memory(s, pc));
                    case "realloc" -> opts.u8(0x04).u32(coreFunc(s, pc));
                    case "post-return" -> opts.u8(0x05).u32(coreFunc(s, pc));
                    default -> opts.u8(0x07).u32(coreFunc(s, pc));
                }
                pc.end();
            }
            n++;
        }
        out.u32(n).bytes(opts);
    }
}
