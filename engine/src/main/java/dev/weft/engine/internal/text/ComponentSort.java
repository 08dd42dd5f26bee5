package dev.weft.engine.internal.text;

/**
 * The sorts of a component's index spaces: the core sorts (prefixed {@code core} in the text
 * format) and the component-level ones, each with its binary {@code sort} encoding.
 */
enum ComponentSort {
    CORE_FUNC(0x00, "core func"),
    CORE_TABLE(0x01, "core table"),
    CORE_MEMORY(0x02, "core memory"),
    CORE_GLOBAL(0x03, "core global"),
    CORE_TAG(0x04, "core tag"),
    CORE_TYPE(0x10, "core type"),
    CORE_MODULE(0x11, "core module"),
    CORE_INSTANCE(0x12, "core instance"),
    FUNC(0x01, "func"),
    VALUE(0x02, "value"),
    TYPE(0x03, "type"),
    COMPONENT(0x04, "component"),
    INSTANCE(0x05, "instance");

    /** The {@code core:sort} byte for core sorts, the {@code sort} byte otherwise. */
    final int code;
    final String text;

    ComponentSort(int code, String text) {
        this.code = code;
        this.text = text;
    }

    boolean isCore() { return ordinal() <= CORE_INSTANCE.ordinal(); }

    /** Writes the binary {@code sort} ({@code 0x00 core:sort} for core sorts). */
    void write(ByteWriter w) {
        if (isCore()) w.u8(0x00);
        w.u8(code);
    }

    /** Sorts an implicit outer alias may refer to (the text format only injects these). */
    boolean outerAliasable() {
        return this == CORE_MODULE || this == CORE_TYPE || this == TYPE || this == COMPONENT;
    }

    /** The core sort named by a keyword used after {@code core} (or inside core instance exports), or null. */
    static ComponentSort core(String kw) {
        return switch (kw) {
            case "func" -> CORE_FUNC;
            case "table" -> CORE_TABLE;
            case "memory" -> CORE_MEMORY;
            case "global" -> CORE_GLOBAL;
            case "tag" -> CORE_TAG;
            case "type" -> CORE_TYPE;
            case "module" -> CORE_MODULE;
            case "instance" -> CORE_INSTANCE;
            default -> null;
        };
    }

    /** The component-level sort named by a keyword, or null. */
    static ComponentSort component(String kw) {
        return switch (kw) {
            case "func" -> FUNC;
            case "value" -> VALUE;
            case "type" -> TYPE;
            case "component" -> COMPONENT;
            case "instance" -> INSTANCE;
            default -> null;
        };
    }

    /**
     * Reads the sort at the start of a form such as {@code (func ...)} or {@code (core module ...)},
     * leaving the cursor after the sort keyword(s); returns null if the form names no sort.
     */
    static ComponentSort of(SExpr.Parens form, Cursor c) {
        String head = form.head();
        if (head == null) return null;
        if (head.equals("core")) {
            if (!(c.peek() instanceof SExpr.Atom a) || a.kind() != SExpr.Kind.WORD) return null;
            ComponentSort s = core(a.text());
            if (s != null) c.next();
            return s;
        }
        return component(head);
    }
}
