package dev.weft.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call of a kernel's {@code run(benchN)} on one engine. The module is decoded and instantiated
 * once per trial, outside the measurement; the setup also checks the checksum, so a wrong answer
 * fails the run rather than producing a time. Defaults are modest (the CI machine has 2 cores);
 * {@link SideBySide} and JMH's own command line can override them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    "-Xss8m",
    "--enable-native-access=ALL-UNNAMED",
    // JMH 1.37 reads fields through sun.misc.Unsafe; JDK 25 would warn in every fork.
    "--sun-misc-unsafe-memory-access=allow"
})
public class KernelBenchmark {

    @Param({"hash", "matmul", "fib", "indirect", "sort"})
    public String kernel;

    @Param({"weft", "endive"})
    public String engine;

    private KernelRunner runner;
    private int n;

    @Setup(Level.Trial)
    public void instantiate() {
        Kernel k = Kernel.byId(kernel);
        runner = Contender.byId(engine).load(k.wasm());
        n = k.benchN();
        long got = k.checksum(runner.run(n));
        if (got != k.benchChecksum()) {
            throw new IllegalStateException(engine + " computed " + got + " for " + kernel + "(" + n
                    + "), expected " + k.benchChecksum());
        }
    }

    @Benchmark
    public long run() {
        return runner.run(n);
    }
}
