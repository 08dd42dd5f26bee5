package dev.weft.component.wit;

/** Semantic-version ordering, for checking {@code @since} against the package version. */
final class Versions {
    private Versions() {}

    /** Compares two valid semver strings by precedence (build metadata ignored). */
    static int compare(String a, String b) {
        String[] pa = core(a);
        String[] pb = core(b);
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(Long.parseLong(pa[i]), Long.parseLong(pb[i]));
            if (c != 0) return c;
        }
        String ra = pre(a);
        String rb = pre(b);
        if (ra == null || rb == null) return ra == null ? (rb == null ? 0 : 1) : -1;
        String[] ia = ra.split("\\.");
        String[] ib = rb.split("\\.");
        for (int i = 0; i < Math.min(ia.length, ib.length); i++) {
            boolean na = ia[i].chars().allMatch(Character::isDigit);
            boolean nb = ib[i].chars().allMatch(Character::isDigit);
            int c;
            if (na && nb) c = new java.math.BigInteger(ia[i]).compareTo(new java.math.BigInteger(ib[i]));
            else if (na != nb) c = na ? -1 : 1;
            else c = ia[i].compareTo(ib[i]);
            if (c != 0) return c;
        }
        return Integer.compare(ia.length, ib.length);
    }

    private static String strip(String v) {
        int plus = v.indexOf('+');
        return plus < 0 ? v : v.substring(0, plus);
    }

    private static String[] core(String v) {
        String s = strip(v);
        int dash = s.indexOf('-');
        return (dash < 0 ? s : s.substring(0, dash)).split("\\.");
    }

    private static String pre(String v) {
        String s = strip(v);
        int dash = s.indexOf('-');
        return dash < 0 ? null : s.substring(dash + 1);
    }
}
