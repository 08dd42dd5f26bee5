package dev.weft.engine.internal.runtime;

import dev.weft.engine.GcObject;
import dev.weft.engine.internal.validate.CanonicalType;

/**
 * A GC struct: number fields in {@link #prims} (v128 fields take two longs), reference fields in
 * {@link #refs}; {@link StructLayout} maps field indices to positions.
 */
public final class StructObject implements GcObject {
    public final CanonicalType type;
    public final long[] prims;
    public final Object[] refs;

    public StructObject(CanonicalType type, StructLayout layout) {
        this.type = type;
        this.prims = layout.primCount == 0 ? EMPTY_LONGS : new long[layout.primCount];
        this.refs = layout.refCount == 0 ? EMPTY_REFS : new Object[layout.refCount];
    }

    private static final long[] EMPTY_LONGS = new long[0];
    private static final Object[] EMPTY_REFS = new Object[0];

    @Override
    public Kind kind() { return Kind.STRUCT; }

    @Override
    public String toString() { return "struct " + type; }
}
