package dev.weft.component.internal.validate;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.internal.model.BuiltinKind;
import dev.weft.component.internal.model.Canon;
import dev.weft.component.internal.model.CanonOption;
import dev.weft.component.internal.model.CoreValType;
import dev.weft.component.internal.model.DefType;
import dev.weft.engine.FuncType;
import dev.weft.engine.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates canonical definitions (CanonicalABI.md "Canonical definitions"): option rules, the core
 * signatures of lifted callees, realloc, post-return and callback functions, and the core function
 * type each lowering or built-in defines.
 */
final class CanonValidator {
    private static final List<ValueType> I32 = List.of(ValueType.I32);

    private CanonValidator() {}

    /** The options of one canon definition after validation. */
    record Options(CanonOption.Encoding encoding, int memory, int realloc, int postReturn, boolean async, int callback) {}

    static void canon(Scope s, Canon c) {
        switch (c) {
            case Canon.Lift l -> lift(s, l);
            case Canon.Lower l -> lower(s, l);
            case Canon.ResourceNew r -> {
                DefType.Resource def = localResource(s, r.typeIndex());
                s.coreFuncs.add(FuncType.of(List.of(CoreTypeValidator.val(s.coreTypes, def.rep())), I32));
            }
            case Canon.ResourceDrop r -> {
                resource(s, r.typeIndex());
                s.coreFuncs.add(FuncType.of(I32, List.of()));
            }
            case Canon.ResourceRep r -> {
                DefType.Resource def = localResource(s, r.typeIndex());
                s.coreFuncs.add(FuncType.of(I32, List.of(CoreTypeValidator.val(s.coreTypes, def.rep()))));
            }
            case Canon.Simple b -> s.coreFuncs.add(switch (b.kind()) {
                case TASK_CANCEL, BACKPRESSURE_INC, BACKPRESSURE_DEC -> FuncType.of(List.of(), List.of());
                case WAITABLE_SET_NEW, THREAD_INDEX -> FuncType.of(List.of(), I32);
                case WAITABLE_JOIN -> FuncType.of(List.of(ValueType.I32, ValueType.I32), List.of());
                default -> FuncType.of(I32, List.of()); // subtask/error-context/waitable-set drops, resume-later
            });
            case Canon.Flagged f -> s.coreFuncs.add(switch (f.kind()) {
                case SUBTASK_CANCEL, THREAD_SUSPEND_THEN_RESUME, THREAD_YIELD_THEN_RESUME, THREAD_SUSPEND_THEN_PROMOTE,
                     THREAD_YIELD_THEN_PROMOTE -> FuncType.of(I32, I32);
                default -> FuncType.of(List.of(), I32); // thread.yield, thread.suspend, available-parallelism
            });
            case Canon.Typed t -> typed(s, t);
            case Canon.TaskReturn t -> {
                Type result = t.result() == null ? null : TypeResolver.valType(s, t.result()).type();
                Options o = options(s, t.options(), false);
                if (o.realloc() >= 0 || o.postReturn() >= 0 || o.async() || o.callback() >= 0) {
                    throw new ValidationError("cannot specify options other than `memory` and `string-encoding` for"
                            + " `task.return`");
                }
                FuncSig sig = new FuncSig(false, result == null ? List.of() : List.of(new FuncSig.Param("r", result)), null);
                requireMemory(o, result != null && (Abi.needsMemory(result)
                        || Abi.flatten(result).size() > Abi.MAX_FLAT_PARAMS));
                s.coreFuncs.add(Abi.loweredCoreType(sig, false));
            }
            case Canon.Context x -> {
                if (x.type().code() != CoreValType.I32) throw new ValidationError("only i32 context slots are supported");
                if (x.slot() > 1) throw new ValidationError("invalid context slot " + x.slot());
                s.coreFuncs.add(x.kind() == BuiltinKind.CONTEXT_GET ? FuncType.of(List.of(), I32) : FuncType.of(I32, List.of()));
            }
            case Canon.WithOptions w -> {
                Options o = options(s, w.options(), false);
                if (o.async() || o.callback() >= 0 || o.postReturn() >= 0) {
                    throw new ValidationError("invalid options for `" + w.kind().text() + "`");
                }
                if (w.kind() == BuiltinKind.ERROR_CONTEXT_NEW) {
                    requireMemory(o, true);
                    s.coreFuncs.add(FuncType.of(List.of(ValueType.I32, ValueType.I32), I32));
                } else {
                    requireMemory(o, true);
                    if (o.realloc() < 0) throw new ValidationError("canonical option `realloc` is required");
                    s.coreFuncs.add(FuncType.of(List.of(ValueType.I32, ValueType.I32), List.of()));
                }
            }
            case Canon.WaitableSet w -> {
                index(s.coreMemories.size(), w.memory(), "memory");
                s.coreFuncs.add(FuncType.of(List.of(ValueType.I32, ValueType.I32), I32));
            }
            case Canon.Thread t -> thread(s, t);
        }
    }

