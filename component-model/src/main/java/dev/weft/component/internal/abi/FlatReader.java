package dev.weft.component.internal.abi;

/** A cursor over flat core values in the engine's Java representation (Integer, Long, Float, Double). */
final class FlatReader {
    private final Object[] values;
    private int pos;

    FlatReader(Object[] values, int start) {
        this.values = values;
        this.pos = start;
    }

    int position() { return pos; }

    Object next() {
        if (pos >= values.length) throw new IllegalArgumentException("too few core values for the lifted type");
        return values[pos++];
    }

    int i32() { return (Integer) next(); }

    long i64() { return (Long) next(); }

    float f32() { return (Float) next(); }

    double f64() { return (Double) next(); }

    /** A pointer or length of the memory's pointer type, as an unsigned value. */
    long ptr(int ptrSize) { return ptrSize == 8 ? i64() : Integer.toUnsignedLong(i32()); }
}
