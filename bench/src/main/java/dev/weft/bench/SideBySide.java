package dev.weft.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link KernelBenchmark} for every kernel on every engine in one JMH run, then writes
 * {@code report.md} (table and geometric mean), {@code report.svg} (bar chart) and
 * {@code jmh-result.json} (JMH's raw results) to the output directory.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.weft.bench.SideBySide [options]
 *   --kernels hash,fib     kernels to run (default: all)
 *   --engines weft,endive  engines to run (default: all)
 *   --warmup 3             warmup iterations per benchmark
 *   --iterations 5         measured iterations per benchmark
 *   --seconds 1            length of each iteration
 *   --forks 1              fresh JVMs per benchmark
 *   --out DIR              where the report goes (default: bench/target, or target if there is no bench/)
 * </pre>
 */
public final class SideBySide {

    private SideBySide() {}

    public static void main(String[] args) throws IOException, RunnerException {
        Map<String, String> opts = parse(args);
        String[] kernels = list(opts.remove("kernels"), Arrays.stream(Kernel.values()).map(Kernel::id));
        String[] engines = list(opts.remove("engines"), Arrays.stream(Contender.values()).map(Contender::id));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "3"));
        int iterations = Integer.parseInt(opts.getOrDefault("iterations", "5"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "1"));
        int forks = Integer.parseInt(opts.getOrDefault("forks", "1"));
        Path out = Path.of(opts.getOrDefault("out", Files.isDirectory(Path.of("bench")) ? "bench/target" : "target"));
        opts.keySet().removeAll(List.of("warmup", "iterations", "seconds", "forks", "out"));
        if (!opts.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + opts.keySet());
        }
        for (String k : kernels) {
            Kernel.byId(k);
        }
        for (String e : engines) {
            Contender.byId(e);
        }
        Files.createDirectories(out);

        Options options = new OptionsBuilder()
                .include(KernelBenchmark.class.getName() + ".run$")
                .param("kernel", kernels)
                .param("engine", engines)
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .forks(forks)
                .shouldFailOnError(true)
                .result(out.resolve("jmh-result.json").toString())
                .resultFormat(ResultFormatType.JSON)
                .build();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Collection<RunResult> results = new Runner(options).run();

        List<Score> scores = new ArrayList<>();
        for (RunResult r : results) {
            scores.add(new Score(
                    Kernel.byId(r.getParams().getParam("kernel")),
                    Contender.byId(r.getParams().getParam("engine")),
                    r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError()));
        }
        Comparison comparison = new Comparison(scores);
        List<String> setup = List.of(
                "started " + started + ", " + Runtime.getRuntime().availableProcessors() + " processors",
                "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "JMH: average time, " + forks + " fork(s), " + warmup + " warmup + " + iterations
                        + " measured iterations of " + seconds + " s each",
                "kernels: C sources in bench/kernels, built once to wasm (bench/kernels/build.sh); "
                        + "each call's checksum is verified before measuring");
        Files.writeString(out.resolve("report.md"), MarkdownReport.render(comparison, setup, "report.svg"));
        Files.writeString(out.resolve("report.svg"), BarChart.render(comparison));
        System.out.println("wrote " + out.resolve("report.md") + ", report.svg and jmh-result.json");
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }

    private static String[] list(String value, Stream<String> all) {
        return value == null ? all.toArray(String[]::new) : value.split(",");
    }
}
