package dev.weft.samples.semverapp;

import dev.weft.samples.semver.ParseErrorException;
import dev.weft.samples.semver.Requirement;
import dev.weft.samples.semver.SemverLib;
import dev.weft.samples.semver.SemverLibrary;
import dev.weft.samples.semver.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks versions the way a package manager does, with the Rust semver library that the
 * {@code rust-semver} jar provides (a plain Maven dependency: this module has no WIT and no .wasm):
 * {@code Main REQUIREMENT VERSION...} sorts the versions, marks those the requirement accepts and
 * names the highest; without arguments it runs an example.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> a = args.length >= 1 ? List.of(args)
                : List.of("^1.2", "1.2.0", "1.10.0", "1.9.3", "2.0.0", "1.11.0-rc.1", "1.3.0+build.7", "0.9.9", "1.02.0");
        try (SemverLib lib = SemverLibrary.load()) {
            System.out.print(pick(lib.semver(), a.get(0), a.subList(1, a.size())));
        }
    }

    /** The report for one requirement and candidate versions (malformed ones are listed as such). */
    static String pick(SemverLib.Semver semver, String requirement, List<String> candidates) {
        StringBuilder out = new StringBuilder();
        List<Version> versions = new ArrayList<>();
        for (String c : candidates) {
            try {
                versions.add(semver.parse(c));
            } catch (ParseErrorException e) {
                out.append("skipped ").append(c).append(": ").append(e.error().message())
                        .append(" (at ").append(e.error().position()).append(")\n");
            }
        }
        versions.sort(semver::compare);
        try (Requirement req = semver.requirementParse(requirement)) {
            out.append("requirement ").append(requirement).append(" means ").append(req.render()).append('\n');
            for (Version v : versions) {
                out.append(req.matches(v) ? "  ✔ " : "    ").append(semver.render(v)).append('\n');
            }
            Optional<Version> best = req.highest(versions);
            out.append(best.map(v -> "highest match: " + semver.render(v)
                    + " (next minor: " + semver.render(semver.bump(v, dev.weft.samples.semver.Part.MINOR)) + ")")
                    .orElse("no version matches")).append('\n');
        } catch (ParseErrorException e) {
            out.append("bad requirement ").append(requirement).append(": ").append(e.error().message()).append('\n');
        }
        return out.toString();
    }
}
