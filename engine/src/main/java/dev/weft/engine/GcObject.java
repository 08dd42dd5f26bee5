package dev.weft.engine;

import dev.weft.engine.internal.runtime.ArrayObject;
import dev.weft.engine.internal.runtime.StructObject;

/**
 * An opaque reference to a wasm GC struct or array, as returned to Java. It can be passed back
 * into wasm unchanged; its identity is the wasm identity ({@code ref.eq} is {@code ==}).
 * <pre>{@code
 * if (instance.func("make").call()[0] instanceof GcObject o && o.kind() == GcObject.Kind.ARRAY) { ... }
 * }</pre>
 */
public sealed interface GcObject permits StructObject, ArrayObject {

    enum Kind { STRUCT, ARRAY }

    Kind kind();
}
