package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;

/** An open regular file (or another non-directory object opened by path). */
final class FileDescriptor extends Descriptor {
    final SandboxPath path;
    /** Null when the object was opened without read or write access (e.g. only to stat it). */
    final FileChannel channel;
    /** The filetype when opened (a regular file, or e.g. a device node inside the preopen). */
    private final int type;

    FileDescriptor(SandboxPath path, FileChannel channel, int type, long base, long inheriting, int flags) {
        super(base, inheriting);
        this.path = path;
        this.channel = channel;
        this.type = type;
        this.fdflags = flags;
    }

    FileChannel channel() {
        if (channel == null) throw new WasiError(Errno.BADF);
        return channel;
    }

    @Override
    int filetype() { return type; }

    @Override
    void close() throws IOException {
        if (channel != null) channel.close();
    }
}
