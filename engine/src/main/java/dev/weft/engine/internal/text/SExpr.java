package dev.weft.engine.internal.text;

import java.util.List;

/**
 * One node of the text format's S-expression tree: a parenthesised list or a single token.
 * Both remember where they started so errors can name a line and column.
 */
public sealed interface SExpr permits SExpr.Parens, SExpr.Atom {

    int line();

    int column();

    /** "line L:C", the location format of text-format errors. */
    default String where() { return "line " + line() + ":" + column(); }

    /** A parenthesised list of nodes. */
    record Parens(List<SExpr> items, int line, int column) implements SExpr {
        public int size() { return items.size(); }

        public SExpr get(int i) { return items.get(i); }

        /** True if the first item is the keyword {@code kw}. */
        public boolean isForm(String kw) {
            return !items.isEmpty() && items.get(0) instanceof Atom a && a.isKeyword(kw);
        }

        /** The leading keyword, or null if the list does not start with one. */
        public String head() {
            return !items.isEmpty() && items.get(0) instanceof Atom a && a.kind == Kind.WORD ? a.text : null;
        }
    }

    enum Kind {
        /** Keyword or number: a run of idchars not starting with '$'. */
        WORD,
        /** Identifier; {@link Atom#text} is the name without '$' (quoted ids are unquoted). */
        ID,
        /** String literal; {@link Atom#bytes} holds its bytes, {@link Atom#text} the raw token. */
        STRING
    }

    /** A token. */
    record Atom(Kind kind, String text, byte[] bytes, int line, int column) implements SExpr {
        public boolean isKeyword(String kw) { return kind == Kind.WORD && text.equals(kw); }

        @Override
        public String toString() {
            return kind == Kind.ID ? "$" + text : text;
        }
    }
}
