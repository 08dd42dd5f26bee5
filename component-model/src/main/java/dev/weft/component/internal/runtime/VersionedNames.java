package dev.weft.component.internal.runtime;

import java.util.Map;

/**
 * Finds what satisfies an import name among provided names, following the semver rule for
 * interface names: {@code ns:pkg/iface@1.2.3} is satisfied by the provided {@code ns:pkg/iface@V}
 * with the largest version {@code V} compatible with {@code 1.2.3} — same major version when it is
 * not 0, same {@code 0.minor} when the major is 0 and the minor is not, the exact version for
 * {@code 0.0.x} and pre-releases. An exact match always wins.
 */
public final class VersionedNames {
    private VersionedNames() {}

    /** The value provided for {@code name}, or null. */
    public static <V> V find(Map<String, V> provided, String name) {
        V exact = provided.get(name);
        if (exact != null) return exact;
        int at = name.lastIndexOf('@');
        if (at < 0) return null;
        long[] wanted = parse(name.substring(at + 1));
        if (wanted == null) return null;
        String base = name.substring(0, at + 1);
        V best = null;
        long[] bestVersion = null;
        for (Map.Entry<String, V> e : provided.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith(base) || k.indexOf('@', base.length()) >= 0) continue;
            long[] v = parse(k.substring(base.length()));
            if (v == null || !compatible(wanted, v)) continue;
            if (bestVersion == null || compare(v, bestVersion) > 0) {
                best = e.getValue();
                bestVersion = v;
            }
        }
        return best;
    }

    private static boolean compatible(long[] a, long[] b) {
        if (a[0] != b[0]) return false;
        if (a[0] != 0) return true;
        if (a[1] != b[1]) return false;
        return a[1] != 0;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return 0;
    }

    /** MAJOR.MINOR.PATCH with an optional {@code +build}; null for pre-releases and anything else. */
    private static long[] parse(String v) {
        int plus = v.indexOf('+');
        if (plus >= 0) v = v.substring(0, plus);
        String[] parts = v.split("\\.", -1);
        if (parts.length != 3) return null;
        long[] out = new long[3];
        for (int i = 0; i < 3; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 18 || !p.chars().allMatch(Character::isDigit)) return null;
            if (p.length() > 1 && p.charAt(0) == '0') return null;
            out[i] = Long.parseLong(p);
        }
        return out;
    }
}