    private static void index(int size, int i, String what) {
        if (i < 0 || i >= size) throw new ValidationError("unknown " + what + " " + i + ": " + what + " index out of bounds");
    }

    private static FuncType coreFunc(Scope s, int i) {
        if (i < 0 || i >= s.coreFuncs.size()) {
            throw new ValidationError("unknown func " + i + ": function index out of bounds");
        }
        return s.coreFuncs.get(i);
    }

    private static ResourceType resource(Scope s, int typeIndex) {
        CType t = TypeResolver.type(s, typeIndex);
        if (!(t instanceof CType.Resource r)) throw new ValidationError("type index " + typeIndex + " is not a resource type");
        return r.resource();
    }

    private static DefType.Resource localResource(Scope s, int typeIndex) {
        DefType.Resource def = s.definedResources.get(resource(s, typeIndex));
        if (def == null) throw new ValidationError("type index " + typeIndex + " is not a local resource");
        return def;
    }

    static Options options(Scope s, List<CanonOption> opts, boolean lower) {
        CanonOption.Encoding enc = null;
        int memory = -1, realloc = -1, postReturn = -1, callback = -1;
        boolean async = false;
        for (CanonOption o : opts) {
            switch (o) {
                case CanonOption.StringEncoding e -> {
                    if (enc != null) {
                        throw new ValidationError("canonical encoding option `" + enc.text() + "` conflicts with option `"
                                + e.encoding().text() + "`");
                    }
                    enc = e.encoding();
                }
                case CanonOption.Memory m -> {
                    if (memory >= 0) throw new ValidationError("`memory` is specified more than once");
                    index(s.coreMemories.size(), m.coreMemory(), "memory");
                    if (s.coreMemories.get(m.coreMemory()).is64()) {
                        throw new ValidationError("canonical option `memory` must refer to a 32-bit memory");
                    }
                    memory = m.coreMemory();
                }
                case CanonOption.Realloc r -> {
                    if (realloc >= 0) throw new ValidationError("canonical option `realloc` is specified more than once");
                    FuncType f = coreFunc(s, r.coreFunc());
                    if (!CoreMatching.sameFunc(f, FuncType.of(List.of(ValueType.I32, ValueType.I32, ValueType.I32,
                            ValueType.I32), I32))) {
                        throw new ValidationError("canonical option `realloc` uses a core function with an incorrect signature");
                    }
                    realloc = r.coreFunc();
                }
                case CanonOption.PostReturn p -> {
                    if (postReturn >= 0) {
                        throw new ValidationError("canonical option `post-return` is specified more than once");
                    }
                    coreFunc(s, p.coreFunc());
                    postReturn = p.coreFunc();
                }
                case CanonOption.Async a -> {
                    if (async) throw new ValidationError("canonical option `async` is specified more than once");
                    async = true;
                }
                case CanonOption.Callback c -> {
                    if (callback >= 0) throw new ValidationError("canonical option `callback` is specified more than once");
                    FuncType f = coreFunc(s, c.coreFunc());
                    if (!CoreMatching.sameFunc(f, FuncType.of(List.of(ValueType.I32, ValueType.I32, ValueType.I32), I32))) {
                        throw new ValidationError("canonical option `callback` uses a core function with an incorrect signature");
                    }
                    callback = c.coreFunc();
                }
            }
        }
        if (realloc >= 0 && memory < 0) {
            throw new ValidationError("canonical option `realloc` requires `memory` to also be specified");
        }
        if (lower && postReturn >= 0) {
            throw new ValidationError("canonical option `post-return` cannot be specified for lowerings");
        }
        if (callback >= 0 && !async) throw new ValidationError("canonical option `callback` requires `async`");
        if (lower && callback >= 0) throw new ValidationError("canonical option `callback` cannot be specified for lowerings");
        if (async && postReturn >= 0) {
            throw new ValidationError("canonical option `post-return` cannot be specified with `async`");
        }
        return new Options(enc == null ? CanonOption.Encoding.UTF8 : enc, memory, realloc, postReturn, async, callback);
    }

