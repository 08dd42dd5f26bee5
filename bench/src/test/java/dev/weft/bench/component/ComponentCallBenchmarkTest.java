package dev.weft.bench.component;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.Val;
import org.junit.jupiter.api.Test;

/** The benchmark's calls return what they should, on both paths (correctness only, never timings). */
class ComponentCallBenchmarkTest {

    @Test
    void typedAndDynamicCallsRoundTripTheirArguments() {
        ComponentCallBenchmark b = new ComponentCallBenchmark();
        b.setUp();
        try {
            assertEquals(3, b.typedAdd());
            assertEquals(ComponentCallBenchmark.STRING_1K, b.typedString1K());
            assertEquals(1024, ComponentCallBenchmark.STRING_1K.length());
            assertArrayEquals(ComponentCallBenchmark.BYTES_1M, b.typedBytes1M());
            assertEquals(new Val.U32(4), b.dynamicAdd());
            assertEquals(new Val.Str(ComponentCallBenchmark.STRING_1K), b.dynamicString1K());
            Val.ListVal bytes = (Val.ListVal) b.dynamicBytes1M();
            assertEquals(1 << 20, bytes.elements().size());
            assertEquals(new Val.U8(ComponentCallBenchmark.BYTES_1M[12345]), bytes.elements().get(12345));
            // Many calls in a row: post-return keeps the guest's memory from growing.
            for (int i = 0; i < 50; i++) assertArrayEquals(ComponentCallBenchmark.BYTES_1M, b.typedBytes1M());
        } finally {
            b.tearDown();
        }
    }
}
