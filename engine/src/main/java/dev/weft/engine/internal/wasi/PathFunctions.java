package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/** The {@code path_*} functions; every path goes through {@link PathResolver}. */
final class PathFunctions {
    private static final int LOOKUP_SYMLINK_FOLLOW = 1;
    private static final int O_CREAT = 1, O_DIRECTORY = 2, O_EXCL = 4, O_TRUNC = 8;
    /** Base rights that need the file opened for writing. */
    private static final long WRITE_RIGHTS = Rights.FD_WRITE | Rights.FD_ALLOCATE | Rights.FD_FILESTAT_SET_SIZE;

    private final WasiContext ctx;

    PathFunctions(WasiContext ctx) { this.ctx = ctx; }

    private DirectoryDescriptor dir(int fd, long right) {
        DirectoryDescriptor d = ctx.fds.get(fd, DirectoryDescriptor.class, Errno.NOTDIR);
        d.require(right);
        return d;
    }

    private SandboxPath resolve(DirectoryDescriptor d, int path, int len, boolean follow) {
        return PathResolver.resolve(d.dir, ctx.mem().string(path, len), follow);
    }

    private static BasicFileAttributes attrs(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    int createDirectory(int fd, int path, int len) throws IOException {
        SandboxPath p = resolve(dir(fd, Rights.PATH_CREATE_DIRECTORY), path, len, false);
        p.requireWritable();
        if (p.isRoot()) return Errno.EXIST;
        Files.createDirectory(p.host());
        return Errno.SUCCESS;
    }

    int filestatGet(int fd, int flags, int path, int len, int resultPtr) {
        SandboxPath p = resolve(dir(fd, Rights.PATH_FILESTAT_GET), path, len, (flags & LOOKUP_SYMLINK_FOLLOW) != 0);
        FileStats.write(ctx.mem(), resultPtr, FileStats.stat(p.host()));
        return Errno.SUCCESS;
    }

    int filestatSetTimes(int fd, int flags, int path, int len, long atim, long mtim, int fstFlags) {
        SandboxPath p = resolve(dir(fd, Rights.PATH_FILESTAT_SET_TIMES), path, len,
                (flags & LOOKUP_SYMLINK_FOLLOW) != 0);
        p.requireWritable();
        if (attrs(p.host()) == null) return Errno.NOENT;
        FileStats.setTimes(p.host(), atim, mtim, fstFlags, ctx.clock.realtimeNanos());
        return Errno.SUCCESS;
    }

    int link(int oldFd, int oldFlags, int oldPath, int oldLen, int newFd, int newPath, int newLen) throws IOException {
        SandboxPath from = resolve(dir(oldFd, Rights.PATH_LINK_SOURCE), oldPath, oldLen,
                (oldFlags & LOOKUP_SYMLINK_FOLLOW) != 0);
        SandboxPath to = resolve(dir(newFd, Rights.PATH_LINK_TARGET), newPath, newLen, false);
        to.requireWritable();
        from.requireWritable();
        BasicFileAttributes a = attrs(from.host());
        if (a == null) return Errno.NOENT;
        if (a.isDirectory()) return Errno.PERM;
        if (attrs(to.host()) != null) return Errno.EXIST;
        Files.createLink(to.host(), from.host());
        return Errno.SUCCESS;
    }

    int open(int fd, int dirflags, int path, int len, int oflags, long base, long inheriting, int fdflags,
             int resultPtr) throws IOException {
        DirectoryDescriptor d = dir(fd, Rights.PATH_OPEN);
        if ((oflags & ~15) != 0 || (fdflags & ~FdFlags.ALL) != 0) return Errno.INVAL;
        boolean creat = (oflags & O_CREAT) != 0, excl = (oflags & O_EXCL) != 0;
        boolean trunc = (oflags & O_TRUNC) != 0, directory = (oflags & O_DIRECTORY) != 0;
        if (creat) d.require(Rights.PATH_CREATE_FILE);
        if (trunc) d.require(Rights.PATH_FILESTAT_SET_SIZE);
        if (((base | inheriting) & ~d.rightsInheriting) != 0) return Errno.NOTCAPABLE;
        boolean follow = (dirflags & LOOKUP_SYMLINK_FOLLOW) != 0 && !(creat && excl);
        SandboxPath p = resolve(d, path, len, follow);
        Path host = p.host();
        BasicFileAttributes a = attrs(host);
        boolean write = (base & WRITE_RIGHTS) != 0 || trunc || (fdflags & FdFlags.APPEND) != 0;
        if (a != null) {
            if (creat && excl) return Errno.EXIST;
            if (a.isSymbolicLink()) return Errno.LOOP;
            if (a.isDirectory()) {
                if (trunc || (base & Rights.FD_WRITE) != 0) return Errno.ISDIR;
                DirectoryDescriptor nd = new DirectoryDescriptor(p, null, base & Rights.DIRECTORY,
                        inheriting & d.rightsInheriting);
                nd.fdflags = fdflags;
                ctx.mem().u32(resultPtr, ctx.fds.add(nd));
                return Errno.SUCCESS;
            }
            if (directory) return Errno.NOTDIR;
        } else {
            if (!creat) return Errno.NOENT;
            if (directory) return Errno.INVAL;
            p.requireWritable();
        }
        if (write) p.requireWritable();
        Set<OpenOption> opts = new HashSet<>();
        opts.add(LinkOption.NOFOLLOW_LINKS);
        boolean read = (base & Rights.FD_READ) != 0 || !write;
        if (read) opts.add(StandardOpenOption.READ);
        if (write) opts.add(StandardOpenOption.WRITE);
        if (creat) opts.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if (trunc) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        FileChannel ch;
        try {
            ch = FileChannel.open(host, opts);
        } catch (AccessDeniedException e) {
            // Opened only to look at it (no read or write rights asked): no channel is needed.
            if ((base & (Rights.FD_READ | WRITE_RIGHTS)) != 0 || creat || trunc) throw e;
            ch = null;
        }
        int type = a == null || a.isRegularFile() ? FileType.REGULAR_FILE : FileStats.type(host);
        FileDescriptor f = new FileDescriptor(p, ch, type, base & Rights.FILE, inheriting & d.rightsInheriting,
                fdflags);
        ctx.mem().u32(resultPtr, ctx.fds.add(f));
        return Errno.SUCCESS;
    }

    int readlink(int fd, int path, int len, int buf, int bufLen, int resultPtr) throws IOException {
        SandboxPath p = resolve(dir(fd, Rights.PATH_READLINK), path, len, false);
        BasicFileAttributes a = attrs(p.host());
        if (a == null) return Errno.NOENT;
        if (!a.isSymbolicLink()) return Errno.INVAL;
        byte[] target = Files.readSymbolicLink(p.host()).toString().getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(target.length, Integer.toUnsignedLong(bufLen));
        GuestMemory m = ctx.mem();
        m.write(buf, target, 0, n);
        m.u32(resultPtr, n);
        return Errno.SUCCESS;
    }

    int removeDirectory(int fd, int path, int len) throws IOException {
        SandboxPath p = resolve(dir(fd, Rights.PATH_REMOVE_DIRECTORY), path, len, false);
        p.requireWritable();
        BasicFileAttributes a = attrs(p.host());
        if (a == null) return Errno.NOENT;
        if (!a.isDirectory()) return Errno.NOTDIR;
        if (p.isRoot()) return Errno.BUSY;
        Files.delete(p.host());
        return Errno.SUCCESS;
    }

    int rename(int fd, int oldPath, int oldLen, int newFd, int newPath, int newLen) throws IOException {
        SandboxPath from = resolve(dir(fd, Rights.PATH_RENAME_SOURCE), oldPath, oldLen, false);
        SandboxPath to = resolve(dir(newFd, Rights.PATH_RENAME_TARGET), newPath, newLen, false);
        from.requireWritable();
        to.requireWritable();
        BasicFileAttributes a = attrs(from.host());
        if (a == null) return Errno.NOENT;
        if (from.isRoot() || to.isRoot()) return Errno.BUSY;
        BasicFileAttributes b = attrs(to.host());
        if (b != null && a.isDirectory() && !b.isDirectory()) return Errno.NOTDIR;
        if (b != null && !a.isDirectory() && b.isDirectory()) return Errno.ISDIR;
        Files.move(from.host(), to.host(), StandardCopyOption.ATOMIC_MOVE);
        return Errno.SUCCESS;
    }

    /** The link's text is stored as given; an absolute target could never be followed, so it is refused. */
    int symlink(int oldPath, int oldLen, int fd, int newPath, int newLen) throws IOException {
        String target = ctx.mem().string(oldPath, oldLen);
        SandboxPath p = resolve(dir(fd, Rights.PATH_SYMLINK), newPath, newLen, false);
        if (target.isEmpty()) return Errno.NOENT;
        if (target.startsWith("/") || target.indexOf('\0') >= 0) return Errno.NOTCAPABLE;
        p.requireWritable();
        if (attrs(p.host()) != null) return Errno.EXIST;
        Files.createSymbolicLink(p.host(), Path.of(target));
        return Errno.SUCCESS;
    }

    int unlinkFile(int fd, int path, int len) throws IOException {
        SandboxPath p = resolve(dir(fd, Rights.PATH_UNLINK_FILE), path, len, false);
        p.requireWritable();
        BasicFileAttributes a = attrs(p.host());
        if (a == null) return Errno.NOENT;
        if (a.isDirectory()) return Errno.ISDIR;
        Files.delete(p.host());
        return Errno.SUCCESS;
    }
}