    private static void requireMemory(Options o, boolean needed) {
        if (needed && o.memory() < 0) throw new ValidationError("canonical option `memory` is required");
    }

    private static void requireRealloc(Options o, boolean needed) {
        if (needed && o.realloc() < 0) throw new ValidationError("canonical option `realloc` is required");
    }

    private static boolean anyParamNeedsMemory(FuncSig f) {
        for (FuncSig.Param p : f.params()) if (Abi.needsMemory(p.type())) return true;
        return false;
    }

    private static void lift(Scope s, Canon.Lift l) {
        FuncType callee = coreFunc(s, l.coreFunc());
        CType t = TypeResolver.type(s, l.typeIndex());
        if (!(t instanceof CType.Func fn)) throw new ValidationError("type index " + l.typeIndex() + " is not a function type");
        FuncSig sig = fn.sig();
        Options o = options(s, l.options(), false);
        if (o.async() && !sig.async()) {
            throw new ValidationError("the `async` canonical option requires an async function type");
        }
        boolean paramsNeed = anyParamNeedsMemory(sig) || Abi.flatParams(sig).size() > Abi.MAX_FLAT_PARAMS;
        int maxResults = o.async() ? Abi.MAX_FLAT_PARAMS : Abi.MAX_FLAT_RESULTS;
        boolean resultNeeds = sig.result() != null && (Abi.needsMemory(sig.result())
                || Abi.flatten(sig.result()).size() > maxResults);
        requireMemory(o, paramsNeed || resultNeeds);
        requireRealloc(o, paramsNeed);
        FuncType expected = Abi.liftedCoreType(sig, o.async(), o.callback() >= 0);
        checkCore("lowered", expected, callee);
        if (o.postReturn() >= 0) {
            FuncType pr = s.coreFuncs.get(o.postReturn());
            if (!CoreMatching.sameFunc(pr, FuncType.of(expected.results(), List.of()))) {
                throw new ValidationError("canonical option `post-return` uses a core function with an incorrect signature");
            }
        }
        s.addFunc(sig, copyNeeds(s.typeNeeds.get(l.typeIndex())));
    }

    private static Set<Object> copyNeeds(Set<Object> n) {
        Set<Object> out = ResourceSubstitution.identitySetOfObjects();
        out.addAll(n);
        return out;
    }

    private static void checkCore(String what, FuncType expected, FuncType actual) {
        if (!sameVals(expected.params(), actual.params())) {
            throw new ValidationError(what + " parameter types `" + fmt(expected.params())
                    + "` do not match parameter types `" + fmt(actual.params()) + "`");
        }
        if (!sameVals(expected.results(), actual.results())) {
            throw new ValidationError(what + " result types `" + fmt(expected.results())
                    + "` do not match result types `" + fmt(actual.results()) + "`");
        }
    }

