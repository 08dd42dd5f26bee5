package dev.weft.component.internal.wasi;

import dev.weft.engine.internal.wasi.Errno;

import java.util.List;
import java.util.Map;

/** {@code wasi:filesystem/types.error-code}: its cases, and the preview1 errno each host failure maps from. */
final class ErrorCodes {
    private ErrorCodes() {}

    static final List<String> NAMES = List.of("access", "would-block", "already", "bad-descriptor", "busy",
            "deadlock", "quota", "exist", "file-too-large", "illegal-byte-sequence", "in-progress", "interrupted",
            "invalid", "io", "is-directory", "loop", "too-many-links", "message-size", "name-too-long", "no-device",
            "no-entry", "no-lock", "insufficient-memory", "insufficient-space", "not-directory", "not-empty",
            "not-recoverable", "unsupported", "no-tty", "no-such-device", "overflow", "not-permitted", "pipe",
            "read-only", "invalid-seek", "text-file-busy", "cross-device");

    private static final Map<Integer, String> BY_ERRNO = Map.ofEntries(
            Map.entry(Errno.ACCES, "access"), Map.entry(Errno.AGAIN, "would-block"),
            Map.entry(Errno.ALREADY, "already"), Map.entry(Errno.BADF, "bad-descriptor"),
            Map.entry(Errno.BUSY, "busy"), Map.entry(Errno.DEADLK, "deadlock"), Map.entry(Errno.DQUOT, "quota"),
            Map.entry(Errno.EXIST, "exist"), Map.entry(Errno.FBIG, "file-too-large"),
            Map.entry(Errno.ILSEQ, "illegal-byte-sequence"), Map.entry(Errno.INPROGRESS, "in-progress"),
            Map.entry(Errno.INTR, "interrupted"), Map.entry(Errno.INVAL, "invalid"), Map.entry(Errno.IO, "io"),
            Map.entry(Errno.ISDIR, "is-directory"), Map.entry(Errno.LOOP, "loop"),
            Map.entry(Errno.MLINK, "too-many-links"), Map.entry(Errno.MSGSIZE, "message-size"),
            Map.entry(Errno.NAMETOOLONG, "name-too-long"), Map.entry(Errno.NODEV, "no-device"),
            Map.entry(Errno.NOENT, "no-entry"), Map.entry(Errno.NOLCK, "no-lock"),
            Map.entry(Errno.NOMEM, "insufficient-memory"), Map.entry(Errno.NOSPC, "insufficient-space"),
            Map.entry(Errno.NOTDIR, "not-directory"), Map.entry(Errno.NOTEMPTY, "not-empty"),
            Map.entry(Errno.NOTRECOVERABLE, "not-recoverable"), Map.entry(Errno.NOTSUP, "unsupported"),
            Map.entry(Errno.NOTTY, "no-tty"), Map.entry(Errno.NXIO, "no-such-device"),
            Map.entry(Errno.OVERFLOW, "overflow"), Map.entry(Errno.PERM, "not-permitted"),
            // a path leaving its preopen is refused as not permitted (0.2 has no "not capable")
            Map.entry(Errno.NOTCAPABLE, "not-permitted"), Map.entry(Errno.PIPE, "pipe"),
            Map.entry(Errno.ROFS, "read-only"), Map.entry(Errno.SPIPE, "invalid-seek"),
            Map.entry(Errno.TXTBSY, "text-file-busy"), Map.entry(Errno.XDEV, "cross-device"));

    /** The error-code case for a preview1 errno ({@code io} for those 0.2 has no case for). */
    static String of(int errno) { return BY_ERRNO.getOrDefault(errno, "io"); }
}
