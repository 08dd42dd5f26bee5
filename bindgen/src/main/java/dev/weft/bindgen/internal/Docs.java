package dev.weft.bindgen.internal;

import com.palantir.javapoet.CodeBlock;

/** WIT doc comments as Javadoc text. */
final class Docs {
    private Docs() {}

    /** The doc text made safe for a Javadoc comment, with a trailing newline; empty for none. */
    static CodeBlock of(String docs) {
        if (docs == null || docs.isBlank()) return CodeBlock.of("");
        String text = docs.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;");
        return CodeBlock.of("$L\n", text);
    }

    /** {@link #of} followed by a line, or the line alone. */
    static CodeBlock with(String docs, String line) {
        return CodeBlock.builder().add(of(docs)).add(of(docs).isEmpty() ? "" : "\n").add("$L\n", line).build();
    }
}
