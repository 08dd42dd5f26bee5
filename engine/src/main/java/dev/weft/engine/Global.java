package dev.weft.engine;

import dev.weft.engine.internal.runtime.GlobalInstance;

/**
 * A global variable. Values use the Java representations described in {@link Func}.
 * <pre>{@code
 * Global counter = Global.create(new GlobalType(ValueType.I64, true), 0L);
 * counter.set(5L);
 * }</pre>
 */
public sealed interface Global extends Extern permits GlobalInstance {

    GlobalType type();

    Object get();

    /** Sets a mutable global; throws {@link IllegalStateException} for an immutable one. */
    void set(Object value);

    static Global create(GlobalType type, Object value) {
        return GlobalInstance.create(type, value);
    }

    @Override
    default ExternType externType() { return type(); }
}
