package dev.weft.engine.internal.runtime;

import dev.weft.engine.EngineConfig;
import dev.weft.engine.Table;
import dev.weft.engine.TableType;
import dev.weft.engine.TrapException;
import dev.weft.engine.internal.model.Limits;
import dev.weft.engine.internal.model.ValType;
import dev.weft.engine.internal.validate.TypeContext;
import java.util.Arrays;

/**
 * A table: an array of references that grows geometrically in capacity (like {@link MemoryInstance})
 * while its logical size grows exactly as requested.
 */
public final class TableInstance implements Table {
    private final ValType elemType;
    private final TypeContext types;
    private final Limits limits;
    private final long maxSize;
    public Object[] elems;
    public int size;

    public TableInstance(ValType elemType, TypeContext types, Limits limits, Object init, EngineConfig config) {
        this.elemType = elemType;
        this.types = types;
        this.limits = limits;
        long max = Math.min(config.maxTableElements(), Integer.MAX_VALUE - 8);
        if (limits.hasMax() && Long.compareUnsigned(limits.max(), max) < 0) max = limits.max();
        this.maxSize = max;
        if (Long.compareUnsigned(limits.min(), maxSize) > 0) {
            throw new TrapException("table size " + Long.toUnsignedString(limits.min()) + " exceeds the limit of " + maxSize);
        }
        this.size = (int) limits.min();
        try {
            this.elems = new Object[size];
        } catch (OutOfMemoryError e) {
            throw new TrapException(TrapException.Kind.TRAP,
                    "out of memory allocating a table of " + size + " elements", e);
        }
        if (init != null) Arrays.fill(elems, init);
    }

    public static TableInstance create(TableType type, Object init, EngineConfig config) {
        ValType t = PublicTypes.toInternal(type.element());
        Object v = Values.checkRef(t, init);
        return new TableInstance(t, TypeContext.EMPTY,
                new Limits(type.min(), type.max(), type.is64(), false, 16), v, config);
    }

    public ValType elemType() { return elemType; }

    public TypeContext types() { return types; }

    public boolean is64() { return limits.is64(); }

    /** The table type for import matching: the current size as minimum. */
    public dev.weft.engine.internal.model.TableType currentType() {
        return new dev.weft.engine.internal.model.TableType(elemType,
                new Limits(size, limits.max(), limits.is64(), false, 16));
    }

    public static TrapException oob() { return new TrapException("out of bounds table access"); }

    public Object getChecked(long i) {
        if (i < 0 || i >= size) throw oob();
        return elems[(int) i];
    }

    public void setChecked(long i, Object v) {
        if (i < 0 || i >= size) throw oob();
        elems[(int) i] = v;
    }

    /** Grows by {@code delta} (unsigned) elements; returns the old size or -1. */
    public long growRaw(long delta, Object init) {
        int old = size;
        if (delta < 0 || delta > maxSize - old) return -1;
        int n = old + (int) delta;
        if (n > elems.length) {
            int cap = (int) Math.max(n, Math.min((long) elems.length * 2, maxSize));
            try {
                elems = Arrays.copyOf(elems, cap);
            } catch (OutOfMemoryError e) {
                return -1;
            }
        }
        Arrays.fill(elems, old, n, init);
        size = n;
        return old;
    }

    /** Checks {@code [i, i+len)} against the size ({@code i}, {@code len} unsigned). */
    public void check(long i, long len) {
        if (i < 0 || len < 0 || i > size - len) throw oob();
    }

    public void fill(long i, Object v, long len) {
        check(i, len);
        Arrays.fill(elems, (int) i, (int) (i + len), v);
    }

    public static void copy(TableInstance dst, long d, TableInstance src, long s, long len) {
        src.check(s, len);
        dst.check(d, len);
        System.arraycopy(src.elems, (int) s, dst.elems, (int) d, (int) len);
    }

    // ---- public API ----

    @Override
    public TableType type() {
        return new TableType(PublicTypes.toPublic(elemType, types), size, limits.max(), limits.is64());
    }

    @Override
    public long size() { return size; }

    @Override
    public Object get(long index) { return getChecked(index); }

    @Override
    public void set(long index, Object value) { setChecked(index, Values.checkRef(elemType, types, value)); }

    @Override
    public long grow(long delta, Object init) { return growRaw(delta, Values.checkRef(elemType, types, init)); }
}
