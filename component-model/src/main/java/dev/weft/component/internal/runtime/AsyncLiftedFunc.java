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
import dev.weft.engine.TrapException;

import java.util.List;

/**
 * {@code canon lift ... async} without a callback (a stackful async export), for the case the
 * runtime supports so far: the core function delivers its result through {@code task.return} and
 * returns without blocking (anything that would block — waiting on waitables, streams, futures —
 * reports "not supported yet"). The arguments are lowered as for a synchronous lift; the core
 * function has no results.
 */
final class AsyncLiftedFunc implements FuncValue {
    private final FuncSig type;
    private final FuncSignature params;
    private final Func core;
    private final CanonicalOptions options;
    private final InstanceState instance;
    private final InstanceNode node;
    private final TaskContext context;

    AsyncLiftedFunc(FuncSig type, Func core, CanonicalOptions options, InstanceNode node, TaskContext context) {
        this.type = type;
        this.params = new FuncSignature(Signatures.of(type).params(), List.of());
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
        TaskContext.Task interrupted = context.begin(true, type.result());
        try {
            CallScope scope = new CallScope();
            AbiContext cx = new AbiContext(options, instance, scope, origins == null ? Peer.HOST : Peer.COMPONENT, origins);
            core.call(Abi.lowerParams(cx, params, args));
            TaskContext.Task task = context.current();
            if (!task.returned) throw new TrapException("async-lifted export failed to produce a result");
            scope.checkBorrowsDropped();
            return task.result;
        } finally {
            context.end(interrupted);
            InstanceNode.leave(entered);
        }
    }
}
