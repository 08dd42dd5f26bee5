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
import dev.weft.engine.Func;

import java.util.List;

/**
 * {@code canon lower}: a component function made callable by the core code of one component
 * instance. The caller must be allowed to leave its instance (not inside realloc or post-return);
 * its arguments are lifted out of its memory and table, the callee runs, the result is lowered
 * back, and the handles the caller lent for the call become usable again.
 */
final class LoweredFunc {
    private LoweredFunc() {}

    static Func create(FuncValue callee, CanonicalOptions options, InstanceState caller) {
        FuncSignature signature = Signatures.of(callee.type());
        boolean host = callee.isHost();
        return Func.of(signature.lowerCoreType(options.ptrSize()), coreArgs -> {
            caller.checkMayLeave();
            CallScope scope = new CallScope();
            StringOrigins origins = host ? null : new StringOrigins();
            AbiContext cx = new AbiContext(options, caller, scope, host ? Peer.HOST : Peer.COMPONENT, origins);
            List<Val> args = Abi.liftParams(cx, signature, coreArgs);
            Val result = callee.call(args, origins);
            Object[] out = Abi.lowerResults(cx, signature, result == null ? List.of() : List.of(result), coreArgs);
            scope.releaseLenders();
            return out;
        });
    }
}
