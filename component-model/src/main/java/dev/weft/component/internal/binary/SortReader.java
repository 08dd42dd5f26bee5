package dev.weft.component.internal.binary;

import dev.weft.component.internal.model.Sort;
import dev.weft.component.internal.model.SortIndex;

/** Reads {@code sort} and {@code sortidx}: a 0x00 prefix selects a {@code core:sort}. */
final class SortReader {
    private SortReader() {}

    /** The sort for bytes {@code b1} (and {@code b2} after a 0x00 prefix; else -1), or null. */
    static Sort of(int b1, int b2) {
        return b1 == 0x00 ? Sort.ofCoreCode(b2) : Sort.ofComponentCode(b1);
    }

    static Sort sort(ByteReader r) {
        int at = r.pos();
        int b1 = r.u8();
        int b2 = b1 == 0x00 ? r.u8() : -1;
        Sort s = of(b1, b2);
        if (s == null) throw r.badByte(b2 >= 0 ? b2 : b1, "component external kind", b2 >= 0 ? at + 1 : at);
        return s;
    }

    static SortIndex sortIndex(ByteReader r) {
        Sort s = sort(r);
        return new SortIndex(s, r.index());
    }

    /** {@code core:sortidx}. */
    static SortIndex coreSortIndex(ByteReader r) {
        int at = r.pos();
        int b = r.u8();
        Sort s = Sort.ofCoreCode(b);
        if (s == null) throw r.badByte(b, "core external kind", at);
        return new SortIndex(s, r.index());
    }

    /** Outer aliases may only name core modules, core types, types and components. */
    static boolean isOuterAliasSort(Sort s) {
        return s == Sort.CORE_MODULE || s == Sort.CORE_TYPE || s == Sort.TYPE || s == Sort.COMPONENT;
    }
}
