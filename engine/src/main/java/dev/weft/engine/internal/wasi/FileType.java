package dev.weft.engine.internal.wasi;

/** The preview1 {@code filetype} codes. */
final class FileType {
    private FileType() {}

    static final int UNKNOWN = 0;
    static final int BLOCK_DEVICE = 1;
    static final int CHARACTER_DEVICE = 2;
    static final int DIRECTORY = 3;
    static final int REGULAR_FILE = 4;
    static final int SOCKET_DGRAM = 5;
    static final int SOCKET_STREAM = 6;
    static final int SYMBOLIC_LINK = 7;
}
