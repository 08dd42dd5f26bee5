package dev.weft.engine.internal.text.wast;

import java.util.List;

/** An expected result of {@code assert_return}: an exact value or a pattern. */
public sealed interface WastExpected {

    /** Which NaNs a NaN pattern accepts. */
    enum NanKind {
        /** Only the canonical NaN (quiet, zero payload otherwise), either sign. */
        CANONICAL,
        /** Any NaN with the quiet bit set, either sign. */
        ARITHMETIC
    }

    /** Abstract reference categories that a result must be a non-null member of. */
    enum RefKind { ANY, EQ, I31, STRUCT, ARRAY, FUNC, EXN, EXTERN }

    /** Bit-exact match (numbers, {@code ref.extern N}, {@code ref.host N}). */
    record Exact(WastValue value) implements WastExpected {}

    /** {@code fNN.const nan:canonical|nan:arithmetic}; {@code f64} false means f32. */
    record Nan(boolean f64, NanKind kind) implements WastExpected {}

    /**
     * A v128 compared lane by lane. {@code shape} is e.g. "i32x4" or "f64x2"; lane i must equal
     * {@code laneBits[i]} (masked to the lane width) unless {@code laneNans[i]} is non-null, in
     * which case it must be a NaN of that kind.
     */
    record VecLanes(String shape, long[] laneBits, NanKind[] laneNans) implements WastExpected {
        public int laneCount() { return laneBits.length; }

        public int laneWidthBits() { return 128 / laneBits.length; }

        public boolean isFloat() { return shape.charAt(0) == 'f'; }
    }

    /**
     * A null reference: {@code heapType} is null for {@code (ref.null)} (any null), otherwise the
     * heap type written ({@link dev.weft.engine.internal.model.HeapType} constant or type index).
     */
    record NullRef(Integer heapType) implements WastExpected {}

    /** A non-null reference in the given category ({@code ref.func}, {@code ref.struct}, {@code (ref)}...). */
    record RefOf(RefKind kind) implements WastExpected {}

    /** Any one of the alternatives ({@code (either ...)}). */
    record Either(List<WastExpected> alternatives) implements WastExpected {}
}
