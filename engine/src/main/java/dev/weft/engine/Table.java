package dev.weft.engine;

import dev.weft.engine.internal.runtime.TableInstance;

/**
 * A table of references. Elements use the Java representations described in {@link Func}.
 * <pre>{@code
 * Table table = instance.table("t");
 * Func f = (Func) table.get(0);
 * }</pre>
 */
public sealed interface Table extends Extern permits TableInstance {

    TableType type();

    long size();

    /** The element at {@code index}; traps with "out of bounds table access" outside the table. */
    Object get(long index);

    void set(long index, Object value);

    /** Grows by {@code delta} elements set to {@code init}; returns the previous size or -1. */
    long grow(long delta, Object init);

    /** A standalone table whose elements start as {@code init}. */
    static Table create(TableType type, Object init) {
        return TableInstance.create(type, init, EngineConfig.defaults());
    }

    @Override
    default ExternType externType() { return type(); }
}
