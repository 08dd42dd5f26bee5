package dev.weft.component.internal.wit;

import dev.weft.component.wit.WitException;
import java.util.Arrays;

/** The text of one WIT file and its name, mapping character offsets to line:column for errors. */
public final class Source {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public Source(String name, String text) {
        this.name = name;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String name() { return name; }

    public String text() { return text; }

    /** An error at this offset; columns count code points from 1. */
    public WitException error(int offset, String reason) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        int start = lineStarts[line];
        int column = text.codePointCount(start, Math.min(offset, text.length())) + 1;
        return new WitException(name, line + 1, column, reason);
    }
}
