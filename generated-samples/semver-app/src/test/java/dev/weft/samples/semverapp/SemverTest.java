package dev.weft.samples.semverapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.samples.semver.ParseError;
import dev.weft.samples.semver.ParseErrorException;
import dev.weft.samples.semver.Part;
import dev.weft.samples.semver.Requirement;
import dev.weft.samples.semver.SemverLib;
import dev.weft.samples.semver.SemverLibrary;
import dev.weft.samples.semver.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Rust library, used through the rust-semver jar exactly as an application would. */
class SemverTest {
    private static SemverLib lib;
    private static SemverLib.Semver semver;

    @BeforeAll
    static void load() {
        lib = SemverLibrary.load();
        semver = lib.semver();
    }

    @AfterAll
    static void close() {
        lib.close();
    }

    private static Version v(String text) {
        try {
            return semver.parse(text);
        } catch (ParseErrorException e) {
            throw new AssertionError(text + ": " + e.error(), e);
        }
    }

    private static Requirement req(String text) {
        try {
            return semver.requirementParse(text);
        } catch (ParseErrorException e) {
            throw new AssertionError(text + ": " + e.error(), e);
        }
    }

    @Test
    void parseSplitsEveryPartAndRenderRestoresTheText() {
        assertEquals(new Version(1, 2, 3, List.of(), List.of()), v("1.2.3"));
        assertEquals(new Version(1, 0, 0, List.of("alpha", "1"), List.of("build", "5")), v("1.0.0-alpha.1+build.5"));
        assertEquals(new Version(-1, 0, 0, List.of(), List.of()), v("18446744073709551615.0.0")); // u64 max
        for (String s : List.of("0.0.0", "1.2.3-rc.1", "10.20.30+meta-data.x", "1.0.0-x-y.7")) {
            assertEquals(s, semver.render(v(s)));
        }
    }

    @Test
    void parseErrorsSayWhatAndWhere() {
        assertEquals(new ParseError(12, "invalid build identifier `ü`"),
                assertThrows(ParseErrorException.class, () -> semver.parse("1.0.0-x-y.7+ü")).error());
        assertEquals(new ParseError(0, "empty version"), assertThrows(ParseErrorException.class, () -> semver.parse("")).error());
        assertEquals(new ParseError(2, "number `02` has a leading zero"),
                assertThrows(ParseErrorException.class, () -> semver.parse("1.02.0")).error());
        assertEquals(new ParseError(0, "expected major.minor.patch, found `1.2`"),
                assertThrows(ParseErrorException.class, () -> semver.parse("1.2")).error());
        assertEquals(new ParseError(6, "invalid pre-release identifier ``"),
                assertThrows(ParseErrorException.class, () -> semver.parse("1.2.3-")).error());
        assertEquals(new ParseError(0, "number `18446744073709551616` is too large"),
                assertThrows(ParseErrorException.class, () -> semver.parse("18446744073709551616.0.0")).error());
    }

    @Test
    void compareFollowsSemverPrecedence() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "1.10.0", "2.0.0");
        List<Version> shuffled = new ArrayList<>(ordered.stream().map(SemverTest::v).toList());
        java.util.Collections.reverse(shuffled);
        shuffled.sort(semver::compare);
        assertEquals(ordered, shuffled.stream().map(semver::render).toList());
        assertEquals(0, semver.compare(v("1.0.0+a"), v("1.0.0+b")));
    }

    @Test
    void bumpZeroesLowerPartsAndDropsSuffixes() {
        assertEquals(v("2.0.0"), semver.bump(v("1.9.9-rc.1+b"), Part.MAJOR));
        assertEquals(v("1.10.0"), semver.bump(v("1.9.9"), Part.MINOR));
        assertEquals(v("1.9.10"), semver.bump(v("1.9.9"), Part.PATCH));
    }

    @Test
    void requirementsExpandCaretTildeAndPartialVersions() {
        List<List<String>> cases = List.of(
                List.of("^1.2", ">=1.2.0, <2.0.0"), List.of("1.2", ">=1.2.0, <2.0.0"),
                List.of("^0.3.1", ">=0.3.1, <0.4.0"), List.of("^0.0.4", ">=0.0.4, <0.0.5"),
                List.of("~1.2.3", ">=1.2.3, <1.3.0"), List.of("~1", ">=1.0.0, <2.0.0"),
                List.of("=1.2", ">=1.2.0, <1.3.0"), List.of(">1.2", ">=1.3.0"), List.of("<=1", "<2.0.0"),
                List.of(">= 1.0.0, < 2.0.0-0", ">=1.0.0, <2.0.0-0"), List.of("*", "*"));
        for (List<String> c : cases) {
            try (Requirement r = req(c.get(0))) {
                assertEquals(c.get(1), r.render(), c.get(0));
            }
        }
    }

    @Test
    void matchesAndHighestKeepPreReleasesOut() {
        try (Requirement r = req("^1.2")) {
            assertTrue(r.matches(v("1.2.0")));
            assertTrue(r.matches(v("1.99.0+build")));
            assertFalse(r.matches(v("2.0.0")));
            assertFalse(r.matches(v("1.1.9")));
            assertFalse(r.matches(v("1.5.0-rc.1")));
            assertEquals(Optional.of(v("1.10.0")), r.highest(List.of(v("1.2.0"), v("1.10.0"), v("1.9.0"), v("1.11.0-rc.1"), v("2.0.0"))));
            assertEquals(Optional.empty(), r.highest(List.of()));
            assertEquals(Optional.empty(), r.highest(List.of(v("0.1.0"))));
        }
        try (Requirement r = req(">=1.11.0-rc.0")) {
            assertTrue(r.matches(v("1.11.0-rc.1")));
            assertFalse(r.matches(v("1.12.0-beta")));
        }
    }

    @Test
    void badRequirementsAreReported() {
        assertEquals(new ParseError(9, "empty comparator"),
                assertThrows(ParseErrorException.class, () -> semver.requirementParse(">=1.0.0, ")).error());
        assertEquals(new ParseError(3, "expected a number, found `x`"),
                assertThrows(ParseErrorException.class, () -> semver.requirementParse("^1.x")).error());
    }

    @Test
    void manyLiveRequirementsKeepTheirOwnState() {
        List<Requirement> rs = new ArrayList<>();
        for (int i = 0; i < 40; i++) rs.add(req("~1." + i));
        for (int i = 0; i < 40; i++) {
            try (Requirement r = rs.get(i)) {
                assertTrue(r.matches(v("1." + i + ".7")));
                assertFalse(r.matches(v("1." + (i + 1) + ".0")));
            }
        }
    }

    @Test
    void pickReportsSortedMatchesAndTheHighest() {
        assertEquals("""
                skipped 1.x: expected a number, found `x` (at 2)
                requirement ~1.2 means >=1.2.0, <1.3.0
                    1.1.0
                  ✔ 1.2.0
                  ✔ 1.2.10
                    1.3.0
                highest match: 1.2.10 (next minor: 1.3.0)
                """, Main.pick(semver, "~1.2", List.of("1.3.0", "1.2.10", "1.x", "1.2.0", "1.1.0")));
        assertEquals("bad requirement ^: expected a number, found ``\n",
                Main.pick(semver, "^", List.of()));
    }
}
