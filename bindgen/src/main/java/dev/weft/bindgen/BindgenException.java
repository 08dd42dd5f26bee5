package dev.weft.bindgen;

/** A WIT world that the generator cannot turn into Java bindings (e.g. an unsupported type). */
public final class BindgenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BindgenException(String message) { super(message); }
}
