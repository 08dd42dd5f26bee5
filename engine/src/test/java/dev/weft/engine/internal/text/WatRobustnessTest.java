package dev.weft.engine.internal.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.text.wast.ModuleSource;
import dev.weft.engine.internal.text.wast.WastCommand;
import dev.weft.engine.internal.text.wast.WastScript;
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
 * Mutates the suite's text modules at random (fixed seed) and checks that the encoder either
 * produces bytes or reports a {@link MalformedModuleException}, never another exception.
 */
class WatRobustnessTest {
    private static final Path SUITE = Path.of(System.getProperty("weft.suites", "../shared"), "testsuite");

    private static final List<SExpr> EXTRA_ATOMS = List.of(
            word("-1"), word("0xffff_ffff_ffff_ffff_ff"), word("1.5"), word("nan:0x1"), word("inf"),
            new SExpr.Atom(SExpr.Kind.ID, "nope", null, 1, 1), new SExpr.Atom(SExpr.Kind.STRING, "\"\\ff\"",
                    new byte[] {(byte) 0xFF}, 1, 1),
            word("end"), word("else"), word("then"), word("i32"), word("funcref"), word("offset=99999999999999999999"),
            word("align=0"), word("align=3"), word("block"), word("if"), word("try_table"), word("select"),
            word("func"), word("param"), word("result"), word("mut"), word("ref"), word("null"), word("i64"));

    private static SExpr.Atom word(String s) {
        return new SExpr.Atom(SExpr.Kind.WORD, s, null, 1, 1);
    }

    @Test
    void mutatedModulesFailOnlyAsMalformed() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SUITE), "test suite not found");
        List<List<SExpr>> modules = new ArrayList<>();
        try (Stream<Path> s = Files.list(SUITE)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".wast")).sorted().toList()) {
                int i = 0;
                for (WastCommand c : WastScript.parse(Files.readString(f), f.toString())) {
                    if (c instanceof WastCommand.Module m && m.source() instanceof ModuleSource.Text t && i++ % 4 == 0) {
                        modules.add(t.fields());
                    }
                }
            }
        }
        Random rnd = new Random(42);
        int ok = 0;
        int malformed = 0;
        List<String> crashes = new ArrayList<>();
        for (List<SExpr> fields : modules) {
            for (int k = 0; k < 20; k++) {
                List<SExpr> mutated = mutate(fields, rnd);
                if (rnd.nextBoolean()) mutated = mutate(mutated, rnd);
                try {
                    Wat.fieldsToBinary(null, mutated);
                    ok++;
                } catch (MalformedModuleException e) {
                    malformed++;
                } catch (RuntimeException e) {
                    if (crashes.size() < 20) crashes.add(e + " at " + e.getStackTrace()[0]);
                }
            }
        }
        System.out.printf("robustness: %d mutants encoded, %d malformed, %d crashes%n", ok, malformed, crashes.size());
        crashes.forEach(c -> System.out.println("  " + c));
        assertTrue(crashes.isEmpty(), crashes.toString());
    }

    /** Applies one random edit (delete, duplicate, swap, replace) somewhere in the tree. */
    private static List<SExpr> mutate(List<SExpr> items, Random rnd) {
        List<SExpr> copy = new ArrayList<>(items);
        if (copy.isEmpty()) return copy;
        int i = rnd.nextInt(copy.size());
        SExpr e = copy.get(i);
        if (e instanceof SExpr.Parens p && p.size() > 0 && rnd.nextInt(3) != 0) {
            copy.set(i, new SExpr.Parens(mutate(p.items(), rnd), p.line(), p.column()));
            return copy;
        }
        switch (rnd.nextInt(4)) {
            case 0 -> copy.remove(i);
            case 1 -> copy.add(i, e);
            case 2 -> {
                int j = rnd.nextInt(copy.size());
                copy.set(i, copy.get(j));
                copy.set(j, e);
            }
            default -> copy.set(i, EXTRA_ATOMS.get(rnd.nextInt(EXTRA_ATOMS.size())));
        }
        return copy;
    }
}
