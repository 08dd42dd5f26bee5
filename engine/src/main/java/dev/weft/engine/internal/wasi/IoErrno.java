package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/** Maps Java I/O failures to preview1 errno values. */
public final class IoErrno {
    private IoErrno() {}

    /** The host's strerror texts that NIO reports as a bare {@link FileSystemException} reason. */
    private static final Map<String, Integer> BY_REASON = Map.ofEntries(
            Map.entry("Is a directory", Errno.ISDIR),
            Map.entry("Not a directory", Errno.NOTDIR),
            Map.entry("Directory not empty", Errno.NOTEMPTY),
            Map.entry("File exists", Errno.EXIST),
            Map.entry("No such file or directory", Errno.NOENT),
            Map.entry("Permission denied", Errno.ACCES),
            Map.entry("Operation not permitted", Errno.PERM),
            Map.entry("Invalid cross-device link", Errno.XDEV),
            Map.entry("Too many levels of symbolic links", Errno.LOOP),
            Map.entry("Invalid argument", Errno.INVAL),
            Map.entry("File name too long", Errno.NAMETOOLONG),
            Map.entry("No space left on device", Errno.NOSPC),
            Map.entry("Read-only file system", Errno.ROFS),
            Map.entry("Too many links", Errno.MLINK),
            Map.entry("Device or resource busy", Errno.BUSY),
            Map.entry("File too large", Errno.FBIG),
            Map.entry("Text file busy", Errno.TXTBSY),
            Map.entry("Broken pipe", Errno.PIPE),
            Map.entry("Connection reset by peer", Errno.CONNRESET),
            Map.entry("Transport endpoint is not connected", Errno.NOTCONN),
            Map.entry("Resource temporarily unavailable", Errno.AGAIN));

    public static int of(Throwable e) {
        if (e instanceof NoSuchFileException) return Errno.NOENT;
        if (e instanceof FileAlreadyExistsException) return Errno.EXIST;
        if (e instanceof DirectoryNotEmptyException) return Errno.NOTEMPTY;
        if (e instanceof NotDirectoryException) return Errno.NOTDIR;
        if (e instanceof AccessDeniedException) return Errno.ACCES;
        if (e instanceof NotLinkException) return Errno.INVAL;
        if (e instanceof FileSystemLoopException) return Errno.LOOP;
        if (e instanceof ClosedChannelException) return Errno.BADF;
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) return Errno.BADF;
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            Integer n = BY_REASON.get(fse.getReason());
            if (n != null) return n;
        }
        if (e instanceof IOException io && io.getMessage() != null) {
            for (Map.Entry<String, Integer> en : BY_REASON.entrySet()) {
                if (io.getMessage().contains(en.getKey())) return en.getValue();
            }
        }
        if (e instanceof UnsupportedOperationException) return Errno.NOTSUP;
        if (e instanceof InvalidPathException) return Errno.INVAL;
        if (e instanceof SecurityException) return Errno.ACCES;
        return Errno.IO;
    }

    public static WasiError error(Throwable e) { return new WasiError(of(e)); }
}
