package dev.weft.component.internal.validate;

/**
 * Checks Semantic Versioning 2.0 syntax ({@code major.minor.patch(-pre)?(+build)?}), reporting
 * problems in the words of the common Rust {@code semver} parser that the reference tests quote.
 */
final class Semver {
    private Semver() {}

    static void check(String v) {
        if (v.isEmpty()) throw new ValidationError("empty string, expected a semver version");
        int[] pos = {0};
        number(v, pos);
        dot(v, pos);
        number(v, pos);
        dot(v, pos);
        number(v, pos);
        if (pos[0] < v.length() && v.charAt(pos[0]) == '-') {
            pos[0]++;
            identifiers(v, pos, true);
        }
        if (pos[0] < v.length() && v.charAt(pos[0]) == '+') {
            pos[0]++;
            identifiers(v, pos, false);
        }
        if (pos[0] < v.length()) throw unexpected(v.charAt(pos[0]));
    }

    private static ValidationError unexpected(char c) {
        return new ValidationError("unexpected character '" + c + "' while parsing version");
    }

    private static void number(String v, int[] pos) {
        int start = pos[0];
        if (start >= v.length()) throw new ValidationError("unexpected end of input while parsing version");
        while (pos[0] < v.length() && Character.isDigit(v.charAt(pos[0]))) pos[0]++;
        if (pos[0] == start) throw unexpected(v.charAt(start));
        if (pos[0] - start > 1 && v.charAt(start) == '0') throw new ValidationError("invalid leading zero in version");
    }

    private static void dot(String v, int[] pos) {
        if (pos[0] >= v.length()) throw new ValidationError("unexpected end of input while parsing version");
        if (v.charAt(pos[0]) != '.') throw unexpected(v.charAt(pos[0]));
        pos[0]++;
    }

    private static void identifiers(String v, int[] pos, boolean pre) {
        while (true) {
            int start = pos[0];
            while (pos[0] < v.length()) {
                char c = v.charAt(pos[0]);
                if (Character.isLetterOrDigit(c) && c < 128 || c == '-') pos[0]++;
                else break;
            }
            if (pos[0] == start) throw new ValidationError("empty identifier segment in "
                    + (pre ? "pre-release" : "build metadata") + " identifier");
            String seg = v.substring(start, pos[0]);
            if (pre && seg.length() > 1 && seg.charAt(0) == '0' && seg.chars().allMatch(Character::isDigit)) {
                throw new ValidationError("invalid leading zero in pre-release identifier");
            }
            if (pos[0] < v.length() && v.charAt(pos[0]) == '.') {
                pos[0]++;
                continue;
            }
            return;
        }
    }
}
