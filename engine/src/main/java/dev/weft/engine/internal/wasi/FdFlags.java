package dev.weft.engine.internal.wasi;

/** The preview1 {@code fdflags} bits. */
final class FdFlags {
    private FdFlags() {}

    static final int APPEND = 1;
    static final int DSYNC = 2;
    static final int NONBLOCK = 4;
    static final int RSYNC = 8;
    static final int SYNC = 16;
    static final int ALL = 31;
}
