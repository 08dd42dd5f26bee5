package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code fd_*} functions. */
final class FdFunctions {
    private final WasiContext ctx;

    FdFunctions(WasiContext ctx) { this.ctx = ctx; }

    int read(int fd, int iovs, int iovsLen, int resultPtr) throws IOException {
        Descriptor d = ctx.fds.get(fd);
        if (d instanceof DirectoryDescriptor) return Errno.ISDIR;
        d.require(Rights.FD_READ);
        GuestMemory m = ctx.mem();
        int[] iov = m.iovecs(iovs, iovsLen);
        int n = switch (d) {
            case FileDescriptor f -> ChunkedIo.readFile(m, ctx.scratch, f.channel(), iov, -1);
            case StreamDescriptor s -> {
                // A stream read returns what one read of the stream gives, as a pipe would.
                int want = Math.min(GuestMemory.capacity(iov), ctx.scratch.length);
                int r = want == 0 ? 0 : Math.max(0, s.in.read(ctx.scratch, 0, want));
                m.scatter(iov, ctx.scratch, r);
                yield r;
            }
            case SocketDescriptor s -> {
                int r = s.receive(ctx.scratch, Math.min(GuestMemory.capacity(iov), ctx.scratch.length), false);
                m.scatter(iov, ctx.scratch, r);
                yield r;
            }
            default -> throw new WasiError(Errno.NOTCONN);
        };
        m.u32(resultPtr, n);
        return Errno.SUCCESS;
    }

    int write(int fd, int iovs, int iovsLen, int resultPtr) throws IOException {
        Descriptor d = ctx.fds.get(fd);
        if (d instanceof DirectoryDescriptor) return Errno.ISDIR;
        d.require(Rights.FD_WRITE);
        GuestMemory m = ctx.mem();
        int[] iov = m.iovecs(iovs, iovsLen);
        int n = switch (d) {
            case StreamDescriptor s -> ChunkedIo.writeStream(m, ctx.scratch, s.out, iov);
            case FileDescriptor f -> {
                FileChannel ch = f.channel();
                if ((f.fdflags & FdFlags.APPEND) != 0) ch.position(ch.size());
                int w = ChunkedIo.writeFile(m, ctx.scratch, ch, iov, -1);
                syncAfterWrite(f);
                yield w;
            }
            case SocketDescriptor s -> s.send(m.gather(iov));
            default -> throw new WasiError(Errno.NOTCONN);
        };
        m.u32(resultPtr, n);
        return Errno.SUCCESS;
    }

    private static void syncAfterWrite(FileDescriptor f) throws IOException {
        if ((f.fdflags & (FdFlags.SYNC | FdFlags.RSYNC)) != 0) f.channel().force(true);
        else if ((f.fdflags & FdFlags.DSYNC) != 0) f.channel().force(false);
    }

    int pread(int fd, int iovs, int iovsLen, long offset, int resultPtr) throws IOException {
        FileDescriptor f = seekable(fd);
        f.require(Rights.FD_READ | Rights.FD_SEEK);
        if (offset < 0) return Errno.INVAL;
        GuestMemory m = ctx.mem();
        int n = ChunkedIo.readFile(m, ctx.scratch, f.channel(), m.iovecs(iovs, iovsLen), offset);
        m.u32(resultPtr, n);
        return Errno.SUCCESS;
    }

    int pwrite(int fd, int iovs, int iovsLen, long offset, int resultPtr) throws IOException {
        FileDescriptor f = seekable(fd);
        f.require(Rights.FD_WRITE | Rights.FD_SEEK);
        if (offset < 0) return Errno.INVAL;
        GuestMemory m = ctx.mem();
        int n = ChunkedIo.writeFile(m, ctx.scratch, f.channel(), m.iovecs(iovs, iovsLen), offset);
        syncAfterWrite(f);
        m.u32(resultPtr, n);
        return Errno.SUCCESS;
    }

    /** A file descriptor, or the errno of seeking on what {@code fd} is. */
    private FileDescriptor seekable(int fd) {
        return switch (ctx.fds.get(fd)) {
            case FileDescriptor f -> f;
            case DirectoryDescriptor dir -> throw new WasiError(Errno.ISDIR);
            default -> throw new WasiError(Errno.SPIPE);
        };
    }

