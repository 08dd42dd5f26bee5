package dev.weft.component.internal.abi;

import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.engine.Func;
import java.util.ArrayList;
import java.util.List;

/**
 * The synchronous Canonical ABI for whole signatures, as the component runtime uses it.
 *
 * <p>Calling a lifted export ({@code canon lift}; the context is the callee's):
 * {@link #lowerParams} gives the core arguments, the runtime calls the core function,
 * {@link #liftResults} turns its results into values, {@link CallScope#checkBorrowsDropped} checks
 * the callee kept no borrow, then {@link #postReturn} runs the post-return function.
 *
 * <p>A component calling a lowered import ({@code canon lower}; the context is the caller's):
 * {@link #liftParams} reads the core arguments, the callee runs, {@link #lowerResults} writes its
 * results, then {@link CallScope#releaseLenders} ends the borrows the call made.
 *
 * <p>Parameters that flatten to more than 16 core values travel in memory (allocated with realloc
 * under lift, pointed to by the only argument under lower); results that flatten to more than one
 * core value travel in memory too (a returned pointer under lift, an extra out-pointer argument
 * under lower).
 */
public final class Abi {
    private Abi() {}

    /** {@code canon lift}: the core arguments for calling the lifted core function with {@code args}. */
    public static Object[] lowerParams(AbiContext cx, FuncSignature sig, List<Val> args) {
        checkCount(args, sig.params(), "arguments");
        List<Object> out = new ArrayList<>();
        if (sig.paramsSpilled(cx.ptrSize)) {
            Type.TupleType tuple = new Type.TupleType(sig.params());
            long ptr = cx.allocate(Layout.alignment(tuple, cx.ptrSize), Layout.size(tuple, cx.ptrSize), Region.VALUES);
            Lowering.storeTuple(cx, args, sig.params(), ptr);
            addPtr(cx, out, ptr);
        } else {
            for (int i = 0; i < args.size(); i++) Lowering.lowerFlat(cx, args.get(i), sig.params().get(i), out);
        }
        return out.toArray();
    }

    /** {@code canon lift}: the values the core function's results stand for. */
    public static List<Val> liftResults(AbiContext cx, FuncSignature sig, Object[] coreResults) {
        return liftValues(cx, sig.results(), sig.resultsSpilled(cx.ptrSize), coreResults);
    }

    /** {@code canon lower}: the values the caller's core arguments stand for. */
    public static List<Val> liftParams(AbiContext cx, FuncSignature sig, Object[] coreArgs) {
        return liftValues(cx, sig.params(), sig.paramsSpilled(cx.ptrSize), coreArgs);
    }

    /**
     * {@code canon lower}: the core results for the caller. When the results are spilled they are
     * stored at the out-pointer (the last core argument) and no core result is returned.
     */
    public static Object[] lowerResults(AbiContext cx, FuncSignature sig, List<Val> results, Object[] coreArgs) {
        checkCount(results, sig.results(), "results");
        if (sig.resultsSpilled(cx.ptrSize)) {
            Type.TupleType tuple = new Type.TupleType(sig.results());
            FlatReader in = new FlatReader(coreArgs, coreArgs.length - 1);
            long ptr = in.ptr(cx.ptrSize);
            cx.checkRange(ptr, Layout.size(tuple, cx.ptrSize), Layout.alignment(tuple, cx.ptrSize), Region.VALUES);
            Lowering.storeTuple(cx, results, sig.results(), ptr);
            return new Object[0];
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) Lowering.lowerFlat(cx, results.get(i), sig.results().get(i), out);
        return out.toArray();
    }

    /**
     * Runs the options' post-return function (if any) on the core results, with {@code may_leave}
     * off: post-return may only free memory, not call out of the instance.
     */
    public static void postReturn(CanonicalOptions opts, InstanceState inst, Object[] coreResults) {
        Func postReturn = opts.postReturn();
        if (postReturn == null) return;
        inst.setMayLeave(false);
        CoreCall.trapOnThrow(postReturn, coreResults);
        inst.setMayLeave(true);
    }

    private static List<Val> liftValues(AbiContext cx, List<Type> types, boolean spilled, Object[] core) {
        if (spilled) {
            Type.TupleType tuple = new Type.TupleType(types);
            long ptr = new FlatReader(core, 0).ptr(cx.ptrSize);
            cx.checkRange(ptr, Layout.size(tuple, cx.ptrSize), Layout.alignment(tuple, cx.ptrSize), Region.VALUES);
            return Lifting.loadTuple(cx, ptr, types);
        }
        FlatReader in = new FlatReader(core, 0);
        List<Val> out = new ArrayList<>(types.size());
        for (Type t : types) out.add(Lifting.liftFlat(cx, in, t));
        return out;
    }

    private static void checkCount(List<Val> values, List<Type> types, String what) {
        if (values.size() != types.size()) {
            throw new IllegalArgumentException("expected " + types.size() + " " + what + ", got " + values.size());
        }
    }

    private static void addPtr(AbiContext cx, List<Object> out, long value) {
        out.add(cx.ptrSize == 8 ? (Object) value : (Object) (int) value);
    }
}
