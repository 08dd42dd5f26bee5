package dev.weft.component.internal.wasi;

import dev.weft.engine.internal.wasi.IoErrno;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;

/** {@code write-via-stream} (from an offset on) and {@code append-via-stream} (always at the end). */
final class FileOutput extends HostOutputStream {
    private final FileChannel channel;
    private final boolean append;
    private long position;

    FileOutput(FileChannel channel, long position, boolean append) {
        this.channel = channel;
        this.position = position;
        this.append = append;
    }

    @Override
    void write(byte[] data) throws StreamFailure {
        try {
            long at = append ? channel.size() : position;
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) at += channel.write(buf, at);
            position = at;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    void flush() { }

    /** Nothing can be written once the descriptor the stream came from was dropped (its file closed). */
    @Override
    long checkWrite() throws StreamFailure {
        if (!channel.isOpen()) throw failure(new ClosedChannelException());
        return PERMIT;
    }

    static StreamFailure failure(IOException e) {
        String message = e instanceof ClosedChannelException ? "the stream's descriptor was dropped"
                : String.valueOf(e.getMessage());
        return StreamFailure.failed(new IoError(message, IoErrno.of(e)));
    }
}
