package dev.weft.component.internal.abi;

import java.util.Arrays;

/**
 * A component instance's table of handles. Index 0 is never used (so 0 can mean "none" in core
 * code); freed indices go on a free list and are reused last-freed-first, as the spec fixes, so
 * indices are deterministic. Indices are u32 values held in an {@code int}.
 */
public final class HandleTable {
    /** The largest index the table hands out (so indices fit in 28 bits). */
    public static final int MAX_LENGTH = (1 << 28) - 1;

    private HandleEntry[] entries = new HandleEntry[8];
    private int length = 1;
    private int[] free = new int[8];
    private int freeCount;

    /** The entry at {@code index}; traps "unknown handle index" if there is none. */
    public HandleEntry get(int index) {
        if (index <= 0 || index >= length || entries[index] == null) throw AbiTraps.unknownHandle(index);
        return entries[index];
    }

    /** Stores {@code entry} at a free index and returns that index. */
    public int add(HandleEntry entry) {
        if (freeCount > 0) {
            int i = free[--freeCount];
            entries[i] = entry;
            return i;
        }
        if (length > MAX_LENGTH) throw AbiTraps.tableFull();
        if (length == entries.length) entries = Arrays.copyOf(entries, entries.length * 2);
        entries[length] = entry;
        return length++;
    }

    /** Removes and returns the entry at {@code index}; traps "unknown handle index" if there is none. */
    public HandleEntry remove(int index) {
        HandleEntry e = get(index);
        entries[index] = null;
        if (freeCount == free.length) free = Arrays.copyOf(free, free.length * 2);
        free[freeCount++] = index;
        return e;
    }

    /** Number of live entries. */
    public int size() { return length - 1 - freeCount; }
}
