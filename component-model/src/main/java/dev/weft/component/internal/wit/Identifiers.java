package dev.weft.component.internal.wit;

/** The kebab-case rule for WIT names (component model "label"). */
public final class Identifiers {
    private Identifiers() {}

    /**
     * Why {@code id} is not kebab-case, or null when it is: words separated by single {@code -}, each
     * all-lowercase or all-uppercase letters and digits, the first word starting with a letter.
     */
    public static String kebabProblem(String id) {
        if (id.isEmpty()) return "identifiers must not be empty";
        String[] words = id.split("-", -1);
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.isEmpty()) return "`-` must separate non-empty words";
            char first = word.charAt(0);
            if (w == 0 && !isAsciiLetter(first)) return "identifiers must start with a letter";
            if (!isAsciiLetter(first) && !isDigit(first)) return "words must start with a letter or digit";
            boolean lower = false;
            boolean upper = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= 'a' && c <= 'z') lower = true;
                else if (c >= 'A' && c <= 'Z') upper = true;
                else if (!isDigit(c)) return "only ASCII letters, digits and `-` are allowed";
            }
            if (lower && upper) return "each word must be all lowercase or all uppercase";
        }
        return null;
    }

    /** Whether {@code word} is reserved and must be written {@code %word} as a name. */
    public static boolean isKeyword(String word) { return Keywords.isKeyword(word); }

    private static boolean isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
}
