package dev.weft.engine.internal.wasi;

import java.io.InputStream;
import java.io.OutputStream;

/** stdin (an {@link InputStream}) or stdout/stderr (an {@link OutputStream}), shown as character devices. */
final class StreamDescriptor extends Descriptor {
    final InputStream in;
    final OutputStream out;

    private StreamDescriptor(InputStream in, OutputStream out, long rights) {
        super(rights, 0);
        this.in = in;
        this.out = out;
    }

    static StreamDescriptor input(InputStream in) {
        return new StreamDescriptor(in, null, Rights.FD_READ | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET
                | Rights.POLL_FD_READWRITE);
    }

    static StreamDescriptor output(OutputStream out) {
        return new StreamDescriptor(null, out, Rights.FD_WRITE | Rights.FD_FDSTAT_SET_FLAGS | Rights.FD_FILESTAT_GET
                | Rights.POLL_FD_READWRITE | Rights.FD_DATASYNC | Rights.FD_SYNC);
    }

    @Override
    int filetype() { return FileType.CHARACTER_DEVICE; }
}
