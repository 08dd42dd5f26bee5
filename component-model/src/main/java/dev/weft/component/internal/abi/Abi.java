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
 *
 * <p>Errors: whatever the guest supplies (core values, pointers, memory contents, handle indices,
 * realloc and post-return behaviour) is checked and a mismatch traps ({@link dev.weft.engine.TrapException}
 * with the spec's message; a handle index of the wrong resource type, a borrow where an own is
 * needed, or an unknown index included). A host-supplied {@link Val} that does not fit its type
 * (wrong kind, missing field, unknown case or flag, a handle of another resource type, a borrowed
 * handle passed as an own) is a host programming error: an {@link IllegalArgumentException} whose
 * message names the value and the path inside it, e.g. {@code argument 1, field `name`: expected
 * string, got U32}. Either way {@code may_leave} is left as it was before the call.
 */
public final class Abi {
    private Abi() {}

    /** {@code canon lift}: the core arguments for calling the lifted core function with {@code args}. */
    public static Object[] lowerParams(AbiContext cx, FuncSignature sig, List<Val> args) {
        checkCount(args, sig.params(), "arguments");
        return lowerFlatValues(cx, Flattening.MAX_FLAT_PARAMS, sig.params(), args, -1, "argument ");
    }

    /** {@code canon lift}: the values the core function's results stand for. */
    public static List<Val> liftResults(AbiContext cx, FuncSignature sig, Object[] coreResults) {
        return liftFlatValues(cx, Flattening.MAX_FLAT_RESULTS, sig.results(), coreResults, 0);
    }

    /** {@code canon lower}: the values the caller's core arguments stand for. */
    public static List<Val> liftParams(AbiContext cx, FuncSignature sig, Object[] coreArgs) {
        return liftFlatValues(cx, Flattening.MAX_FLAT_PARAMS, sig.params(), coreArgs, 0);
    }

    /**
     * {@code canon lower}: the core results for the caller. When the results are spilled they are
     * stored at the out-pointer (the last core argument) and no core result is returned.
     */
    public static Object[] lowerResults(AbiContext cx, FuncSignature sig, List<Val> results, Object[] coreArgs) {
        checkCount(results, sig.results(), "results");
        long outPtr = sig.resultsSpilled(cx.ptrSize) ? new FlatReader(coreArgs, coreArgs.length - 1).ptr(cx.ptrSize) : -1;
        return lowerFlatValues(cx, Flattening.MAX_FLAT_RESULTS, sig.results(), results, outPtr, "result ");
    }

    /**
     * The spec's {@code lift_flat_values}: values of {@code types} from the core values starting at
     * {@code start}. If they flatten to more than {@code maxFlat} core values, the core value there
     * is instead a pointer to them in memory (checked for alignment and bounds). The async ABI uses
     * this with {@link Flattening#MAX_FLAT_ASYNC_PARAMS}, and {@code task.return} with
     * {@link Flattening#MAX_FLAT_PARAMS} over the result types.
     */
    public static List<Val> liftFlatValues(AbiContext cx, int maxFlat, List<Type> types, Object[] core, int start) {
        FlatReader in = new FlatReader(core, start);
        if (Flattening.flattenAll(types, cx.ptrSize).size() > maxFlat) {
            Type.TupleType tuple = new Type.TupleType(types);
            long ptr = in.ptr(cx.ptrSize);
            cx.checkRange(ptr, Layout.size(tuple, cx.ptrSize), Layout.alignment(tuple, cx.ptrSize), Region.VALUES);
            return Lifting.loadTuple(cx, ptr, types);
        }
        List<Val> out = new ArrayList<>(types.size());
        for (Type t : types) out.add(Lifting.liftFlat(cx, in, t));
        return out;
    }

    /**
     * The spec's {@code lower_flat_values}: core values for {@code values} of {@code types}. If they
     * flatten to more than {@code maxFlat} core values they are stored in memory instead: at
     * {@code outPtr} when it is not negative (then no core value is returned), else in a fresh
     * realloc'ed area whose pointer is the one core value returned.
     *
     * @throws IllegalArgumentException if the values do not match the types (a host error; the
     *     message names the value, counting from 1, and the path inside it)
     */
    public static Object[] lowerFlatValues(AbiContext cx, int maxFlat, List<Type> types, List<Val> values, long outPtr) {
        checkCount(values, types, "values");
        return lowerFlatValues(cx, maxFlat, types, values, outPtr, "value ");
    }

    private static Object[] lowerFlatValues(AbiContext cx, int maxFlat, List<Type> types, List<Val> values, long outPtr,
            String step) {
        if (Flattening.flattenAll(types, cx.ptrSize).size() > maxFlat) {
            Type.TupleType tuple = new Type.TupleType(types);
            long size = Layout.size(tuple, cx.ptrSize);
            int align = Layout.alignment(tuple, cx.ptrSize);
            long ptr;
            if (outPtr < 0) {
                ptr = cx.allocate(align, size, Region.VALUES);
            } else {
                ptr = outPtr;
                cx.checkRange(ptr, size, align, Region.VALUES);
            }
            Lowering.storeTuple(cx, values, types, ptr, step, 1);
            if (outPtr >= 0) return new Object[0];
            return new Object[] {cx.ptrSize == 8 ? (Object) ptr : (Object) (int) ptr};
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                Lowering.lowerFlat(cx, values.get(i), types.get(i), out);
            } catch (ValueMismatch e) {
                throw e.at(step + (i + 1));
            }
        }
        return out.toArray();
    }

    /**
     * The spec's {@code store}: writes {@code value} of {@code type} in its memory form at
     * {@code ptr}, after checking that {@code ptr} is aligned and the value's bytes are in bounds
     * (trapping "unaligned pointer" / out of bounds otherwise, as a guest-supplied pointer should).
     * Strings and lists inside the value are allocated with the options' realloc.
     *
     * @throws IllegalArgumentException if {@code value} does not match {@code type} (a host error)
     */
    public static void store(AbiContext cx, Val value, Type type, long ptr) {
        cx.checkRange(ptr, Layout.size(type, cx.ptrSize), Layout.alignment(type, cx.ptrSize), Region.VALUES);
        try {
            Lowering.store(cx, value, type, ptr);
        } catch (ValueMismatch e) {
            throw e.at("value");
        }
    }

    /**
     * Runs the options' post-return function (if any) on the core results, with {@code may_leave}
     * off: post-return may only free memory, not call out of the instance. {@code may_leave} is
     * restored even when post-return traps: the spec treats a trap as ending everything, but here
     * the host catches it and may keep using the instance, whose flags must stay consistent.
     */
    public static void postReturn(CanonicalOptions opts, InstanceState inst, Object[] coreResults) {
        Func postReturn = opts.postReturn();
        if (postReturn == null) return;
        inst.setMayLeave(false);
        try {
            CoreCall.trapOnThrow(postReturn, coreResults);
        } finally {
            inst.setMayLeave(true);
        }
    }

    private static void checkCount(List<Val> values, List<Type> types, String what) {
        if (values.size() != types.size()) {
            throw new IllegalArgumentException("expected " + types.size() + " " + what + ", got " + values.size());
        }
    }
}
