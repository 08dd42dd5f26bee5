package dev.weft.component.internal.runtime;

import dev.weft.component.Val;
import dev.weft.component.internal.abi.StringOrigins;
import dev.weft.component.internal.validate.FuncSig;

import java.util.List;

/**
 * A component-level function at run time: a lifted core function, a host function, or an
 * unsupported (async) one. Its type uses the real resource types of the instance it belongs to.
 */
public interface FuncValue {

    FuncSig type();

    /**
     * Calls the function. {@code caller} is the component instance calling (through
     * {@code canon lower}), null for the host; {@code origins} then holds the strings the caller
     * lifted, for the spec's transcoding sizes (null from the host). Returns the result, or null
     * when the type has none.
     */
    Val call(List<Val> args, InstanceNode caller, StringOrigins origins);

    /** True if the host implements this function (the ABI words some traps differently then). */
    boolean isHost();
}
