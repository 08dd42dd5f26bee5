package dev.weft.component.internal.runtime;

import dev.weft.component.Val;
import dev.weft.component.internal.abi.Abi;
import dev.weft.component.internal.abi.AbiContext;
import dev.weft.component.internal.abi.CallScope;
import dev.weft.component.internal.abi.CanonicalOptions;
import dev.weft.component.internal.abi.FuncSignature;
import dev.weft.component.internal.abi.InstanceState;
import dev.weft.component.internal.abi.Peer;
import dev.weft.component.internal.abi.StringOrigins;
import dev.weft.component.internal.validate.FuncSig;
import dev.weft.engine.Func;

import java.util.List;

/**
 * {@code canon lift}: a core function of a component instance seen as a component function. A call
 * enters the instance (which must not already be on the stack: no re-entrance) as a new task, lowers the
 * arguments into it, runs the core function, lifts the result, checks that every borrow lent to
 * the callee was dropped, and runs post-return.
 */
final class LiftedFunc implements FuncValue {
    private final FuncSig type;
    private final FuncSignature signature;
    private final Func core;
    private final CanonicalOptions options;
    private final InstanceState instance;
    private final InstanceNode node;
    private final TaskContext context;

    LiftedFunc(FuncSig type, Func core, CanonicalOptions options, InstanceNode node, TaskContext context) {
        this.type = type;
        this.signature = Signatures.of(type);
        this.core = core;
        this.options = options;
        this.instance = node.state;
        this.node = node;
        this.context = context;
    }

    @Override
    public FuncSig type() { return type; }

    @Override
    public boolean isHost() { return false; }

    @Override
    public Val call(List<Val> args, InstanceNode caller, StringOrigins origins) {
        List<InstanceState> entered = node.enter(caller);
        TaskContext.Task interrupted = context.begin(false, type.result());
        try {
            CallScope scope = new CallScope();
            AbiContext cx = new AbiContext(options, instance, scope, origins == null ? Peer.HOST : Peer.COMPONENT, origins);
            Object[] coreArgs = Abi.lowerParams(cx, signature, args);
            Object[] coreResults = core.call(coreArgs);
            List<Val> results = Abi.liftResults(cx, signature, coreResults);
            scope.checkBorrowsDropped();
            Abi.postReturn(options, instance, coreResults);
            return results.isEmpty() ? null : results.get(0);
        } finally {
            context.end(interrupted);
            InstanceNode.leave(entered);
        }
    }

    /** A host call like {@link #call}, but {@code body} lowers the arguments and lifts the result itself. */
    <R> R callTyped(TypedCalls.Body<R> body) {
        List<InstanceState> entered = node.enter(null);
        TaskContext.Task interrupted = context.begin(false, type.result());
        try {
            CallScope scope = new CallScope();
            AbiContext cx = new AbiContext(options, instance, scope, Peer.HOST, null);
            Object[] coreResults = core.call(body.lower(cx));
            R result = body.lift(cx, coreResults);
            scope.checkBorrowsDropped();
            Abi.postReturn(options, instance, coreResults);
            return result;
        } finally {
            context.end(interrupted);
            InstanceNode.leave(entered);
        }
    }
}
