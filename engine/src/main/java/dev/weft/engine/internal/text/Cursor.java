package dev.weft.engine.internal.text;

import java.util.List;

/**
 * Walks the items of one parenthesised form (or the top level) left to right. The parsers
 * consume tokens through it; {@link #end()} reports leftovers as "unexpected token".
 */
public final class Cursor {
    private final List<SExpr> items;
    private final SExpr owner;
    private int pos;

    public Cursor(List<SExpr> items, SExpr owner, int start) {
        this.items = items;
        this.owner = owner;
        this.pos = start;
    }

    /** A cursor over a form's items after its head keyword. */
    public static Cursor body(SExpr.Parens p) {
        return new Cursor(p.items(), p, 1);
    }

    public boolean atEnd() { return pos >= items.size(); }

    public int position() { return pos; }

    public void reset(int position) { pos = position; }

    public SExpr peek() { return pos < items.size() ? items.get(pos) : null; }

    public SExpr peek(int ahead) { return pos + ahead < items.size() ? items.get(pos + ahead) : null; }

    public SExpr next() {
        if (pos >= items.size()) throw unexpectedEnd();
        return items.get(pos++);
    }

    /** The location to blame when input ends early: the closing of the owner form. */
    public RuntimeException unexpectedEnd() {
        return TextErrors.malformed("unexpected token", owner);
    }

    public SExpr.Atom nextAtom() {
        SExpr e = next();
        if (e instanceof SExpr.Atom a) return a;
        throw TextErrors.malformed("unexpected token", e);
    }

    /** True if the next item is a form headed by {@code kw}. */
    public boolean peekForm(String kw) {
        return peek() instanceof SExpr.Parens p && p.isForm(kw);
    }

    public boolean peekKeyword(String kw) {
        return peek() instanceof SExpr.Atom a && a.isKeyword(kw);
    }

    public boolean peekId() {
        return peek() instanceof SExpr.Atom a && a.kind() == SExpr.Kind.ID;
    }

    /** True if the next item is a word starting with a digit (an unsigned number). */
    public boolean peekNat() {
        return peek() instanceof SExpr.Atom a && a.kind() == SExpr.Kind.WORD
                && a.text().charAt(0) >= '0' && a.text().charAt(0) <= '9';
    }

    /** True if the next item is an index: a number or an id. */
    public boolean peekIndex() {
        return peekNat() || peekId();
    }

    /** The next item, which must be a parenthesised form. */
    public SExpr.Parens nextParens() {
        SExpr e = next();
        if (e instanceof SExpr.Parens p) return p;
        throw TextErrors.malformed("unexpected token", e);
    }

    public SExpr.Parens nextForm(String kw) {
        SExpr e = next();
        if (e instanceof SExpr.Parens p && p.isForm(kw)) return p;
        throw TextErrors.malformed("unexpected token", e);
    }

    /** Consumes an optional id and returns its name, or null. */
    public String optionalId() {
        if (peekId()) return ((SExpr.Atom) next()).text();
        return null;
    }

    public SExpr.Atom nextString() {
        SExpr e = next();
        if (e instanceof SExpr.Atom a && a.kind() == SExpr.Kind.STRING) return a;
        throw TextErrors.malformed("unexpected token", e);
    }

    /** Throws "unexpected token" if anything is left. */
    public void end() {
        if (!atEnd()) throw TextErrors.malformed("unexpected token", peek());
    }
}
