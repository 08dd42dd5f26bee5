package dev.weft.component.wasi;

/**
 * Component text for tests whose own core code calls WASI through {@code canon lower}: a core
 * instance {@code $libc} with a memory and a bump allocator as {@code realloc} (it never frees),
 * aliased as {@code (core memory $mem)} and {@code (core func $realloc)}.
 */
public final class GuestLibc {
    private GuestLibc() {}

    /** The definitions, for a memory of {@code pages} 64 KiB pages whose allocations start at {@code heap}. */
    public static String wat(int pages, int heap) {
        return """
                (core module $libc
                  (memory (export "memory") %d)
                  (global $heap (mut i32) (i32.const %d))
                  (func (export "realloc") (param i32 i32 i32 i32) (result i32)
                    (local $p i32)
                    (local.set $p (i32.and (i32.add (global.get $heap) (i32.sub (local.get 2) (i32.const 1)))
                                           (i32.sub (i32.const 0) (local.get 2))))
                    (global.set $heap (i32.add (local.get $p) (local.get 3)))
                    (local.get $p)))
                (core instance $libc (instantiate $libc))
                (alias core export $libc "memory" (core memory $mem))
                (alias core export $libc "realloc" (core func $realloc))
                """.formatted(pages, heap);
    }
}
