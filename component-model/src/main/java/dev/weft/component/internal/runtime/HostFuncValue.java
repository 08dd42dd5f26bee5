package dev.weft.component.internal.runtime;

import dev.weft.component.Val;
import dev.weft.component.internal.abi.StringOrigins;
import dev.weft.component.internal.validate.FuncSig;

import java.util.List;
import java.util.function.Function;

/** A function the host implements, as a component import. */
public record HostFuncValue(FuncSig type, Function<List<Val>, Val> implementation) implements FuncValue {

    @Override
    public Val call(List<Val> args, InstanceNode caller, StringOrigins origins) { return implementation.apply(args); }

    @Override
    public boolean isHost() { return true; }
}