    private static boolean sameVals(List<ValueType> a, List<ValueType> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!CoreMatching.sameVal(a.get(i), b.get(i))) return false;
        return true;
    }

    private static String fmt(List<ValueType> ts) {
        List<String> out = new ArrayList<>();
        for (ValueType t : ts) out.add(t.isReference() ? "Ref(" + CoreMatching.text(t) + ")" : t.kind().name());
        return "[" + String.join(", ", out) + "]";
    }

    private static void lower(Scope s, Canon.Lower l) {
        if (l.func() < 0 || l.func() >= s.funcs.size()) {
            throw new ValidationError("unknown func " + l.func() + ": function index out of bounds");
        }
        FuncSig sig = s.funcs.get(l.func());
        Options o = options(s, l.options(), true);
        if (o.async() && !sig.async()) {
            throw new ValidationError("the `async` canonical option requires an async function type");
        }
        int maxParams = o.async() ? Abi.MAX_FLAT_ASYNC_PARAMS : Abi.MAX_FLAT_PARAMS;
        boolean paramsNeed = anyParamNeedsMemory(sig) || Abi.flatParams(sig).size() > maxParams;
        boolean resultAlloc = sig.result() != null && Abi.needsMemory(sig.result());
        boolean resultNeeds = resultAlloc || (sig.result() != null
                && (o.async() || Abi.flatten(sig.result()).size() > Abi.MAX_FLAT_RESULTS));
        requireMemory(o, paramsNeed || resultNeeds);
        requireRealloc(o, resultAlloc);
        s.coreFuncs.add(Abi.loweredCoreType(sig, o.async()));
    }

    private static void typed(Scope s, Canon.Typed t) {
        boolean stream = t.kind().text().startsWith("stream");
        CType ct = TypeResolver.type(s, t.typeIndex());
        Type element;
        if (stream && ct instanceof CType.Value v && v.type() instanceof Type.StreamType st) {
            element = st.element();
        } else if (!stream && ct instanceof CType.Value v && v.type() instanceof Type.FutureType ft) {
            element = ft.element();
        } else {
            throw new ValidationError("type index " + t.typeIndex() + " is not a " + (stream ? "stream" : "future") + " type");
        }
        s.coreFuncs.add(switch (t.kind()) {
            case STREAM_NEW, FUTURE_NEW -> FuncType.of(List.of(), List.of(ValueType.I64));
            case STREAM_READ, STREAM_WRITE, FUTURE_READ, FUTURE_WRITE -> {
                Options o = options(s, t.options(), false);
                if (o.postReturn() >= 0 || o.callback() >= 0) {
                    throw new ValidationError("invalid options for `" + t.kind().text() + "`");
                }
                boolean write = t.kind() == dev.weft.component.internal.model.BuiltinKind.STREAM_WRITE
                        || t.kind() == dev.weft.component.internal.model.BuiltinKind.FUTURE_WRITE;
                requireMemory(o, element != null);
                requireRealloc(o, !write && element != null && Abi.needsMemory(element));
                yield stream ? FuncType.of(List.of(ValueType.I32, ValueType.I32, ValueType.I32), I32)
                        : FuncType.of(List.of(ValueType.I32, ValueType.I32), I32);
            }
            case STREAM_CANCEL_READ, STREAM_CANCEL_WRITE, FUTURE_CANCEL_READ, FUTURE_CANCEL_WRITE -> FuncType.of(I32, I32);
            default -> FuncType.of(I32, List.of()); // drop-readable / drop-writable
        });
    }

    private static void thread(Scope s, Canon.Thread t) {
        if (t.coreTypeIndex() >= s.coreTypes.size()) {
            throw new ValidationError("unknown type " + t.coreTypeIndex() + ": type index out of bounds");
        }
        Object ft = s.coreTypes.get(t.coreTypeIndex());
        if (!(ft instanceof FuncType f) || !CoreMatching.sameFunc(f, FuncType.of(I32, List.of()))) {
            throw new ValidationError("start function must take a single `i32` argument");
        }
        if (t.table() >= 0) {
            index(s.coreTables.size(), t.table(), "table");
            if (s.coreTables.get(t.table()).element().heap() != ValueType.Heap.FUNC) {
                throw new ValidationError("table element type must be `funcref`");
            }
        }
        s.coreFuncs.add(switch (t.kind()) {
            case THREAD_SPAWN_REF -> FuncType.of(List.of(ValueType.refTo(true, ft), ValueType.I32), I32);
            default -> FuncType.of(List.of(ValueType.I32, ValueType.I32), I32);
        });
    }
}
