package dev.weft.component.internal.validate;

import java.util.Locale;

/**
 * The lexical rules of component import/export names and labels (Explainer "Import and Export
 * Definitions"): kebab-case labels, {@code [constructor]}/{@code [method]}/{@code [static]}
 * annotations, interface names with optional semver, and the "strongly-unique" comparison key.
 * Violations throw {@link ValidationError}s whose texts follow the reference validator's.
 */
final class ExternNames {
    private ExternNames() {}

    enum Kind { PLAIN, CONSTRUCTOR, METHOD, STATIC, INTERFACE }

    /**
     * A parsed name: {@code resource} is the resource label of an annotated name (else null),
     * {@code version} the interface version text (else null).
     */
    record Parsed(String text, Kind kind, String resource, String version) {}

    /** Whether {@code s} is a kebab-case label. */
    static boolean isKebab(String s) {
        if (s.isEmpty()) return false;
        int i = 0, n = s.length();
        boolean first = true;
        while (true) {
            int start = i;
            char c0 = s.charAt(i);
            boolean upper;
            if (c0 >= 'a' && c0 <= 'z') upper = false;
            else if (c0 >= 'A' && c0 <= 'Z') upper = true;
            else if (!first && c0 >= '0' && c0 <= '9') {
                // a fragment may start with a digit; its case is decided by its first letter
                int j = i;
                while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
                upper = j < n && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z';
            } else return false;
            while (i < n && s.charAt(i) != '-') {
                char c = s.charAt(i);
                boolean ok = (c >= '0' && c <= '9') || (upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z'));
                if (!ok) return false;
                i++;
            }
            if (i == start) return false;
            first = false;
            if (i == n) return true;
            i++; // '-'
            if (i == n) return false;
        }
    }

    /** Checks a label used in {@code what} (e.g. "record field name"). */
    static void checkLabel(String label, String what) {
        if (label.isEmpty()) throw new ValidationError(what + " cannot be empty");
        if (!isKebab(label)) throw new ValidationError(what + " `" + label + "` is not in kebab case");
    }

    private static void kebab(String s) {
        if (!isKebab(s)) throw new ValidationError("`" + s + "` is not in kebab case");
    }

    /** Parses and checks an extern name; problems read "`name` is not a valid extern name: why". */
    static Parsed parse(String name) {
        try {
            return parseName(name);
        } catch (ValidationError e) {
            if (e.getMessage().startsWith("`" + name + "` is not a valid extern name")) throw e;
            throw new ValidationError("`" + name + "` is not a valid extern name: " + e.getMessage());
        }
    }

    private static Parsed parseName(String name) {
        if (name.startsWith("[constructor]")) {
            String r = name.substring("[constructor]".length());
            kebab(r);
            return new Parsed(name, Kind.CONSTRUCTOR, r, null);
        }
        for (String prefix : new String[] {"[method]", "[static]"}) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot < 0) throw new ValidationError("failed to find `.` character");
                String r = rest.substring(0, dot);
                kebab(r);
                kebab(rest.substring(dot + 1));
                return new Parsed(name, prefix.equals("[method]") ? Kind.METHOD : Kind.STATIC, r, null);
            }
        }
        if (name.indexOf(':') >= 0) return parseInterface(name);
        kebab(name);
        return new Parsed(name, Kind.PLAIN, null, null);
    }

    /** {@code ns:pkg/iface(@version)?}. */
    static Parsed parseInterface(String name) {
        int colon = name.indexOf(':');
        String ns = name.substring(0, colon);
        String rest = name.substring(colon + 1);
        int slash = rest.indexOf('/');
        int colon2 = rest.indexOf(':');
        if (colon2 >= 0 && (slash < 0 || colon2 < slash)) throw new ValidationError("expected `/` after package name");
        if (slash < 0) {
            String pkg = rest.indexOf('@') >= 0 ? rest.substring(0, rest.indexOf('@')) : rest;
            checkWords(name, ns);
            checkWords(name, pkg);
            throw new ValidationError("expected `/` after package name");
        }
        String pkg = rest.substring(0, slash);
        String tail = rest.substring(slash + 1);
        String version = null;
        int at = tail.indexOf('@');
        String iface = at >= 0 ? tail.substring(0, at) : tail;
        if (at >= 0) version = tail.substring(at + 1);
        checkWords(name, ns);
        checkWords(name, pkg);
        int slash2 = iface.indexOf('/');
        if (slash2 >= 0) throw new ValidationError("trailing characters found: `" + iface.substring(slash2) + "`");
        kebab(iface);
        if (version != null) checkVersion(version);
        return new Parsed(name, Kind.INTERFACE, null, version);
    }

    /** A namespace or package: kebab-case words in lower case only. */
    private static void checkWords(String name, String s) {
        kebab(s);
        if (!s.equals(s.toLowerCase(Locale.ROOT)) || !Character.isLowerCase(s.charAt(0))) {
            throw new ValidationError("`" + name + "` is not a valid extern name");
        }
    }

    /** An interface version: a canonical version (e.g. {@code 0.2}) or a full semver. */
    static void checkVersion(String v) {
        if (isCanonVersion(v)) return;
        Semver.check(v);
    }

    static boolean isCanonVersion(String v) {
        return v.matches("[1-9][0-9]*|0\\.[1-9][0-9]*|0\\.0\\.[1-9][0-9]*|0\\.0\\.0");
    }

    /**
     * The key under which names must be unique ("strongly-unique"): lower-cased, {@code [method]l.l}
     * and {@code [static]l.l} reduced to {@code l}, other annotations except {@code [constructor]} dropped.
     */
    static String uniquenessKey(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"[method]", "[static]"}) {
            if (s.startsWith(prefix)) {
                String rest = s.substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot >= 0 && rest.substring(0, dot).equals(rest.substring(dot + 1))) return rest.substring(0, dot);
                return rest;
            }
        }
        return s;
    }
}
