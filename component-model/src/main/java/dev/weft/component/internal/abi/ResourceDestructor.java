package dev.weft.component.internal.abi;

import dev.weft.engine.Func;

/** Runs when the last owned handle of a resource is dropped. */
@FunctionalInterface
public interface ResourceDestructor {
    void destroy(Object rep);

    /** A component's core destructor function {@code (param i32)}. */
    static ResourceDestructor ofCore(Func dtor) {
        return rep -> CoreCall.trapOnThrow(dtor, rep);
    }
}
