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
 * {@code canon lift ... async}, for the case the runtime supports so far: the export delivers its
 * result through {@code task.return} without waiting for anything (waiting on waitables, streams
 * or futures reports "not supported yet"). The arguments are lowered as for a synchronous lift.
 * Without a callback (stackful) the core function has no results; with one, it returns a code:
 * EXIT ends the task, YIELD calls the callback again at once (no other task can be waiting), WAIT
 * would need the async event loop.
 */
final class AsyncLiftedFunc implements FuncValue {
    private final FuncSig type;
    private final FuncSignature params;
    private final Func core;
    private final Func callback;
    private final CanonicalOptions options;
    private final InstanceState instance;
    private final InstanceNode node;
    private final TaskContext context;

    AsyncLiftedFunc(FuncSig type, Func core, Func callback, CanonicalOptions options, InstanceNode node,
                    TaskContext context) {
        this.type = type;
        this.params = new FuncSignature(Signatures.of(type).params(), List.of());
        this.core = core;
        this.callback = callback;
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
            Object[] results = core.call(Abi.lowerParams(cx, params, args));
            if (callback != null) runCallbackLoop((Integer) results[0]);
            TaskContext.Task task = context.current();
            if (!task.returned) throw new TrapException("async-lifted export failed to produce a result");
            scope.checkBorrowsDropped();
            return task.result;
        } finally {
            context.end(interrupted);
            InstanceNode.leave(entered);
        }
    }

    private static final int EXIT = 0, YIELD = 1, WAIT = 2, EVENT_NONE = 0;

    private void runCallbackLoop(int packed) {
        while (true) {
            switch (packed & 0xf) {
                case EXIT -> { return; }
                case YIELD -> packed = (Integer) callback.call(EVENT_NONE, 0, 0)[0];
                case WAIT -> throw new TrapException("waiting on a waitable set is not supported yet (async Component Model)");
                default -> throw new TrapException("unsupported callback code");
            }
        }
    }
}
