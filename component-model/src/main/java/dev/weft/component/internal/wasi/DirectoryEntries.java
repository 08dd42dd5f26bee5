package dev.weft.component.internal.wasi;

import dev.weft.component.Val;

import java.util.List;

/** The host side of {@code directory-entry-stream}: the entries read when it was opened, handed out in turn. */
final class DirectoryEntries {
    private final List<Val> entries;
    private int next;

    DirectoryEntries(List<Val> entries) { this.entries = entries; }

    /** The next {@code directory-entry} record, or null at the end. */
    Val next() { return next < entries.size() ? entries.get(next++) : null; }
}
