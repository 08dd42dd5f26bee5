package dev.weft.engine.internal.interp;

import dev.weft.engine.TrapException;
import dev.weft.engine.UncaughtWasmException;
import dev.weft.engine.V128;
import dev.weft.engine.internal.model.ValType;
import dev.weft.engine.internal.runtime.ExceptionObject;
import dev.weft.engine.internal.runtime.FunctionInstance;
import dev.weft.engine.internal.runtime.TagInstance;
import dev.weft.engine.internal.runtime.Values;
import dev.weft.engine.internal.validate.TypeContext;
import java.util.List;

/**
 * Crossings between Java and wasm: converting arguments and results, setting up the per-thread
 * context for outermost calls, and turning stack overflows and wasm exceptions into the public
 * exception types.
 */
final class Boundary {
    private Boundary() {}

    static Object[] invoke(FunctionInstance f, Object[] args) {
        List<ValType> params = f.func.params();
        if (args == null) args = new Object[0];
        if (args.length != params.size()) {
            throw new IllegalArgumentException("expected " + params.size() + " arguments, got " + args.length);
        }
        if (f.host != null) return callHostDirect(f, args);
        ExecContext ctx = ExecContext.current();
        boolean outer = !ctx.active;
        if (outer) ctx.begin(f.instance.config);
        int savedSp = ctx.sp;
        int savedDepth = ctx.depth;
        try {
            int fp = savedSp;
            ctx.ensure(fp + Math.max(f.paramSlots, f.resultSlots) + 1);
            store(ctx, fp, params, f.types, args);
            ctx.sp = fp;
            Interpreter.run(ctx, f, fp);
            return load(ctx, fp, f.func.results());
        } catch (WasmThrow t) {
            throw new UncaughtWasmException(t.exn);
        } catch (StackOverflowError e) {
            throw new TrapException(TrapException.Kind.CALL_STACK_EXHAUSTED, "call stack exhausted", null);
        } finally {
            ctx.sp = savedSp;
            ctx.depth = savedDepth;
            if (outer) ctx.end();
        }
    }

    private static Object[] callHostDirect(FunctionInstance f, Object[] args) {
        List<ValType> params = f.func.params();
        Object[] copy = new Object[args.length];
        for (int i = 0; i < args.length; i++) copy[i] = check(params.get(i), f.types, args[i]);
        Object[] res = f.host.apply(copy);
        return checkResults(f, res);
    }

    private static Object check(ValType t, TypeContext types, Object v) {
        return switch (t.kind()) {
            case REF -> Values.checkRef(t, types, v);
            case V128 -> Values.unboxV128(v);
            default -> {
                Values.unboxNumber(t, v);
                yield v;
            }
        };
    }

    private static Object[] checkResults(FunctionInstance f, Object[] res) {
        List<ValType> results = f.func.results();
        if (res == null) res = new Object[0];
        if (res.length != results.size()) {
            throw new IllegalStateException("host function of type " + f.type() + " returned " + res.length
                    + " values, expected " + results.size());
        }
        for (int i = 0; i < res.length; i++) {
            try {
                check(results.get(i), f.types, res[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("host function of type " + f.type() + " returned a bad result "
                        + i + ": " + e.getMessage(), e);
            }
        }
        return res;
    }

    /** A wasm exception raised by a host function: {@code new UncaughtWasmException(tag, payload)}. */
    private static ExceptionObject exception(TagInstance tag, List<Object> payload) {
        List<ValType> types = tag.func().params();
        if (payload == null || payload.size() != types.size()) {
            throw new IllegalArgumentException("tag payload needs " + types.size() + " values");
        }
        int n = 0;
        for (ValType t : types) n += t.slots();
        long[] prims = new long[n];
        Object[] refs = new Object[n];
        int at = 0;
        for (int i = 0; i < types.size(); i++) {
            ValType t = types.get(i);
            switch (t.kind()) {
                case REF -> refs[at++] = Values.checkRef(t, tag.types(), payload.get(i));
                case V128 -> {
                    V128 v = Values.unboxV128(payload.get(i));
                    prims[at++] = v.lo();
                    prims[at++] = v.hi();
                }
                default -> prims[at++] = Values.unboxNumber(t, payload.get(i));
            }
        }
        return new ExceptionObject(tag, prims, refs);
    }

    /** Writes Java values into slots starting at {@code at}. */
    private static void store(ExecContext ctx, int at, List<ValType> types, TypeContext context, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            ValType t = types.get(i);
            switch (t.kind()) {
                case REF -> ctx.r[at++] = Values.checkRef(t, context, values[i]);
                case V128 -> {
                    V128 v = Values.unboxV128(values[i]);
                    ctx.s[at++] = v.lo();
                    ctx.s[at++] = v.hi();
                }
                default -> ctx.s[at++] = Values.unboxNumber(t, values[i]);
            }
        }
    }

    /** Reads values of the given types from slots starting at {@code at}. */
    private static Object[] load(ExecContext ctx, int at, List<ValType> types) {
        Object[] out = new Object[types.size()];
        for (int i = 0; i < out.length; i++) {
            ValType t = types.get(i);
            switch (t.kind()) {
                case REF -> out[i] = ctx.r[at++];
                case V128 -> {
                    out[i] = new V128(ctx.s[at], ctx.s[at + 1]);
                    at += 2;
                }
                default -> out[i] = Values.boxNumber(t, ctx.s[at++]);
            }
        }
        return out;
    }

    /**
     * Calls host function {@code g} from wasm: its arguments are the top slots ending at {@code sp}.
     * Returns the new sp with the results pushed in place of the arguments.
     */
    static int callHost(ExecContext ctx, FunctionInstance g, int sp) {
        int base = sp - g.paramSlots;
        List<ValType> params = g.func.params();
        Object[] args = load(ctx, base, params);
        int savedSp = ctx.sp;
        int savedDepth = ctx.depth;
        ctx.sp = base + Math.max(g.paramSlots, g.resultSlots);
        Object[] res;
        try {
            res = g.host.apply(args);
        } catch (UncaughtWasmException e) {
            if (e.exception() instanceof ExceptionObject ex) throw new WasmThrow(ex);
            if (e.tag() instanceof TagInstance tag) throw new WasmThrow(exception(tag, e.payload()));
            throw e;
        } finally {
            ctx.sp = savedSp;
            ctx.depth = savedDepth;
        }
        res = checkResults(g, res);
        ctx.ensure(base + g.resultSlots);
        store(ctx, base, g.func.results(), g.types, res);
        return base + g.resultSlots;
    }
}
