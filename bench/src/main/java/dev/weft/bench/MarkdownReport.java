package dev.weft.bench;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Renders a {@link Comparison} as the Markdown page {@code report.md}. */
final class MarkdownReport {

    private MarkdownReport() {}

    /**
     * @param setup one line per fact about how the numbers were taken (JVM, machine, JMH settings)
     * @param chartFile the SVG chart's file name, linked from the page
     */
    static String render(Comparison c, List<String> setup, String chartFile) {
        StringBuilder md = new StringBuilder();
        md.append("# Weft benchmarks: side by side\n\n");
        md.append("Average time per `run(n)` call (ms/op, lower is better; ± is JMH's 99.9% error). ")
                .append("\"vs Endive\" is Endive's time divided by the engine's: above 1.00 means faster than Endive.\n\n");
        table(md, c, MarkdownReport::time, c::speedup, c::geomeanSpeedup);

        md.append("\n![time per kernel, relative to the slowest engine](").append(chartFile).append(")\n");

        md.append("\n## Fastest iteration\n\n");
        md.append("Each engine's fastest measured iteration (ms/op). Other work on the machine only ever slows ")
                .append("an iteration down, so on a busy machine these ratios are the steadier ones.\n\n");
        table(md, c, s -> fmt(s.bestMsPerOp()), c::bestSpeedup, c::geomeanBestSpeedup);

        md.append("\n## Setup\n\n");
        for (String line : setup) {
            md.append("- ").append(line).append('\n');
        }
        return md.toString();
    }

    /** One row per kernel: each engine's time, then each engine's ratio to Endive; then the geometric means. */
    private static void table(StringBuilder md, Comparison c, Function<Score, String> time,
                              BiFunction<Kernel, Contender, OptionalDouble> speedup,
                              Function<Contender, OptionalDouble> geomean) {
        List<Contender> engines = c.engines();
        List<Contender> subjects = c.subjects();
        md.append("| kernel | n |");
        for (Contender e : engines) {
            md.append(' ').append(e.label()).append(" ms/op |");
        }
        for (Contender e : subjects) {
            md.append(' ').append(e.label()).append(" vs Endive |");
        }
        md.append("\n|---|---:|");
        md.append("---:|".repeat(engines.size() + subjects.size()));
        md.append('\n');

        for (Kernel k : c.kernels()) {
            md.append("| ").append(k.id()).append(" | ").append(k.benchN()).append(" |");
            for (Contender e : engines) {
                md.append(' ').append(c.score(k, e).map(time).orElse("—")).append(" |");
            }
            for (Contender e : subjects) {
                md.append(' ').append(ratio(speedup.apply(k, e))).append(" |");
            }
            md.append('\n');
        }
        if (!subjects.isEmpty()) {
            md.append("| **geometric mean** | |").append(" |".repeat(engines.size()));
            for (Contender e : subjects) {
                md.append(" **").append(ratio(geomean.apply(e))).append("** |");
            }
            md.append('\n');
        }
    }

    /** ms/op with its error; a single measured iteration has no error (JMH reports NaN). */
    private static String time(Score s) {
        return Double.isFinite(s.error()) ? fmt(s.msPerOp()) + " ± " + fmt(s.error()) : fmt(s.msPerOp());
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.1f" : v >= 1 ? "%.2f" : "%.3f", v);
    }

    private static String ratio(OptionalDouble r) {
        return r.isPresent() ? String.format(Locale.ROOT, "%.2f×", r.getAsDouble()) : "—";
    }
}
