package dev.weft.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every engine computes the kernels' known checksums. The expected values were computed by node's
 * WebAssembly ({@code node bench/kernels/checksums.mjs kernel n ...}) and agree with the same C
 * sources compiled natively for x86-64.
 */
class KernelChecksumsTest {

    /** Small arguments, so the whole table runs in a moment on any interpreter. */
    private static final Object[][] SMALL = {
        {Kernel.HASH, 0, 0L},
        {Kernel.HASH, 1, 488_056_025L},
        {Kernel.HASH, 2, -711_568_269L},
        {Kernel.MATMUL, 1, 1_566_421_680L},
        {Kernel.MATMUL, 3, -1_877_467_066L},
        {Kernel.MATMUL, 8, 839_186_792L},
        {Kernel.FIB, 0, 0L},
        {Kernel.FIB, 1, 1L},
        {Kernel.FIB, 2, 1L},
        {Kernel.FIB, 10, 55L},
        {Kernel.FIB, 20, 6_765L},
        {Kernel.INDIRECT, 0, 305_419_896L},
        {Kernel.INDIRECT, 7, 1_273_062_610L},
        {Kernel.INDIRECT, 1000, 1_752_399_366L},
        {Kernel.SORT, 0, 0L},
        {Kernel.SORT, 1, 0L},
        {Kernel.SORT, 2, 2_135_184_158L},
        {Kernel.SORT, 16, 308_994_431L},
        {Kernel.SORT, 100, -395_676_133L},
    };

    static List<Arguments> smallCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Contender engine : Contender.values()) {
            for (Object[] c : SMALL) {
                cases.add(Arguments.of(engine, c[0], c[1], c[2]));
            }
        }
        return cases;
    }

    static List<Arguments> benchCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Contender engine : Contender.values()) {
            for (Kernel kernel : Kernel.values()) {
                cases.add(Arguments.of(engine, kernel));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1}({2}) = {3}")
    @MethodSource("smallCases")
    void engineComputesKnownChecksum(Contender engine, Kernel kernel, int n, long expected) {
        KernelRunner runner = engine.load(kernel.wasm());
        assertEquals(expected, kernel.checksum(runner.run(n)));
    }

    @ParameterizedTest(name = "{0} {1} at its benchmark size")
    @MethodSource("benchCases")
    void engineComputesBenchmarkChecksum(Contender engine, Kernel kernel) {
        KernelRunner runner = engine.load(kernel.wasm());
        assertEquals(kernel.benchChecksum(), kernel.checksum(runner.run(kernel.benchN())));
    }

    @ParameterizedTest(name = "{0} {1} gives the same answer when called again")
    @MethodSource("benchCases")
    void repeatedCallsOnOneInstanceAgree(Contender engine, Kernel kernel) {
        // Benchmarks reuse one instance for every call, so run(n) must not depend on earlier calls.
        // Every kernel rebuilds its state from n alone; a small n is enough to catch one that doesn't.
        KernelRunner runner = engine.load(kernel.wasm());
        int n = switch (kernel) {
            case HASH -> 1;
            case MATMUL -> 8;
            case FIB -> 15;
            case INDIRECT -> 1000;
            case SORT -> 100;
        };
        long first = runner.run(n);
        assertEquals(first, runner.run(n));
        assertEquals(first, runner.run(n));
    }
}
