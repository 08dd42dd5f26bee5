package dev.weft.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Collects the per-file results of one suite run in one mode, prints the per-file table, and writes
 * its entry of {@code conformance/target/summary.json}. Each suite×mode writes its own fragment under
 * {@code target/summary.d/}; summary.json is rebuilt from all fragments, so suites run by different
 * test classes end up in one list.
 */
public final class SuiteReport {
    private final String suite;
    private final String mode;
    private final List<FileResult> files = new ArrayList<>();

    public SuiteReport(String suite, String mode) {
        this.suite = suite;
        this.mode = mode;
    }

    public void add(FileResult r) { files.add(r); }

    public int passed() { return files.stream().mapToInt(f -> f.passed).sum(); }

    public int failed() { return files.stream().mapToInt(f -> f.failed).sum(); }

    public int skipped() { return files.stream().mapToInt(f -> f.skipped).sum(); }

    public List<FileResult> files() { return files; }

    /** Prints the table and writes the summary; returns the printed text. */
    public String publish() {
        StringBuilder out = new StringBuilder();
        int width = Math.max(4, files.stream().mapToInt(f -> f.file.length()).max().orElse(4));
        out.append(String.format("%n== suite %s, mode %s ==%n", suite, mode));
        out.append(String.format("%-" + width + "s %8s %8s %8s%n", "file", "passed", "failed", "skipped"));
        for (FileResult f : files) {
            out.append(String.format("%-" + width + "s %8d %8d %8d%n", f.file, f.passed, f.failed, f.skipped));
        }
        out.append(String.format("%-" + width + "s %8d %8d %8d   (%d files)%n", "total", passed(), failed(),
                skipped(), files.size()));
        for (FileResult f : files) {
            for (String failure : f.failures) out.append("  FAIL ").append(failure).append('\n');
        }
        System.out.print(out);
        writeSummary();
        return out.toString();
    }

    private void writeSummary() {
        Path target = Path.of("target");
        Path fragments = target.resolve("summary.d");
        String entry = String.format(
                "{\"suite\": \"%s\", \"mode\": \"%s\", \"files\": %d, \"passed\": %d, \"failed\": %d, \"skipped\": %d}",
                suite, mode, files.size(), passed(), failed(), skipped());
        try {
            Files.createDirectories(fragments);
            Files.writeString(fragments.resolve(suite + "-" + mode + ".json"), entry + "\n");
            List<String> entries;
            try (Stream<Path> s = Files.list(fragments)) {
                entries = s.sorted().map(SuiteReport::read).map(String::strip).toList();
            }
            Files.writeString(target.resolve("summary.json"), "[\n  " + String.join(",\n  ", entries) + "\n]\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
