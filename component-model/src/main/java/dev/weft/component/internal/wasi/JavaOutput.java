package dev.weft.component.internal.wasi;

import java.io.IOException;
import java.io.OutputStream;

/** An output stream over a Java {@link OutputStream} (stdout, stderr). */
final class JavaOutput extends HostOutputStream {
    private final OutputStream out;

    JavaOutput(OutputStream out) { this.out = out; }

    @Override
    void write(byte[] data) throws StreamFailure {
        try {
            out.write(data);
        } catch (IOException e) {
            throw StreamFailure.failed(new IoError(String.valueOf(e.getMessage()), -1));
        }
    }

    @Override
    void flush() throws StreamFailure {
        try {
            out.flush();
        } catch (IOException e) {
            throw StreamFailure.failed(new IoError(String.valueOf(e.getMessage()), -1));
        }
    }
}
