package dev.weft.component.internal.abi;

/**
 * The {@code string-encoding} canonical option: how a component keeps strings in its linear memory.
 * {@link #LATIN1_UTF16} ("compact UTF-16") stores either Latin-1 bytes or UTF-16 code units and
 * says which through the top bit of the length (the UTF-16 tag).
 */
public enum StringEncoding {
    UTF8(1),
    UTF16(2),
    LATIN1_UTF16(2);

    private final int alignment;

    StringEncoding(int alignment) { this.alignment = alignment; }

    /** Required alignment of a string's first byte in memory. */
    public int alignment() { return alignment; }
}
