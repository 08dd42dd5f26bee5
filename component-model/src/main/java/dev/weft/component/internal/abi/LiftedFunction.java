package dev.weft.component.internal.abi;

import dev.weft.component.Val;
import dev.weft.engine.Func;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The function {@code canon lift} makes of a core function: calling it enters the instance (no
 * re-entry), lowers the arguments into the instance, calls the core function, lifts the results,
 * checks the callee dropped every borrow it got, delivers the results, runs post-return and
 * leaves the instance. A trap leaves the instance un-enterable: a trapped instance is poisoned and
 * later calls trap with "cannot enter component instance". Arguments that do not match the
 * signature are a host error ({@link IllegalArgumentException}) and leave the instance usable.
 */
public record LiftedFunction(FuncSignature signature, Func core, CanonicalOptions options, InstanceState instance)
        implements ComponentCallee {

    /** Called by the host: returns the result values. */
    public List<Val> call(List<Val> args) {
        Object[] results = new Object[1];
        call(null, () -> args, null, r -> results[0] = r);
        @SuppressWarnings("unchecked")
        List<Val> out = (List<Val>) results[0];
        return out;
    }

    /**
     * Called by {@code caller} (null: the host), with the string origins of a component-to-component
     * call (or null); the arguments come from {@code onStart} once the instance is entered, and
     * {@code onResolve} receives the results before post-return runs.
     */
    @Override
    public void call(InstanceState caller, Supplier<List<Val>> onStart, StringOrigins origins, Consumer<List<Val>> onResolve) {
        instance.enterFrom(caller);
        List<Val> args = onStart.get();
        CallScope scope = new CallScope();
        AbiContext cx = new AbiContext(options, instance, scope, caller == null ? Peer.HOST : Peer.COMPONENT, origins);
        Object[] coreArgs;
        try {
            coreArgs = Abi.lowerParams(cx, signature, args);
        } catch (IllegalArgumentException e) {
            instance.leaveTo(caller);
            throw e;
        }
        Object[] coreResults = CoreCall.trapOnThrow(core, coreArgs);
        List<Val> results = Abi.liftResults(cx, signature, coreResults);
        scope.checkBorrowsDropped();
        onResolve.accept(results);
        Abi.postReturn(options, instance, coreResults);
        instance.leaveTo(caller);
    }
}
