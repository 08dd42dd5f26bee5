package dev.weft.component.internal.abi;

import dev.weft.engine.Func;

/**
 * The core function {@code canon lower} makes of a component-level callee: it may only be called
 * while the instance may leave; it calls the callee, which (once entered) has the core arguments
 * lifted out of the caller and its results lowered back into the caller; then the borrows the
 * call lent end.
 */
public final class LoweredFunction {
    private LoweredFunction() {}

    /**
     * A core function of type {@link FuncSignature#lowerCoreType} for {@code instance} to call.
     * {@code peer} says whether the callee is the host or another component (trap wording only).
     */
    public static Func create(FuncSignature signature, CanonicalOptions options, InstanceState instance,
                              ComponentCallee callee, Peer peer) {
        return Func.of(signature.lowerCoreType(options.ptrSize()), coreArgs -> {
            instance.checkMayLeave();
            CallScope scope = new CallScope();
            StringOrigins origins = peer == Peer.COMPONENT ? new StringOrigins() : null;
            AbiContext cx = new AbiContext(options, instance, scope, peer, origins);
            Object[][] coreResults = new Object[1][];
            callee.call(instance, () -> Abi.liftParams(cx, signature, coreArgs), origins,
                    results -> coreResults[0] = Abi.lowerResults(cx, signature, results, coreArgs));
            if (coreResults[0] == null) throw new IllegalStateException("the callee returned without results");
            scope.releaseLenders();
            return coreResults[0];
        });
    }
}
