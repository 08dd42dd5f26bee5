package dev.weft.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders a {@link Comparison} as a self-contained SVG bar chart: one group per kernel, one bar per
 * engine. Kernels differ in cost by orders of magnitude, so each group is scaled to its slowest
 * engine (that bar is full width) and the bars carry the absolute ms/op as labels.
 */
final class BarChart {

    private static final int WIDTH = 820;
    private static final int LABEL_WIDTH = 110;
    private static final int BAR_AREA = 500;
    private static final int BAR_HEIGHT = 18;
    private static final int BAR_GAP = 4;
    private static final int GROUP_GAP = 18;
    private static final int TOP = 64;
    private static final String[] COLORS = {"#2f6fa7", "#c8553d", "#6a994e", "#8d6cab"};

    private BarChart() {}

    static String render(Comparison c) {
        List<Kernel> kernels = c.kernels();
        List<Contender> engines = c.engines();
        int groupHeight = engines.size() * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
        int legendTop = TOP + kernels.size() * (groupHeight + GROUP_GAP) + 6;
        int height = legendTop + 30;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(svg, 16, 24, "start", "font-size=\"16\" font-weight=\"bold\"",
                "Time per run(n) call — each kernel scaled to its slowest engine (shorter is faster)");
        text(svg, 16, 44, "start", "fill=\"#444\"", subtitle(c));

        int y = TOP;
        for (Kernel k : kernels) {
            double slowest = engines.stream()
                    .map(e -> c.score(k, e))
                    .flatMap(Optional::stream)
                    .mapToDouble(Score::msPerOp)
                    .max()
                    .orElse(1);
            text(svg, LABEL_WIDTH - 10, y + groupHeight / 2.0 + 4, "end", "font-weight=\"bold\"", k.id());
            for (int i = 0; i < engines.size(); i++) {
                Contender e = engines.get(i);
                int barY = y + i * (BAR_HEIGHT + BAR_GAP);
                Optional<Score> s = c.score(k, e);
                if (s.isPresent()) {
                    double w = Math.max(1, BAR_AREA * s.get().msPerOp() / slowest);
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n",
                            LABEL_WIDTH, barY, w, BAR_HEIGHT, color(e)));
                    text(svg, LABEL_WIDTH + w + 6, barY + BAR_HEIGHT - 5, "start", "",
                            MarkdownReport.fmt(s.get().msPerOp()) + " ms" + speedupNote(c, k, e));
                } else {
                    text(svg, LABEL_WIDTH + 6, barY + BAR_HEIGHT - 5, "start", "fill=\"#888\"",
                            e.label() + ": not measured");
                }
            }
            y += groupHeight + GROUP_GAP;
        }

        int x = LABEL_WIDTH;
        for (Contender e : engines) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>\n", x, legendTop, color(e)));
            text(svg, x + 20, legendTop + 12, "start", "", e.label());
            x += 40 + 8 * e.label().length();
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String subtitle(Comparison c) {
        StringBuilder s = new StringBuilder();
        for (Contender e : c.subjects()) {
            OptionalDouble g = c.geomeanSpeedup(e);
            if (g.isPresent()) {
                if (!s.isEmpty()) {
                    s.append("; ");
                }
                s.append(e.label()).append(String.format(Locale.ROOT, ": geometric mean %.2f× Endive's speed",
                        g.getAsDouble()));
            }
        }
        return s.isEmpty() ? "Absolute times in ms/op beside each bar" : s.toString();
    }

    private static String speedupNote(Comparison c, Kernel k, Contender e) {
        OptionalDouble s = c.subjects().contains(e) ? c.speedup(k, e) : OptionalDouble.empty();
        return s.isPresent() ? String.format(Locale.ROOT, "  (%.2f×)", s.getAsDouble()) : "";
    }

    private static String color(Contender e) {
        return COLORS[e.ordinal() % COLORS.length];
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String attrs, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"", x, y, anchor));
        if (!attrs.isEmpty()) {
            svg.append(' ').append(attrs);
        }
        svg.append('>').append(escape(content)).append("</text>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
