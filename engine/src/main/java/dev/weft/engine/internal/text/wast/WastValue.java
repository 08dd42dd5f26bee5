package dev.weft.engine.internal.text.wast;

/**
 * A constant in a script: an argument of {@code invoke}, or the exact value of an expected
 * result. Floats and vectors are kept as raw bits so NaN payloads survive.
 */
public sealed interface WastValue {
    record I32(int bits) implements WastValue {}

    record I64(long bits) implements WastValue {}

    record F32(int bits) implements WastValue {}

    record F64(long bits) implements WastValue {}

    /** A v128 as two little-endian halves: bytes 0..7 in {@code lo}, 8..15 in {@code hi}. */
    record V128(long lo, long hi) implements WastValue {}

    /**
     * A null reference of the given heap type: a {@link dev.weft.engine.internal.model.HeapType}
     * constant (negative) or a type index.
     */
    record RefNull(int heapType) implements WastValue {}

    /** {@code ref.extern N}: the host (external) reference number N, as an externref. */
    record RefExtern(int id) implements WastValue {}

    /** {@code ref.host N}: the host reference number N (as an anyref-compatible host value). */
    record RefHost(int id) implements WastValue {}
}
