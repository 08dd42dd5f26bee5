package dev.weft.component.internal.wasi;

/**
 * A stream operation did not succeed: the stream is {@code closed} (end of input, or the other
 * side went away), or the last operation failed with {@code error}.
 */
final class StreamFailure extends Exception {
    final IoError error;

    private StreamFailure(IoError error) {
        super(error == null ? "closed" : error.message(), null, false, false);
        this.error = error;
    }

    static StreamFailure closed() { return new StreamFailure(null); }

    static StreamFailure failed(IoError error) { return new StreamFailure(error); }
}
