package dev.weft.conformance.wit;

import dev.weft.conformance.FileResult;
import dev.weft.conformance.SuiteReport;
import dev.weft.conformance.Suites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.wit.Resolve;
import dev.weft.component.wit.Wit;
import dev.weft.component.wit.WitException;
import dev.weft.component.wit.WitPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Suite {@code wit}, mode {@code resolve}: every positive case of the WIT parser UI tests must resolve
 * (and agree with its {@code .wit.json} hint on package, interface, world, function and world item
 * names); every {@code parse-fail} case must fail with a {@link WitException} that names
 * file:line:column; every WASI package must resolve with its sibling packages as dependencies.
 *
 * <p>Lives in package {@code dev.weft.conformance} (next to the shared {@link SuiteReport}, which is
 * package-private) although its file sits in the {@code wit} folder.
 */
class WitSuiteTest {
    /** The UI tests are run by their authors with exactly this feature enabled. */
    private static final String UI_FEATURE = "active";

    @Test
    void witSuiteResolves() throws IOException {
        Path ui = Suites.folder("wit-tests/parser-ui");
        Path wasi = Suites.folder("wasi-wit");
        Assumptions.assumeTrue(ui != null || wasi != null, "no WIT suites: suite wit not run");
        SuiteReport report = new SuiteReport("wit", "resolve");
        if (ui != null) {
            report.add(positive(ui));
            report.add(negative(ui.resolve("parse-fail")));
        }
        if (wasi != null) {
            for (Path version : list(wasi)) {
                if (Files.isDirectory(version)) report.add(wasi(version));
            }
        }
        report.publish();
        assertEquals(0, report.failed(), "WIT cases failed (see the table above)");
    }

    /**
     * Suite {@code wit}, mode {@code roundtrip}: every case that resolves is printed back as WIT with
     * {@link WitPrinter}, and the printed text must resolve to the same packages, interfaces, types,
     * functions and world items.
     */
    @Test
    void witPrintsBackToTheSameModel() throws IOException {
        Path ui = Suites.folder("wit-tests/parser-ui");
        Path wasi = Suites.folder("wasi-wit");
        Assumptions.assumeTrue(ui != null || wasi != null, "no WIT suites: suite wit not run");
        SuiteReport report = new SuiteReport("wit", "roundtrip");
        Wit wit = Wit.parser().withFeatures(UI_FEATURE);
        if (ui != null) {
            FileResult result = new FileResult("parser-ui");
            for (Path p : list(ui)) {
                String name = p.getFileName().toString();
                boolean isCase = Files.isDirectory(p) ? !name.equals("parse-fail") : name.endsWith(".wit");
                if (!isCase) continue;
                roundTrip(name, Files.isDirectory(p) ? wit.directory(p) : wit.file(p), wit, result);
            }
            report.add(result);
        }
        if (wasi != null) {
            for (Path version : list(wasi)) {
                if (!Files.isDirectory(version)) continue;
                FileResult result = new FileResult("wasi-" + version.getFileName());
                List<Path> packages = list(version).stream().filter(Files::isDirectory).toList();
                for (Path pkg : packages) {
                    Wit w = Wit.parser();
                    for (Path sibling : packages) {
                        if (!sibling.equals(pkg)) w = w.withDependency(sibling);
                    }
                    roundTrip(pkg.getFileName().toString(), w.directory(pkg), Wit.parser(), result);
                }
                report.add(result);
            }
        }
        report.publish();
        assertEquals(0, report.failed(), "WIT round trips failed (see the table above)");
    }

    private static void roundTrip(String name, Resolve original, Wit wit, FileResult result) {
        String printed = WitPrinter.print(original);
        try {
            Map<String, String> before = WitHint.canonical(original);
            Map<String, String> after = WitHint.canonical(wit.string(printed, name + ".printed.wit"));
            if (before.equals(after)) {
                result.pass();
                return;
            }
            for (String k : before.keySet()) {
                if (!before.get(k).equals(after.get(k))) {
                    result.fail(0, name + ": " + k + " printed back as " + after.get(k) + ", was " + before.get(k));
                    return;
                }
            }
            result.fail(0, name + ": printing added " + after.keySet().stream().filter(k -> !before.containsKey(k)).findFirst().orElse("?"));
        } catch (WitException e) {
            result.fail(0, name + ": printed text does not resolve: " + e.getMessage());
        }
    }

    private static FileResult positive(Path ui) throws IOException {
        FileResult result = new FileResult("parser-ui");
        Wit wit = Wit.parser().withFeatures(UI_FEATURE);
        for (Path p : list(ui)) {
            String name = p.getFileName().toString();
            boolean isCase = Files.isDirectory(p) ? !name.equals("parse-fail") : name.endsWith(".wit");
            if (!isCase) continue;
            try {
                Resolve r = Files.isDirectory(p) ? wit.directory(p) : wit.file(p);
                Path hint = ui.resolve((name.endsWith(".wit") ? name : name + ".wit") + ".json");
                String mismatch = Files.exists(hint) ? WitHint.compare(r, JsonReader.parse(Files.readString(hint))) : null;
                if (mismatch == null) result.pass();
                else result.fail(0, name + ": resolved, but " + mismatch);
            } catch (RuntimeException e) {
                result.fail(0, name + ": " + e);
            }
        }
        return result;
    }

    private static FileResult negative(Path dir) throws IOException {
        FileResult result = new FileResult("parse-fail");
        Wit wit = Wit.parser().withFeatures(UI_FEATURE);
        for (Path p : list(dir)) {
            String name = p.getFileName().toString();
            if (name.endsWith(".result")) continue;
            try {
                if (Files.isDirectory(p)) wit.directory(p);
                else wit.file(p);
                result.fail(0, name + ": resolved, but should fail");
            } catch (WitException e) {
                if (e.line() > 0 && e.column() > 0) result.pass();
                else result.fail(0, name + ": error without a position: " + e.getMessage());
            } catch (RuntimeException e) {
                result.fail(0, name + ": not a WitException: " + e);
            }
        }
        return result;
    }

    private static FileResult wasi(Path version) throws IOException {
        FileResult result = new FileResult("wasi-" + version.getFileName());
        List<Path> packages = list(version).stream().filter(Files::isDirectory).toList();
        for (Path pkg : packages) {
            Wit wit = Wit.parser();
            for (Path sibling : packages) {
                if (!sibling.equals(pkg)) wit = wit.withDependency(sibling);
            }
            try {
                Resolve r = wit.directory(pkg);
                if (r.mainPackage().interfaces().isEmpty() && r.mainPackage().worlds().isEmpty()) {
                    result.fail(0, pkg.getFileName() + ": resolved to an empty package");
                } else {
                    result.pass();
                }
            } catch (RuntimeException e) {
                result.fail(0, pkg.getFileName() + ": " + e);
            }
        }
        return result;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
