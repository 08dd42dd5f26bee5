package dev.weft.component.internal.runtime;

import dev.weft.component.Val;
import dev.weft.component.internal.abi.StringOrigins;
import dev.weft.component.internal.validate.FuncSig;
import dev.weft.engine.TrapException;

import java.util.List;

/**
 * A function whose execution needs the async Component Model's event loop (an async lift with a
 * callback): instantiation succeeds, calling it reports that clearly.
 */
record UnsupportedFuncValue(FuncSig type, String what) implements FuncValue {

    @Override
    public Val call(List<Val> args, InstanceNode caller, StringOrigins origins) {
        throw new TrapException(what + " is not supported yet (async Component Model)");
    }

    @Override
    public boolean isHost() { return false; }
}
