package dev.weft.component.internal.wit;

import dev.weft.component.wit.WitException;

/** A place in a WIT file, kept on syntax nodes so that resolution errors can point at them. */
public record Pos(Source source, int offset) {
    public WitException error(String reason) { return source.error(offset, reason); }
}
