package dev.weft.conformance;

import java.util.ArrayList;
import java.util.List;

/** Assertion counts for one suite file, plus the first few failure descriptions for the report. */
final class FileResult {
    private static final int KEPT_FAILURES = 20;

    final String file;
    int passed;
    int failed;
    int skipped;
    final List<String> failures = new ArrayList<>();

    FileResult(String file) { this.file = file; }

    void pass() { passed++; }

    void skip() { skipped++; }

    void fail(int line, String what) {
        failed++;
        if (failures.size() < KEPT_FAILURES) failures.add(file + ":" + line + ": " + what);
    }
}
