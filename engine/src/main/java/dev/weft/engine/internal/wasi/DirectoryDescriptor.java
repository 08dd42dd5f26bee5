package dev.weft.engine.internal.wasi;

import java.util.List;

/** An open directory; {@link #preopenName} is set for the directories the host granted. */
final class DirectoryDescriptor extends Descriptor {
    final SandboxPath dir;
    final String preopenName;
    /** The names fd_readdir last listed: read afresh at cookie 0, reused while the guest pages on. */
    List<String> listing;

    DirectoryDescriptor(SandboxPath dir, String preopenName, long base, long inheriting) {
        super(base, inheriting);
        this.dir = dir;
        this.preopenName = preopenName;
    }

    @Override
    int filetype() { return FileType.DIRECTORY; }
}
