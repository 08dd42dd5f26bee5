package dev.weft.component.internal.runtime;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.internal.abi.Abi;
import dev.weft.component.internal.abi.AbiContext;
import dev.weft.component.internal.abi.CallScope;
import dev.weft.component.internal.abi.CanonicalOptions;
import dev.weft.component.internal.abi.FuncSignature;
import dev.weft.component.internal.abi.InstanceState;
import dev.weft.component.internal.abi.Peer;
import dev.weft.component.internal.abi.ResourceBuiltins;
import dev.weft.component.internal.model.Canon;
import dev.weft.component.internal.model.CoreValType;
import dev.weft.engine.Func;
import dev.weft.engine.FuncType;
import dev.weft.engine.TrapException;
import dev.weft.engine.ValueType;

import java.util.List;
import java.util.Objects;

/** The core functions that {@code canon} built-ins define for one component instance. */
final class Builtins {
    private Builtins() {}

    private static final FuncType I32_TO_I32 = FuncType.of(List.of(ValueType.I32), List.of(ValueType.I32));
    private static final FuncType I32_TO_NONE = FuncType.of(List.of(ValueType.I32), List.of());

    static Func resourceNew(InstanceState inst, ResourceType type) {
        return Func.of(I32_TO_I32, a -> new Object[] {ResourceBuiltins.resourceNew(inst, type, (Integer) a[0])});
    }

    static Func resourceRep(InstanceState inst, ResourceType type) {
        return Func.of(I32_TO_I32, a -> new Object[] {ResourceBuiltins.resourceRep(inst, type, (Integer) a[0])});
    }

    static Func resourceDrop(InstanceState inst, ResourceType type) {
        return Func.of(I32_TO_NONE, a -> {
            ResourceBuiltins.resourceDrop(inst, type, (Integer) a[0]);
            return null;
        });
    }

    /** {@code context.get}: the current task's slot, as an i32 or i64. */
    static Func contextGet(TaskContext context, Canon.Context c) {
        boolean i64 = c.type().code() == CoreValType.I64;
        int slot = c.slot();
        return Func.of(FuncType.of(List.of(), List.of(i64 ? ValueType.I64 : ValueType.I32)),
                a -> new Object[] {i64 ? (Object) context.get(slot) : (Object) (int) context.get(slot)});
    }

    /** {@code context.set}: stores an i32 (zero-extended) or i64 in the current task's slot. */
    static Func contextSet(TaskContext context, Canon.Context c) {
        boolean i64 = c.type().code() == CoreValType.I64;
        int slot = c.slot();
        return Func.of(FuncType.of(List.of(i64 ? ValueType.I64 : ValueType.I32), List.of()), a -> {
            context.set(slot, i64 ? (Long) a[0] : Integer.toUnsignedLong((Integer) a[0]));
            return null;
        });
    }

    /**
     * {@code task.return}: delivers the result of the async-lifted call running in the instance,
     * lifted from the core arguments with the built-in's options.
     */
    static Func taskReturn(InstanceState inst, TaskContext context, FuncType coreType, Type result, CanonicalOptions options) {
        FuncSignature signature = new FuncSignature(result == null ? List.of() : List.of(result), List.of());
        return Func.of(coreType, a -> {
            inst.checkMayLeave();
            TaskContext.Task task = context.current();
            if (!task.async) throw new TrapException("task.return called by a synchronous task");
            if (task.returned) throw new TrapException("task.return called more than once");
            if (!Objects.equals(task.resultType, result)) throw new TrapException("task.return result type does not match the task's");
            AbiContext cx = new AbiContext(options, inst, new CallScope(), Peer.HOST, null);
            List<Val> values = Abi.liftParams(cx, signature, a);
            task.returned = true;
            task.result = values.isEmpty() ? null : values.get(0);
            return null;
        });
    }

    /** {@code backpressure.inc} / {@code backpressure.dec}. */
    static Func backpressure(Backpressure counter, boolean increment) {
        return Func.of(FuncType.of(List.of(), List.of()), a -> {
            if (increment) counter.increment();
            else counter.decrement();
            return null;
        });
    }

    /**
     * A built-in of the async Component Model not supported yet (task.cancel, subtasks, streams,
     * futures, waitables, threads, error contexts): the instance gets a function of the right core type that, like every built-in,
     * first checks the instance may leave, then reports that it is not supported yet.
     */
    static Func unsupported(InstanceState inst, FuncType type, Canon canon) {
        String name = name(canon);
        return Func.of(type, a -> {
            inst.checkMayLeave();
            throw new TrapException(name + " is not supported yet (async Component Model)");
        });
    }

    private static String name(Canon canon) {
        return switch (canon) {
            case Canon.Simple s -> s.kind().text();
            case Canon.Flagged f -> f.kind().text();
            case Canon.Typed t -> t.kind().text();
            case Canon.WithOptions w -> w.kind().text();
            case Canon.WaitableSet w -> w.kind().text();
            case Canon.Thread t -> t.kind().text();
            default -> "canon built-in";
        };
    }
}
