package dev.weft.component.internal.runtime;

import dev.weft.component.Val;
import dev.weft.component.bindings.TypedHostFunction;
import dev.weft.component.internal.abi.StringOrigins;
import dev.weft.component.internal.validate.FuncSig;
import java.util.List;
import java.util.function.Function;

/**
 * A host function with two implementations: {@code typed} lifts its arguments from the caller's core
 * values and lowers its results itself (used when a component calls it through {@code canon lower}),
 * {@code implementation} works on {@code Val}s (used when it is called as a component value).
 */
public record TypedHostFuncValue(FuncSig type, Function<List<Val>, Val> implementation, TypedHostFunction typed)
        implements FuncValue {

    @Override
    public Val call(List<Val> args, InstanceNode caller, StringOrigins origins) { return implementation.apply(args); }

    @Override
    public boolean isHost() { return true; }
}
