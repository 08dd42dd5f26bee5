package dev.weft.component.internal.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/** {@code read-via-stream}: reads a file from an offset on, independent of other streams on it. */
final class FileInput extends HostInputStream {
    private final FileChannel channel;
    private long position;

    FileInput(FileChannel channel, long position) {
        this.channel = channel;
        this.position = position;
    }

    @Override
    byte[] read(int max) throws StreamFailure { return blockingRead(max); }

    @Override
    byte[] blockingRead(int max) throws StreamFailure {
        ByteBuffer buf = ByteBuffer.allocate(Math.min(max, 1 << 16));
        int n;
        try {
            n = channel.read(buf, position);
        } catch (IOException e) {
            throw FileOutput.failure(e);
        }
        if (n < 0) throw StreamFailure.closed();
        position += n;
        return Arrays.copyOf(buf.array(), n);
    }

    @Override
    Pollable subscribe() { return Pollable.READY; }

}
