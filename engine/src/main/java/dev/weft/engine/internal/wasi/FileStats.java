package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Host file metadata in preview1's {@code filestat} layout (64 bytes: dev@0 ino@8 filetype@16
 * nlink@24 size@32 atim@40 mtim@48 ctim@56), read without following a final symlink.
 */
public final class FileStats {
    private FileStats() {}

    static final int SIZE = 64;

    public record Stat(long dev, long ino, int filetype, long nlink, long size, long atim, long mtim, long ctim) {}

    public static Stat stat(Path p) {
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
            return new Stat(((Number) a.get("dev")).longValue(), ((Number) a.get("ino")).longValue(),
                    typeOfMode((Integer) a.get("mode")), ((Number) a.get("nlink")).longValue(),
                    ((Number) a.get("size")).longValue(), nanos((FileTime) a.get("lastAccessTime")),
                    nanos((FileTime) a.get("lastModifiedTime")), nanos((FileTime) a.get("ctime")));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return basic(p);
        } catch (IOException e) {
            throw IoErrno.error(e);
        }
    }

    private static Stat basic(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            int type = a.isDirectory() ? FileType.DIRECTORY : a.isRegularFile() ? FileType.REGULAR_FILE
                    : a.isSymbolicLink() ? FileType.SYMBOLIC_LINK : FileType.UNKNOWN;
            Object key = a.fileKey();
            return new Stat(0, key == null ? 0 : key.hashCode(), type, 1, a.size(), nanos(a.lastAccessTime()),
                    nanos(a.lastModifiedTime()), nanos(a.creationTime()));
        } catch (IOException e) {
            throw IoErrno.error(e);
        }
    }

    /** The filetype of the object at {@code p} (not following a final symlink), or UNKNOWN. */
    public static int type(Path p) {
        try {
            return stat(p).filetype();
        } catch (WasiError e) {
            return FileType.UNKNOWN;
        }
    }

    static int typeOfMode(int mode) {
        return switch (mode & 0170000) {
            case 0140000 -> FileType.SOCKET_STREAM;
            case 0120000 -> FileType.SYMBOLIC_LINK;
            case 0100000 -> FileType.REGULAR_FILE;
            case 0060000 -> FileType.BLOCK_DEVICE;
            case 0040000 -> FileType.DIRECTORY;
            case 0020000 -> FileType.CHARACTER_DEVICE;
            default -> FileType.UNKNOWN;
        };
    }

    private static long nanos(FileTime t) { return t == null ? 0 : t.to(TimeUnit.NANOSECONDS); }

    static void write(GuestMemory m, int ptr, Stat s) {
        m.check(ptr, SIZE);
        m.write(ptr, new byte[SIZE]);
        m.u64(ptr, s.dev());
        m.u64(ptr + 8, s.ino());
        m.u8(ptr + 16, s.filetype());
        m.u64(ptr + 24, s.nlink());
        m.u64(ptr + 32, s.size());
        m.u64(ptr + 40, s.atim());
        m.u64(ptr + 48, s.mtim());
        m.u64(ptr + 56, s.ctim());
    }

    /** fstflags bits. */
    public static final int ATIM = 1, ATIM_NOW = 2, MTIM = 4, MTIM_NOW = 8;

    /** Applies {@code filestat_set_times} to the object at {@code p}, never following a final symlink. */
    public static void setTimes(Path p, long atim, long mtim, int flags, long nowNanos) {
        if ((flags & ~15) != 0 || (flags & (ATIM | ATIM_NOW)) == (ATIM | ATIM_NOW)
                || (flags & (MTIM | MTIM_NOW)) == (MTIM | MTIM_NOW)) {
            throw new WasiError(Errno.INVAL);
        }
        FileTime a = (flags & ATIM) != 0 ? time(atim) : (flags & ATIM_NOW) != 0 ? time(nowNanos) : null;
        FileTime m = (flags & MTIM) != 0 ? time(mtim) : (flags & MTIM_NOW) != 0 ? time(nowNanos) : null;
        try {
            Files.getFileAttributeView(p, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).setTimes(m, a, null);
        } catch (IOException e) {
            throw IoErrno.error(e);
        }
    }

    private static FileTime time(long nanos) { return FileTime.from(nanos, TimeUnit.NANOSECONDS); }
}
