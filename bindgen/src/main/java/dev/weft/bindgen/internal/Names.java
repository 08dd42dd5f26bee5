package dev.weft.bindgen.internal;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java spellings of WIT (kebab-case) names. Java keywords, and names that would clash with members
 * every generated class has ({@code Object}'s methods, {@code close}), get a trailing {@code _}.
 */
public final class Names {
    private static final Set<String> RESERVED_MEMBERS = Set.of("getClass", "hashCode", "equals", "toString",
            "notify", "notifyAll", "wait", "clone", "finalize", "close");

    private Names() {}

    /** {@code get-value} → {@code getValue}. */
    public static String camel(String kebab) {
        String pascal = pascal(kebab);
        return escape(Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1));
    }

    /** A member name: {@link #camel} that also avoids the members every class has. */
    public static String member(String kebab) {
        String c = camel(kebab);
        return RESERVED_MEMBERS.contains(c) ? c + "_" : c;
    }

    /** {@code get-value} → {@code GetValue}. */
    public static String pascal(String kebab) {
        StringBuilder b = new StringBuilder();
        for (String part : kebab.split("-")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return escape(b.toString());
    }

    /** {@code read-only} → {@code READ_ONLY}. */
    public static String constant(String kebab) { return escape(kebab.replace('-', '_').toUpperCase(Locale.ROOT)); }

    private static String escape(String name) {
        return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
    }
}
