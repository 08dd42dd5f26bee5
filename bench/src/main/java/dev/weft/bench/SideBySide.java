package dev.weft.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link KernelBenchmark} for every kernel on every engine from one command, then writes
 * {@code report.md} (table and geometric mean), {@code report.svg} (bar chart) and
 * {@code jmh-result.json} (JMH's raw results) to the output directory.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.weft.bench.SideBySide [options]
 *   --kernels hash,fib     kernels to run (default: all)
 *   --engines weft,endive  engines to run (default: all)
 *   --warmup 5             warmup iterations per benchmark
 *   --iterations 5         measured iterations per benchmark
 *   --seconds 1            length of each iteration
 *   --forks 1              fresh JVMs per benchmark
 *   --out DIR              where the report goes (default: bench/target, or target if there is no bench/)
 * </pre>
 */
public final class SideBySide {

    private SideBySide() {}

    public static void main(String[] args) throws IOException, RunnerException {
        RunSettings settings;
        try {
            settings = RunSettings.parse(args, Path.of(""));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(RunSettings.USAGE);
            System.exit(2);
            return;
        }
        Path out = settings.out();
        Files.createDirectories(out);

        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Other work on the machine is the usual cause of wide error bars; the report says how busy it was.
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // One JMH run per kernel, all engines inside it: JMH would otherwise order the runs engine by
        // engine, and any drift in machine load over the run would fall on one engine's numbers.
        List<RunResult> results = new ArrayList<>();
        for (Kernel kernel : settings.kernels()) {
            Options options = new OptionsBuilder()
                    .include(KernelBenchmark.class.getName() + ".run$")
                    .param("kernel", kernel.id())
                    .param("engine", settings.engines().stream().map(Contender::id).toArray(String[]::new))
                    .warmupIterations(settings.warmup())
                    .warmupTime(TimeValue.seconds(settings.seconds()))
                    .measurementIterations(settings.iterations())
                    .measurementTime(TimeValue.seconds(settings.seconds()))
                    .forks(settings.forks())
                    .shouldFailOnError(true)
                    .build();
            results.addAll(new Runner(options).run());
        }
        ResultFormatFactory.getInstance(ResultFormatType.JSON, out.resolve("jmh-result.json").toString())
                .writeOut(results);

        List<Score> scores = new ArrayList<>();
        for (RunResult r : results) {
            scores.add(new Score(
                    Kernel.byId(r.getParams().getParam("kernel")),
                    Contender.byId(r.getParams().getParam("engine")),
                    r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError(),
                    r.getPrimaryResult().getStatistics().getMin()));
        }
        Comparison comparison = new Comparison(scores);
        List<String> setup = List.of(
                "started " + started + ", " + Runtime.getRuntime().availableProcessors() + " processors, "
                        + String.format(Locale.ROOT, "load average %.2f at the start", loadAtStart),
                "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "JMH: average time, " + settings.forks() + " fork(s), " + settings.warmup() + " warmup + "
                        + settings.iterations() + " measured iterations of " + settings.seconds() + " s each",
                "kernels: C sources in bench/kernels, built once to wasm (bench/kernels/build.sh); "
                        + "each call's checksum is verified before measuring");
        Files.writeString(out.resolve("report.md"), MarkdownReport.render(comparison, setup, "report.svg"));
        Files.writeString(out.resolve("report.svg"), BarChart.render(comparison));
        System.out.println("wrote " + out.resolve("report.md") + ", report.svg and jmh-result.json");
    }
}
