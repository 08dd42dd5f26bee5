package dev.weft.component;

import java.util.List;

/**
 * A Java implementation of a component function a component imports. It receives the lifted
 * arguments and returns the result (null when the function type has none). Throwing a
 * {@link dev.weft.engine.TrapException} traps the calling component; other exceptions propagate to
 * the host code that made the outermost call.
 * <pre>{@code
 * HostComponentFunction twice = args -> new Val.U32(((Val.U32) args.get(0)).value() * 2);
 * }</pre>
 */
@FunctionalInterface
public interface HostComponentFunction {
    Val call(List<Val> args);
}
