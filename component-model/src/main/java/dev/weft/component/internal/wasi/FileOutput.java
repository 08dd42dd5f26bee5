package dev.weft.component.internal.wasi;

import dev.weft.engine.internal.wasi.IoErrno;

import java.io.IOException;
import java.nio.ByteBuffer;
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

    static StreamFailure failure(IOException e) {
        return StreamFailure.failed(new IoError(String.valueOf(e.getMessage()), IoErrno.of(e)));
    }
}
