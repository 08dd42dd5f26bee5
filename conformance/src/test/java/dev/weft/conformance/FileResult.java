package dev.weft.conformance;

import java.util.ArrayList;
import java.util.List;

/** Assertion counts for one suite file, plus the first few failure descriptions for the report. */
public final class FileResult {
    private static final int KEPT_FAILURES = 20;

    public final String file;
    public int passed;
    public int failed;
    public int skipped;
    final List<String> failures = new ArrayList<>();

    public FileResult(String file) { this.file = file; }

    public void pass() { passed++; }

    public void skip() { skipped++; }

    public void fail(int line, String what) {
        failed++;
        if (failures.size() < KEPT_FAILURES) failures.add(file + ":" + line + ": " + what);
    }
}