    int seek(int fd, long delta, int whence, int resultPtr) throws IOException {
        FileDescriptor f = seekable(fd);
        if (whence < 0 || whence > 2) return Errno.INVAL;
        f.require(whence == 1 && delta == 0 ? Rights.FD_TELL : Rights.FD_SEEK);
        FileChannel ch = f.channel();
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> ch.position();
            default -> ch.size();
        };
        long pos = base + delta;
        if (pos < 0 || (delta > 0 && pos < base)) return Errno.INVAL;
        ch.position(pos);
        ctx.mem().u64(resultPtr, pos);
        return Errno.SUCCESS;
    }

    int tell(int fd, int resultPtr) throws IOException {
        FileDescriptor f = seekable(fd);
        f.require(Rights.FD_TELL);
        ctx.mem().u64(resultPtr, f.channel().position());
        return Errno.SUCCESS;
    }

    int close(int fd) throws IOException {
        ctx.fds.remove(fd).close();
        return Errno.SUCCESS;
    }

    int renumber(int from, int to) throws IOException {
        ctx.fds.renumber(from, to);
        return Errno.SUCCESS;
    }

    int datasync(int fd) throws IOException { return sync(fd, Rights.FD_DATASYNC, false); }

    int sync(int fd) throws IOException { return sync(fd, Rights.FD_SYNC, true); }

    private int sync(int fd, long right, boolean metadata) throws IOException {
        Descriptor d = ctx.fds.get(fd);
        d.require(right);
        switch (d) {
            case FileDescriptor f -> {
                if (f.channel != null) f.channel.force(metadata);
            }
            case StreamDescriptor s -> {
                if (s.out != null) s.out.flush();
            }
            default -> { }
        }
        return Errno.SUCCESS;
    }

    /** Advice is a hint about caching; this host keeps no cache of its own, so valid advice needs no action. */
    int advise(int fd, long offset, long len, int advice) {
        Descriptor d = ctx.fds.get(fd);
        if (advice < 0 || advice > 5) return Errno.INVAL;
        d.require(Rights.FD_ADVISE);
        if (d instanceof DirectoryDescriptor) return Errno.BADF;
        if (!(d instanceof FileDescriptor)) return Errno.SPIPE;
        if (offset < 0 || len < 0) return Errno.INVAL;
        return Errno.SUCCESS;
    }

    int allocate(int fd, long offset, long len) throws IOException {
        Descriptor d = ctx.fds.get(fd);
        d.require(Rights.FD_ALLOCATE);
        if (!(d instanceof FileDescriptor f)) return d instanceof DirectoryDescriptor ? Errno.BADF : Errno.SPIPE;
        if (offset < 0 || len <= 0) return Errno.INVAL;
        long end = offset + len;
        if (end < 0) return Errno.FBIG;
        extendTo(f.channel(), end);
        return Errno.SUCCESS;
    }

    /** Grows the file to {@code size} bytes (zero-filled) if it is smaller; the position is kept. */
    private static void extendTo(FileChannel ch, long size) throws IOException {
        if (ch.size() < size) ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
    }

    int fdstatGet(int fd, int resultPtr) {
        Descriptor d = ctx.fds.get(fd);
        GuestMemory m = ctx.mem();
        m.check(resultPtr, 24);
        m.write(resultPtr, new byte[24]);
        m.u8(resultPtr, d.filetype());
        m.u16(resultPtr + 2, d.fdflags);
        m.u64(resultPtr + 8, d.rightsBase);
        m.u64(resultPtr + 16, d.rightsInheriting);
        return Errno.SUCCESS;
    }

    int fdstatSetFlags(int fd, int flags) throws IOException {
        Descriptor d = ctx.fds.get(fd);
        d.require(Rights.FD_FDSTAT_SET_FLAGS);
        if ((flags & ~FdFlags.ALL) != 0) return Errno.INVAL;
        if (d instanceof SocketDescriptor s) s.channel.configureBlocking((flags & FdFlags.NONBLOCK) == 0);
        if (d instanceof FileDescriptor f && (flags & FdFlags.APPEND) != 0) f.path.requireWritable();
        d.fdflags = flags;
        return Errno.SUCCESS;
    }

    /** Rights can only be dropped, never regained. */
    int fdstatSetRights(int fd, long base, long inheriting) {
        Descriptor d = ctx.fds.get(fd);
        if ((base & ~d.rightsBase) != 0 || (inheriting & ~d.rightsInheriting) != 0) return Errno.NOTCAPABLE;
        d.rightsBase = base;
        d.rightsInheriting = inheriting;
        return Errno.SUCCESS;
    }

    int filestatGet(int fd, int resultPtr) throws IOException {
        Descriptor d = ctx.fds.get(fd);
        d.require(Rights.FD_FILESTAT_GET);
        FileStats.Stat s = switch (d) {
            case FileDescriptor f -> {
                FileStats.Stat st;
                try {
                    st = FileStats.stat(f.path.host());
                } catch (WasiError unlinked) {
                    // The name is gone but the open file lives on: what the descriptor itself knows.
                    st = new FileStats.Stat(0, 0, f.filetype(), 0, 0, 0, 0, 0);
                }
                yield f.channel == null ? st : new FileStats.Stat(st.dev(), st.ino(), st.filetype(), st.nlink(),
                        f.channel.size(), st.atim(), st.mtim(), st.ctim());
            }
            case DirectoryDescriptor dir -> FileStats.stat(dir.dir.host());
            default -> new FileStats.Stat(0, 0, d.filetype(), 1, 0, 0, 0, 0);
        };
        FileStats.write(ctx.mem(), resultPtr, s);
        return Errno.SUCCESS;
    }

    int filestatSetSize(int fd, long size) throws IOException {
        Descriptor d = ctx.fds.get(fd);
        d.require(Rights.FD_FILESTAT_SET_SIZE);
        if (!(d instanceof FileDescriptor f)) return d instanceof DirectoryDescriptor ? Errno.ISDIR : Errno.INVAL;
        if (size < 0) return Errno.INVAL;
        FileChannel ch = f.channel();
        long pos = ch.position();
        if (size < ch.size()) ch.truncate(size);
        else extendTo(ch, size);
        ch.position(pos);
        return Errno.SUCCESS;
    }

    int filestatSetTimes(int fd, long atim, long mtim, int flags) {
        Descriptor d = ctx.fds.get(fd);
        d.require(Rights.FD_FILESTAT_SET_TIMES);
        SandboxPath p = switch (d) {
            case FileDescriptor f -> f.path;
            case DirectoryDescriptor dir -> dir.dir;
            default -> throw new WasiError(Errno.BADF);
        };
        p.requireWritable();
        FileStats.setTimes(p.host(), atim, mtim, flags, ctx.clock.realtimeNanos());
        return Errno.SUCCESS;
    }

    int prestatGet(int fd, int resultPtr) {
        if (!(ctx.fds.get(fd) instanceof DirectoryDescriptor d) || d.preopenName == null) return Errno.BADF;
        GuestMemory m = ctx.mem();
        m.check(resultPtr, 8);
        m.write(resultPtr, new byte[8]);
        m.u32(resultPtr + 4, d.preopenName.getBytes(StandardCharsets.UTF_8).length);
        return Errno.SUCCESS;
    }

    int prestatDirName(int fd, int path, int len) {
        if (!(ctx.fds.get(fd) instanceof DirectoryDescriptor d) || d.preopenName == null) return Errno.BADF;
        byte[] name = d.preopenName.getBytes(StandardCharsets.UTF_8);
        if (Integer.toUnsignedLong(len) < name.length) return Errno.NAMETOOLONG;
        ctx.mem().write(path, name);
        return Errno.SUCCESS;
    }

    /**
     * Entries ".", ".." and then the directory's names in sorted order; a cookie is the index of
     * the next entry. Each entry is a 24-byte dirent (d_next@0 d_ino@8 d_namlen@16 d_type@20)
     * followed by the name; the last one is cut off when the buffer is full, as the spec asks.
     */
    int readdir(int fd, int buf, int bufLen, long cookie, int resultPtr) throws IOException {
        Descriptor d = ctx.fds.get(fd);
        if (!(d instanceof DirectoryDescriptor dir)) return Errno.NOTDIR;
        d.require(Rights.FD_READDIR);
        GuestMemory m = ctx.mem();
        long cap = Integer.toUnsignedLong(bufLen);
        m.check(buf, cap);
        Path host = dir.dir.host();
        if (cookie == 0 || dir.listing == null) {
            List<String> names = new ArrayList<>(List.of(".", ".."));
            try (Stream<Path> s = Files.list(host)) {
                s.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
            }
            dir.listing = names;
        }
        List<String> names = dir.listing;
        long selfIno = FileStats.stat(host).ino();
        long parentIno = dir.dir.isRoot() ? selfIno : FileStats.stat(host.getParent()).ino();
        long used = 0;
        // Cookies are unsigned: one past 2^63 is past every entry.
        for (long i = cookie < 0 ? names.size() : cookie; i < names.size() && used < cap; i++) {
            String name = names.get((int) i);
            byte[] nb = name.getBytes(StandardCharsets.UTF_8);
            long ino;
            int type;
            if (i == 0) {
                ino = selfIno;
                type = FileType.DIRECTORY;
            } else if (i == 1) {
                ino = parentIno;
                type = FileType.DIRECTORY;
            } else {
                FileStats.Stat st;
                try {
                    st = FileStats.stat(host.resolve(name));
                } catch (WasiError gone) {
                    continue; // removed while listing
                }
                ino = st.ino();
                type = st.filetype();
            }
            ByteBuffer e = ByteBuffer.allocate(24 + nb.length).order(ByteOrder.LITTLE_ENDIAN);
            e.putLong(i + 1).putLong(ino).putInt(nb.length).put((byte) type).put(new byte[3]).put(nb);
            int k = (int) Math.min(e.capacity(), cap - used);
            m.write(buf + (int) used, e.array(), 0, k);
            used += k;
        }
        m.u32(resultPtr, (int) used);
        return Errno.SUCCESS;
    }
}
