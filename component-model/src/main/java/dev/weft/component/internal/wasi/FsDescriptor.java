package dev.weft.component.internal.wasi;

import dev.weft.engine.internal.wasi.SandboxPath;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * The host side of {@code wasi:filesystem/types.descriptor}: a location in a preopen, and for a
 * file the channel it was opened with (null for directories, and for files opened with neither
 * read nor write). {@code read}, {@code write} and {@code mutateDirectory} are the granted
 * {@code descriptor-flags}.
 */
final class FsDescriptor {
    final SandboxPath path;
    final boolean directory;
    final FileChannel channel;
    final boolean read, write, mutateDirectory;

    FsDescriptor(SandboxPath path, boolean directory, FileChannel channel, boolean read, boolean write,
                 boolean mutateDirectory) {
        this.path = path;
        this.directory = directory;
        this.channel = channel;
        this.read = read;
        this.write = write;
        this.mutateDirectory = mutateDirectory;
    }

    void close() {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to report to: the guest dropped the handle
        }
    }
}
