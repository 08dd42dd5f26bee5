package dev.weft.engine.internal.wasi;

import java.io.IOException;

/** One entry of the guest's descriptor table: what it refers to, its rights and its fdflags. */
abstract sealed class Descriptor
        permits StreamDescriptor, FileDescriptor, DirectoryDescriptor, SocketDescriptor, ListenerDescriptor {
    long rightsBase;
    long rightsInheriting;
    int fdflags;

    Descriptor(long rightsBase, long rightsInheriting) {
        this.rightsBase = rightsBase;
        this.rightsInheriting = rightsInheriting;
    }

    /** The preview1 {@code filetype} code. */
    abstract int filetype();

    /** Fails with {@code ENOTCAPABLE} unless every bit of {@code rights} is held. */
    final void require(long rights) {
        if ((rightsBase & rights) != rights) throw new WasiError(Errno.NOTCAPABLE);
    }

    /** Releases host resources; streams the host owns (stdio, granted sockets) stay open. */
    void close() throws IOException {}
}
