package dev.weft.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void withOnlyThePeerMeasuredThereIsNoSpeedup() {
        Comparison c = new Comparison(List.of(
                new Score(Kernel.FIB, Contender.ENDIVE, 4.0, 0.1, 4.0),
                new Score(Kernel.HASH, Contender.ENDIVE, 2.0, 0.1, 2.0)));
        assertEquals(List.of(Kernel.HASH, Kernel.FIB), c.kernels());
        assertEquals(List.of(Contender.ENDIVE), c.engines());
        assertEquals(List.of(), c.subjects());
        assertTrue(c.speedup(Kernel.FIB, Contender.ENDIVE).isPresent());
        assertEquals(1.0, c.speedup(Kernel.FIB, Contender.ENDIVE).getAsDouble());
    }

    @Test
    void geometricMeanOfThePeersOwnRatiosIsOne() {
        Comparison c = new Comparison(List.of(
                new Score(Kernel.SORT, Contender.ENDIVE, 8.0, 0, 8.0),
                new Score(Kernel.MATMUL, Contender.ENDIVE, 0.5, 0, 0.5)));
        assertEquals(1.0, c.geomeanSpeedup(Contender.ENDIVE).getAsDouble(), 1e-12);
    }

    @Test
    void markdownTableListsEveryMeasuredKernel() {
        Comparison c = new Comparison(List.of(
                new Score(Kernel.INDIRECT, Contender.ENDIVE, 12.345, 0.5, 12.345),
                new Score(Kernel.SORT, Contender.ENDIVE, 150.0, 2.0, 150.0)));
        String md = MarkdownReport.render(c, List.of("JVM: test"), "report.svg");
        assertTrue(md.contains("| indirect | " + Kernel.INDIRECT.benchN() + " | 12.35 ± 0.500 |"), md);
        assertTrue(md.contains("| sort | " + Kernel.SORT.benchN() + " | 150.0 ± 2.00 |"), md);
        assertTrue(md.contains("![time per kernel, relative to the slowest engine](report.svg)"), md);
        assertTrue(md.contains("- JVM: test"), md);
    }

    @Test
    void chartScalesEachKernelToItsSlowestEngineAndLabelsTimes() {
        Comparison c = new Comparison(List.of(
                new Score(Kernel.HASH, Contender.ENDIVE, 3.0, 0, 3.0),
                new Score(Kernel.FIB, Contender.ENDIVE, 6.0, 0, 6.0)));
        String svg = BarChart.render(c);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains(">3.00 ms</text>"), svg);
        assertTrue(svg.contains(">6.00 ms</text>"), svg);
        // Each group is scaled to its slowest engine: a lone engine fills the bar area.
        assertEquals(2, svg.split("width=\"500.0\"", -1).length - 1, svg);
    }

    @Test
    void speedupIsEndivesTimeOverTheEnginesAndTheMeanIsGeometric() {
        Comparison c = new Comparison(List.of(
                new Score(Kernel.HASH, Contender.WEFT, 10.0, 1, 8.0),
                new Score(Kernel.HASH, Contender.ENDIVE, 20.0, 1, 20.0),
                new Score(Kernel.FIB, Contender.WEFT, 5.0, 1, 4.0),
                new Score(Kernel.FIB, Contender.ENDIVE, 40.0, 1, 36.0),
                new Score(Kernel.SORT, Contender.WEFT, 7.0, 1, 7.0)));
        assertEquals(List.of(Contender.WEFT), c.subjects());
        assertEquals(2.0, c.speedup(Kernel.HASH, Contender.WEFT).getAsDouble(), 1e-12);
        assertEquals(8.0, c.speedup(Kernel.FIB, Contender.WEFT).getAsDouble(), 1e-12);
        assertTrue(c.speedup(Kernel.SORT, Contender.WEFT).isEmpty(), "no Endive score for sort");
        assertEquals(4.0, c.geomeanSpeedup(Contender.WEFT).getAsDouble(), 1e-12);
        assertEquals(2.5, c.bestSpeedup(Kernel.HASH, Contender.WEFT).getAsDouble(), 1e-12);
        assertEquals(Math.sqrt(2.5 * 9.0), c.geomeanBestSpeedup(Contender.WEFT).getAsDouble(), 1e-12);

        String md = MarkdownReport.render(c, List.of(), "report.svg");
        assertTrue(md.contains("| hash | " + Kernel.HASH.benchN() + " | 10.00 ± 1.00 | 20.00 ± 1.00 | 2.00× |"), md);
        assertTrue(md.contains("| sort | " + Kernel.SORT.benchN() + " | 7.00 ± 1.00 | — | — |"), md);
        assertTrue(md.contains("| **geometric mean** | | | | **4.00×** |"), md);
        assertTrue(md.contains("| hash | " + Kernel.HASH.benchN() + " | 8.00 | 20.00 | 2.50× |"), md);
        assertTrue(BarChart.render(c).contains("geometric mean 4.00×"), BarChart.render(c));
    }
}
