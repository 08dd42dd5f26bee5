package dev.weft.engine.internal.model;

/** Kinds of importable/exportable entities, with their binary codes. */
public enum ExternKind {
    FUNC(0), TABLE(1), MEMORY(2), GLOBAL(3), TAG(4);

    public final int code;

    ExternKind(int code) { this.code = code; }
}
