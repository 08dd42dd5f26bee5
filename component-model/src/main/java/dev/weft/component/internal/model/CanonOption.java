package dev.weft.component.internal.model;

/** A canonical ABI option ({@code canonopt}) as written. */
public sealed interface CanonOption {

    enum Encoding {
        UTF8("utf8"), UTF16("utf16"), LATIN1_UTF16("latin1-utf16");

        private final String text;

        Encoding(String text) { this.text = text; }

        public String text() { return text; }
    }

    record StringEncoding(Encoding encoding) implements CanonOption {}

    record Memory(int coreMemory) implements CanonOption {}

    record Realloc(int coreFunc) implements CanonOption {}

    record PostReturn(int coreFunc) implements CanonOption {}

    record Async() implements CanonOption {}

    record Callback(int coreFunc) implements CanonOption {}
}
