package dev.weft.engine.internal.wasi;

import java.nio.channels.ServerSocketChannel;

/** A listening socket the host granted; the guest may accept connections on it. */
final class ListenerDescriptor extends Descriptor {
    final ServerSocketChannel channel;

    ListenerDescriptor(ServerSocketChannel channel) {
        super(Rights.LISTENER, Rights.SOCKET);
        this.channel = channel;
    }

    @Override
    int filetype() { return FileType.SOCKET_STREAM; }
}
