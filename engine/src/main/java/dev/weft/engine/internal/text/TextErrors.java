package dev.weft.engine.internal.text;

import dev.weft.engine.MalformedModuleException;

/** Builds the exceptions for malformed text, with the spec's message and a "line L:C" location. */
public final class TextErrors {
    private TextErrors() {}

    public static MalformedModuleException malformed(String reason, SExpr at) {
        return new MalformedModuleException(reason, at == null ? "" : at.where(), -1);
    }

    public static MalformedModuleException malformed(String reason, int line, int column) {
        return new MalformedModuleException(reason, "line " + line + ":" + column, -1);
    }
}
