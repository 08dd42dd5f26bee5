package dev.weft.engine.internal.text.wast;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.text.SExpr;
import dev.weft.engine.internal.text.Wat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Damaged component text must fail with {@link MalformedModuleException} only: every text
 * component of the suite is converted again with single items removed from its forms (chosen by a
 * fixed seed), and no other exception may escape.
 */
class ComponentTextRobustnessTest {
    private static final Path SUITE = Path.of(System.getProperty("weft.suites", "../shared"), "component-model-tests");

    @Test
    void damagedComponentsAreMalformedNeverCrashes() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SUITE), "component-model suite not present");
        List<Path> files;
        try (Stream<Path> s = Files.walk(SUITE)) {
            files = s.filter(p -> p.toString().endsWith(".wast")).sorted().toList();
        }
        Random random = new Random(20261121);
        List<String> crashes = new ArrayList<>();
        int mutants = 0;
        for (Path f : files) {
            for (WastCommand c : WastScript.parse(Files.readString(f), f.toString())) {
                if (!(c instanceof WastCommand.Module m) || !(m.source() instanceof ModuleSource.Text t)
                        || t.kind() != ModuleSource.Kind.COMPONENT) {
                    continue;
                }
                for (int k = 0; k < 4; k++) {
                    List<SExpr> damaged = new ArrayList<>(t.fields());
                    if (damaged.isEmpty()) continue;
                    int i = random.nextInt(damaged.size());
                    damaged.set(i, dropOne(damaged.get(i), random));
                    mutants++;
                    try {
                        Wat.componentFieldsToBinary(t.name(), damaged);
                    } catch (MalformedModuleException expected) {
                        // rejected cleanly
                    } catch (RuntimeException e) {
                        crashes.add(f.getFileName() + ":" + c.line() + ": " + e);
                    }
                }
            }
        }
        assertTrue(crashes.isEmpty(), crashes.size() + " of " + mutants + " crashed:\n" + String.join("\n", crashes));
    }

    /** A copy of {@code e} with one item removed somewhere inside it. */
    private static SExpr dropOne(SExpr e, Random random) {
        if (!(e instanceof SExpr.Parens p) || p.size() == 0) return e;
        List<SExpr> items = new ArrayList<>(p.items());
        int i = random.nextInt(items.size());
        if (random.nextInt(3) == 0 || !(items.get(i) instanceof SExpr.Parens)) {
            items.remove(i);
        } else {
            items.set(i, dropOne(items.get(i), random));
        }
        return new SExpr.Parens(items, p.line(), p.column());
    }
}
