package dev.weft.component.internal.runtime;

import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.internal.abi.Abi;
import dev.weft.component.internal.abi.AbiContext;
import dev.weft.component.internal.abi.CallScope;
import dev.weft.component.internal.abi.CanonCursor;
import dev.weft.component.internal.abi.CanonicalOptions;
import dev.weft.component.internal.abi.Flattening;
import dev.weft.component.internal.abi.FuncSignature;
import dev.weft.component.internal.abi.InstanceState;
import dev.weft.component.internal.abi.Peer;
import dev.weft.component.internal.abi.StringOrigins;
import dev.weft.engine.Func;
import dev.weft.engine.FuncType;
import dev.weft.engine.TrapException;

import java.util.List;

/**
 * {@code canon lower}: a component function made callable by the core code of one component
 * instance. The caller must be allowed to leave its instance (not inside realloc or post-return);
 * its arguments are lifted out of its memory and table, the callee runs, the result is lowered
 * back, and the handles the caller lent for the call become usable again.
 */
final class LoweredFunc {
    private static final ResourceType[] NO_TYPES = {};

    private LoweredFunc() {}

    static Func create(FuncValue callee, CanonicalOptions options, InstanceNode callerNode) {
        InstanceState caller = callerNode.state;
        FuncSignature signature = Signatures.of(callee.type());
        if (callee instanceof TypedHostFuncValue typed) {
            // Same protocol, with the host's own lifting and lowering instead of Vals.
            return Func.of(signature.lowerCoreType(options.ptrSize()), coreArgs -> {
                caller.checkMayLeave();
                CallScope scope = new CallScope();
                CanonCursor canon = new CanonCursor(new AbiContext(options, caller, scope, Peer.HOST, null), null, NO_TYPES);
                canon.pullFrom(coreArgs);
                try {
                    typed.typed().call(canon);
                } catch (OutOfMemoryError e) {
                    // what the host's lifting built so far is garbage once this unwinds
                    throw new TrapException("out of memory in a call to a host function (lifting its arguments?)");
                }
                scope.releaseLenders();
                return canon.pushed();
            });
        }
        boolean host = callee.isHost();
        return Func.of(signature.lowerCoreType(options.ptrSize()), coreArgs -> {
            caller.checkMayLeave();
            CallScope scope = new CallScope();
            StringOrigins origins = host ? null : new StringOrigins();
            AbiContext cx = new AbiContext(options, caller, scope, host ? Peer.HOST : Peer.COMPONENT, origins);
            List<Val> args = Abi.liftParams(cx, signature, coreArgs);
            Val result = callee.call(args, callerNode, origins);
            Object[] out = Abi.lowerResults(cx, signature, result == null ? List.of() : List.of(result), coreArgs);
            scope.releaseLenders();
            return out;
        });
    }

    /**
     * {@code canon lower ... async}, for callees that complete without blocking (every call the
     * runtime can make so far): at most 4 flat parameters travel as core values (more behind one
     * pointer), the result is always stored at the out-pointer after them, and the call returns
     * the subtask state RETURNED (2) with no subtask handle.
     */
    static Func createAsync(FuncValue callee, CanonicalOptions options, InstanceNode callerNode, FuncType coreType) {
        InstanceState caller = callerNode.state;
        FuncSignature full = Signatures.of(callee.type());
        int ptrSize = options.ptrSize();
        FuncSignature params = new FuncSignature(full.params(), List.of());
        boolean paramsInMemory = full.flatParams(ptrSize).size() > Flattening.MAX_FLAT_ASYNC_PARAMS;
        int outIndex = paramsInMemory ? 1 : full.flatParams(ptrSize).size();
        // a one-tuple of the parameter tuple is laid out like the parameter tuple itself
        FuncSignature spilled = new FuncSignature(List.of(), List.of(new Type.TupleType(full.params())));
        Type result = callee.type().result();
        boolean host = callee.isHost();
        return Func.of(coreType, coreArgs -> {
            caller.checkMayLeave();
            CallScope scope = new CallScope();
            StringOrigins origins = host ? null : new StringOrigins();
            AbiContext cx = new AbiContext(options, caller, scope, host ? Peer.HOST : Peer.COMPONENT, origins);
            List<Val> args;
            if (paramsInMemory) {
                args = ((Val.TupleVal) Abi.liftResults(cx, spilled, new Object[] {coreArgs[0]}).get(0)).elements();
            } else {
                args = Abi.liftParams(cx, params, coreArgs);
            }
            Val value = callee.call(args, callerNode, origins);
            if (result != null) store(cx, result, value, coreArgs[outIndex]);
            scope.releaseLenders();
            return new Object[] {RETURNED};
        });
    }

    /** Subtask state: the callee returned and its result is delivered. */
    private static final int RETURNED = 2;

    /** Stores {@code value} of type {@code type} at the caller's out-pointer (checked for alignment and bounds). */
    private static void store(AbiContext cx, Type type, Val value, Object outPtr) {
        long ptr = outPtr instanceof Long l ? l : Integer.toUnsignedLong((Integer) outPtr);
        Abi.store(cx, value, type, ptr);
    }
}
