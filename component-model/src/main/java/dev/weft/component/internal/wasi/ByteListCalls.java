package dev.weft.component.internal.wasi;

import dev.weft.component.Type;
import dev.weft.component.bindings.AbiLayout;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.TypedHostFunction;
import dev.weft.engine.internal.wasi.WasiError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.util.List;
import java.util.function.ObjLongConsumer;

/**
 * The typed bodies of the WASI 0.2 functions that move {@code list<u8>}: a stream's {@code read},
 * {@code blocking-read}, {@code write} and {@code blocking-write-and-flush}, and a descriptor's
 * {@code read} and {@code write}. When a component calls them, its bytes are copied once between
 * its linear memory and a Java {@code byte[]}, where the {@code Val} bodies box every byte. Each
 * body pulls the core arguments in order, runs the same host operation as its {@code Val} twin,
 * and stores the result in the caller's return area (every result here is wider than one flat value).
 */
final class ByteListCalls {
    /** Canonical options accept 32-bit memories only. */
    private static final int PTR = 4;

    /** Where a {@code result} type's parts lie in memory. */
    private record Area(long size, int align, long payload) {
        static Area of(Type result) {
            return new Area(AbiLayout.size(result, PTR), AbiLayout.alignment(result, PTR),
                    AbiLayout.payloadOffset(result, PTR));
        }

        /** The caller's return area for this result: the next core argument, checked. */
        long in(Canon c) { return c.spilledArea(size, align); }
    }

    private final WasiTypes t;
    private final Area streamBytes, streamUnit, fileRead, fileWrite;
    /** Offset of {@code last-operation-failed}'s error handle inside a {@code stream-error}. */
    private final long streamErrorPayload;
    /** Offset of the end-of-file flag inside {@code tuple<list<u8>, bool>}. */
    private final long readEndFlag;

    ByteListCalls(WasiTypes t) {
        this.t = t;
        streamBytes = Area.of(t.streamResult(WasiTypes.BYTES));
        streamUnit = Area.of(t.streamResult(null));
        Type.TupleType readTuple = new Type.TupleType(List.of(WasiTypes.BYTES, Type.Primitive.BOOL));
        fileRead = Area.of(WasiTypes.fsResult(readTuple));
        fileWrite = Area.of(WasiTypes.fsResult(WasiTypes.U64));
        streamErrorPayload = AbiLayout.payloadOffset(t.streamError, PTR);
        readEndFlag = AbiLayout.offsets(readTuple.types(), PTR)[1];
    }

    /** {@code input-stream.read} / {@code blocking-read}: {@code (self, len: u64) -> result<list<u8>, stream-error>}. */
    TypedHostFunction streamRead(boolean blocking) {
        return c -> {
            HostInputStream s = (HostInputStream) c.lend(c.nextI32(), t.inputStream);
            int max = Vals.cap(c.nextI64(), IoImports.CHUNK);
            byte[] data;
            try {
                data = blocking ? s.blockingRead(max) : s.read(max);
            } catch (StreamFailure f) {
                putStreamFailure(c, streamBytes, f);
                return;
            }
            long at = streamBytes.in(c);
            c.put8(at, 0);
            putBytes(c, at + streamBytes.payload, data);
        };
    }

    /**
     * {@code output-stream.write} / {@code blocking-write-and-flush}:
     * {@code (self, contents: list<u8>) -> result<_, stream-error>}.
     */
    TypedHostFunction streamWrite(boolean flush) {
        return c -> {
            HostOutputStream s = (HostOutputStream) c.lend(c.nextI32(), t.outputStream);
            long ptr = c.nextPtr(), len = c.nextPtr();
            IoImports.checkPermit(len); // before copying: a refused length costs nothing
            byte[] data = c.loadBytes(ptr, len);
            try {
                s.write(data);
                if (flush) s.flush();
            } catch (StreamFailure f) {
                putStreamFailure(c, streamUnit, f);
                return;
            }
            c.put8(streamUnit.in(c), 0);
        };
    }

    /** {@code descriptor.read}: {@code (self, length, offset) -> result<tuple<list<u8>, bool>, error-code>}. */
    TypedHostFunction fileRead(FsOperations ops) {
        return c -> {
            FsDescriptor d = (FsDescriptor) c.lend(c.nextI32(), t.descriptor);
            long length = c.nextI64(), offset = c.nextI64();
            fsCall(c, fileRead, () -> ops.read(d, length, offset), (r, at) -> {
                putBytes(c, at, r.data());
                c.put8(at + readEndFlag, r.end() ? 1 : 0);
            });
        };
    }

    /** {@code descriptor.write}: {@code (self, buffer: list<u8>, offset) -> result<filesize, error-code>}. */
    TypedHostFunction fileWrite(FsOperations ops) {
        return c -> {
            FsDescriptor d = (FsDescriptor) c.lend(c.nextI32(), t.descriptor);
            byte[] data = c.loadBytes(c.nextPtr(), c.nextPtr());
            long offset = c.nextI64();
            fsCall(c, fileWrite, () -> ops.write(d, data, offset), (n, at) -> c.put64(at, n));
        };
    }

    @FunctionalInterface
    private interface FsAction<T> {
        T run() throws IOException;
    }

    /** Runs {@code action}; stores {@code ok(value)} (the payload through {@code ok}) or {@code err(error-code)}. */
    private static <T> void fsCall(Canon c, Area area, FsAction<T> action, ObjLongConsumer<T> ok) {
        T value;
        int errorCase = -1;
        try {
            value = action.run();
        } catch (WasiError | IOException | UncheckedIOException | DirectoryIteratorException e) {
            value = null;
            errorCase = ErrorCodes.NAMES.indexOf(FilesystemImports.errorCode(e));
        }
        long at = area.in(c);
        c.put8(at, errorCase < 0 ? 0 : 1);
        if (errorCase < 0) ok.accept(value, at + area.payload);
        else c.put8(at + area.payload, errorCase);
    }

    /** A {@code list<u8>} stored as pointer and length at {@code at}, its bytes copied into the caller's memory. */
    private static void putBytes(Canon c, long at, byte[] data) {
        c.putPtr(at, c.storeBytes(data));
        c.putPtr(at + PTR, data.length);
    }

    /** {@code err(stream-error)}: {@code last-operation-failed(error)} (case 0) or {@code closed} (case 1). */
    private void putStreamFailure(Canon c, Area area, StreamFailure f) {
        long at = area.in(c);
        c.put8(at, 1);
        long e = at + area.payload;
        if (f.error == null) {
            c.put8(e, 1);
        } else {
            c.put8(e, 0);
            c.put32(e + streamErrorPayload, c.own(t.error, f.error));
        }
    }
}
