package dev.weft.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.EngineConfig;
import dev.weft.engine.ExecutionMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Suite {@code component}, mode {@code interpreter}: the Component Model reference tests in
 * {@code component-model-tests/{values,resources,validation,linking,binary}} run through the public
 * component API. Scripts listed in {@link SkippedComponentScripts} (the suite's {@code nyi.txt} entries and
 * the {@code async/} folder) are not run; their assertions count as skipped. Select files with
 * {@code -Dweft.component.files=REGEX} (matched against e.g. {@code values/strings.wast}).
 *
 * <p>Lives in package {@code dev.weft.conformance} (beside the package-private {@link SuiteReport})
 * although its file sits in the {@code component} folder.
 */
class ComponentSpecTest {
    private static final List<String> RUN = List.of("values", "resources", "validation", "linking", "binary");
    private static final Pattern ASSERTION = Pattern.compile("\\(assert_[a-z_]+");
    /** A script that runs longer than this is abandoned and counted as failed. */
    private static final long FILE_TIMEOUT_SECONDS = 120;

    @Test
    void componentSuiteOnTheInterpreter() throws Exception {
        Path root = Suites.folder("component-model-tests");
        Assumptions.assumeTrue(root != null, "component-model-tests folder absent: suite component not run");
        checkSkipsAreAllowed(root);
        String only = System.getProperty("weft.component.files");
        List<String> scripts = new ArrayList<>();
        for (String folder : allFolders(root)) {
            try (Stream<Path> s = Files.list(root.resolve(folder))) {
                s.map(p -> folder + "/" + p.getFileName())
                        .filter(n -> n.endsWith(".wast"))
                        .filter(n -> only == null || n.matches(only))
                        .sorted().forEach(scripts::add);
            }
        }
        SuiteReport report = new SuiteReport("component", "interpreter");
        EngineConfig config = EngineConfig.defaults().withMode(ExecutionMode.INTERPRETER);
        ExecutorService runner = newRunner();
        try {
            for (String script : scripts) {
                Future<FileResult> f = runner.submit(() -> runOrSkip(root, script, config));
                try {
                    report.add(f.get(FILE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    f.cancel(true);
                    FileResult r = new FileResult(script);
                    r.fail(0, "timed out after " + FILE_TIMEOUT_SECONDS + " s");
                    report.add(r);
                    runner.shutdownNow();
                    runner = newRunner();
                }
            }
        } finally {
            runner.shutdownNow();
        }
        report.publish();
        assertEquals(0, report.failed(), "component-model assertions failed (see the table above)");
    }

    /** Runs one script at a time, on a thread with room for deep recursion. */
    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "component-wast-runner", 512L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** The run folders plus the skipped async folder, so its assertions are reported as skipped. */
    private static List<String> allFolders(Path root) {
        List<String> folders = new ArrayList<>(RUN);
        if (Files.isDirectory(root.resolve("async"))) folders.add("async");
        return folders;
    }

    private static FileResult runOrSkip(Path root, String script, EngineConfig config) throws IOException {
        FileResult result = new FileResult(script);
        String source = Files.readString(root.resolve(script), StandardCharsets.UTF_8);
        if (SkippedComponentScripts.reason(script) != null) {
            for (int i = countAssertions(source); i > 0; i--) result.skip();
            return result;
        }
        new ComponentScriptRunner(config, result).run(source);
        return result;
    }

    /** The {@code assert_*} commands of a script, outside line comments. */
    static int countAssertions(String source) {
        int n = 0;
        for (String line : source.split("\n")) {
            int comment = line.indexOf(";;");
            Matcher m = ASSERTION.matcher(comment < 0 ? line : line.substring(0, comment));
            while (m.find()) n++;
        }
        return n;
    }

    /** Only nyi.txt entries and async/ may be skipped; every nyi.txt entry of a run folder must be. */
    private static void checkSkipsAreAllowed(Path root) throws IOException {
        List<String> nyi = new ArrayList<>();
        Path list = root.resolve("nyi.txt");
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) nyi.add(l.startsWith("./") ? l.substring(2) : l);
            }
        }
        for (String skipped : SkippedComponentScripts.SKIPPED.keySet()) {
            assertTrue(skipped.equals("async/") || nyi.contains(skipped), skipped + " may not be skipped: not in nyi.txt");
        }
        for (String n : nyi) {
            assertTrue(SkippedComponentScripts.reason(n) != null, n + " is in nyi.txt but runs: list it with a reason");
        }
    }
}
