package dev.weft.component.internal.abi;

import dev.weft.engine.Func;
import dev.weft.engine.Memory;

/**
 * The canonical options of one {@code canon lift} or {@code canon lower}: the memory strings and
 * lists live in, the {@code realloc} function {@code (old_ptr, old_size, align, new_size) -> ptr}
 * used to allocate there, the {@code post-return} function, and the string encoding. Any of the
 * functions and the memory may be null when the signature does not need them.
 */
public record CanonicalOptions(Memory memory, Func realloc, Func postReturn, StringEncoding encoding) {
    public CanonicalOptions {
        if (encoding == null) encoding = StringEncoding.UTF8;
    }

    /** Options with no memory (only scalar values can cross). */
    public static CanonicalOptions none() { return new CanonicalOptions(null, null, null, StringEncoding.UTF8); }

    /** Pointer size of the memory: 8 for a 64-bit memory, else 4. */
    public int ptrSize() { return memory != null && memory.type().is64() ? 8 : 4; }
}
