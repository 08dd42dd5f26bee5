package dev.weft.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSettingsTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsRunEverythingWithModestDefaults() {
        RunSettings s = RunSettings.parse(new String[0], dir);
        assertEquals(List.of(Kernel.values()), s.kernels());
        assertEquals(List.of(Contender.values()), s.engines());
        assertEquals(5, s.warmup());
        assertEquals(5, s.iterations());
        assertEquals(1, s.seconds());
        assertEquals(1, s.forks());
        assertEquals(dir.resolve("target"), s.out());
    }

    @Test
    void fromTheRepositoryRootTheReportGoesUnderBench() throws Exception {
        Files.createDirectory(dir.resolve("bench"));
        assertEquals(dir.resolve("bench/target"), RunSettings.parse(new String[0], dir).out());
    }

    @Test
    void optionsOverrideTheDefaults() {
        RunSettings s = RunSettings.parse(new String[] {
            "--kernels", "fib,sort", "--engines", "endive", "--warmup", "0", "--iterations", "2",
            "--seconds", "3", "--forks", "2", "--out", "reports"}, dir);
        assertEquals(List.of(Kernel.FIB, Kernel.SORT), s.kernels());
        assertEquals(List.of(Contender.ENDIVE), s.engines());
        assertEquals(0, s.warmup());
        assertEquals(2, s.iterations());
        assertEquals(3, s.seconds());
        assertEquals(2, s.forks());
        assertEquals(dir.resolve("reports"), s.out());
    }

    @Test
    void unknownNamesAreRejectedWithTheChoices() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RunSettings.parse(new String[] {"--kernels", "fib,nbody"}, dir));
        assertTrue(e.getMessage().contains("unknown kernel 'nbody'"), e.getMessage());
        assertTrue(e.getMessage().contains("matmul"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RunSettings.parse(new String[] {"--engines", "v8"}, dir));
        assertThrows(IllegalArgumentException.class, () -> RunSettings.parse(new String[] {"--threads", "2"}, dir));
    }

    @Test
    void malformedArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RunSettings.parse(new String[] {"--warmup"}, dir));
        assertThrows(IllegalArgumentException.class, () -> RunSettings.parse(new String[] {"fib"}, dir));
        assertThrows(IllegalArgumentException.class, () -> RunSettings.parse(new String[] {"--iterations", "0"}, dir));
        assertThrows(IllegalArgumentException.class, () -> RunSettings.parse(new String[] {"--forks", "x"}, dir));
        assertThrows(IllegalArgumentException.class,
                () -> RunSettings.parse(new String[] {"--warmup", "1", "--warmup", "2"}, dir));
    }
}
