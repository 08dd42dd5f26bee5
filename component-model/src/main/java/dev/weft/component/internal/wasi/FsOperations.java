package dev.weft.component.internal.wasi;

import dev.weft.component.Val;
import dev.weft.engine.internal.wasi.Errno;
import dev.weft.engine.internal.wasi.FileStats;
import dev.weft.engine.internal.wasi.FileType;
import dev.weft.engine.internal.wasi.PathResolver;
import dev.weft.engine.internal.wasi.SandboxPath;
import dev.weft.engine.internal.wasi.WasiError;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The filesystem work behind descriptor methods. Paths are resolved with preview1's
 * {@link PathResolver} (no escape through "..", absolute paths or symlinks), and changes inside a
 * read-only preopen fail the same way ({@code read-only}).
 */
final class FsOperations {
    /** The most bytes one {@code read} returns. */
    private static final int MAX_READ = 1 << 20;

    private final WasiHost host;

    FsOperations(WasiHost host) { this.host = host; }

    /** The location {@code path} names below {@code dir}; {@code pathFlags} null means "don't follow". */
    SandboxPath at(FsDescriptor dir, Val pathFlags, Val path) {
        boolean follow = pathFlags != null && FilesystemImports.flagSet(pathFlags).contains("symlink-follow");
        return PathResolver.resolve(dir.path, Vals.strOf(path), follow);
    }

    FsDescriptor readable(FsDescriptor d) {
        if (d.directory) throw new WasiError(Errno.ISDIR);
        if (!d.read || d.channel == null) throw new WasiError(Errno.BADF);
        return d;
    }

    FsDescriptor writable(FsDescriptor d) {
        if (d.directory) throw new WasiError(Errno.ISDIR);
        if (!d.write || d.channel == null) throw new WasiError(Errno.BADF);
        return d;
    }

    /**
     * Checks an access-pattern hint: it must name a range of an open file. The JDK has no way to pass
     * the hint on to the operating system, and a hint may be ignored, so nothing more is done.
     */
    Val advise(FsDescriptor d, long offset, long length) {
        if (d.directory || d.channel == null) throw new WasiError(Errno.BADF);
        if (offset < 0 || length < 0 || offset + length < 0) throw new WasiError(Errno.INVAL);
        return null;
    }

    Val sync(FsDescriptor d, boolean metadata) throws IOException {
        if (d.channel != null && d.write) d.channel.force(metadata);
        return null;
    }

    Val setSize(FsDescriptor d, long size) throws IOException {
        FileChannel ch = writable(d).channel;
        if (size < 0) throw new WasiError(Errno.FBIG);
        long now = ch.size();
        if (size < now) ch.truncate(size);
        else if (size > now) ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
        return null;
    }

    Val setTimes(SandboxPath p, Val atime, Val mtime) {
        p.requireWritable();
        if (attrs(p.host()) == null) throw new WasiError(Errno.NOENT);
        int flags = 0;
        long a = 0, m = 0;
        Val.VariantVal av = (Val.VariantVal) atime, mv = (Val.VariantVal) mtime;
        switch (av.caseName()) {
            case "now" -> flags |= FileStats.ATIM_NOW;
            case "timestamp" -> { flags |= FileStats.ATIM; a = nanos(av.payload()); }
            default -> { }
        }
        switch (mv.caseName()) {
            case "now" -> flags |= FileStats.MTIM_NOW;
            case "timestamp" -> { flags |= FileStats.MTIM; m = nanos(mv.payload()); }
            default -> { }
        }
        FileStats.setTimes(p.host(), a, m, flags, host.config.clock().realtimeNanos());
        return null;
    }

    private static long nanos(Val datetime) {
        List<Val.NamedVal> f = ((Val.RecordVal) datetime).fields();
        long s = ((Val.U64) f.get(0).value()).value();
        long n = ((Val.U32) f.get(1).value()).unsigned();
        return Math.multiplyHigh(s, 1_000_000_000L) != 0 || s < 0 ? Long.MAX_VALUE : s * 1_000_000_000L + n;
    }

    /** What {@code descriptor.read} returns: the bytes read, and whether the file ends after them. */
    record FileRead(byte[] data, boolean end) {}

    FileRead read(FsDescriptor d, long length, long offset) throws IOException {
        FileChannel ch = readable(d).channel;
        if (offset < 0) throw new WasiError(Errno.INVAL);
        int want = Vals.cap(length, MAX_READ);
        ByteBuffer buf = ByteBuffer.allocate(want);
        int n = want == 0 ? 0 : ch.read(buf, offset);
        boolean end = n < 0 || offset + Math.max(n, 0) >= ch.size();
        return new FileRead(n <= 0 ? new byte[0] : Arrays.copyOf(buf.array(), n), end);
    }

    /** Writes all of {@code data} at {@code offset}; returns how many bytes that is. */
    long write(FsDescriptor d, byte[] data, long offset) throws IOException {
        FileChannel ch = writable(d).channel;
        if (offset < 0) throw new WasiError(Errno.INVAL);
        ByteBuffer buf = ByteBuffer.wrap(data);
        long at = offset;
        while (buf.hasRemaining()) at += ch.write(buf, at);
        return data.length;
    }

    DirectoryEntries readDirectory(FsDescriptor d) throws IOException {
        if (!d.directory) throw new WasiError(Errno.NOTDIR);
        List<Val> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(d.path.host())) {
            for (Path p : s) {
                entries.add(new Val.RecordVal(List.of(new Val.NamedVal("type", typeName(FileStats.type(p))),
                        new Val.NamedVal("name", Vals.str(p.getFileName().toString())))));
            }
        }
        return new DirectoryEntries(entries);
    }

    Val createDirectory(FsDescriptor dir, String path) throws IOException {
        SandboxPath p = PathResolver.resolve(dir.path, path, false);
        p.requireWritable();
        if (p.isRoot() || attrs(p.host()) != null) throw new WasiError(Errno.EXIST);
        Files.createDirectory(p.host());
        return null;
    }

    FsDescriptor open(FsDescriptor dir, Val pathFlags, String path, Set<String> open, Set<String> flags)
            throws IOException {
        boolean create = open.contains("create"), exclusive = open.contains("exclusive");
        boolean truncate = open.contains("truncate"), directory = open.contains("directory");
        boolean read = flags.contains("read"), write = flags.contains("write");
        boolean follow = FilesystemImports.flagSet(pathFlags).contains("symlink-follow") && !(create && exclusive);
        if ((write || truncate || create) && !dir.mutateDirectory && !dir.path.root().readOnly()) {
            throw new WasiError(Errno.PERM);
        }
        SandboxPath p = PathResolver.resolve(dir.path, path, follow);
        Path h = p.host();
        BasicFileAttributes a = attrs(h);
        if (a != null) {
            if (create && exclusive) throw new WasiError(Errno.EXIST);
            if (a.isSymbolicLink()) throw new WasiError(Errno.LOOP);
            if (a.isDirectory()) {
                if (truncate || write) throw new WasiError(Errno.ISDIR);
                return new FsDescriptor(p, true, null, read, false,
                        flags.contains("mutate-directory") && dir.mutateDirectory && !p.root().readOnly());
            }
            if (directory) throw new WasiError(Errno.NOTDIR);
        } else {
            if (!create) throw new WasiError(Errno.NOENT);
            if (directory) throw new WasiError(Errno.INVAL);
            p.requireWritable();
        }
        if (write || truncate) p.requireWritable();
        Set<OpenOption> opts = new HashSet<>();
        opts.add(LinkOption.NOFOLLOW_LINKS);
        if (read || !write) opts.add(StandardOpenOption.READ);
        if (write || truncate) opts.add(StandardOpenOption.WRITE);
        if (create) opts.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if (truncate) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        FileChannel ch;
        try {
            ch = FileChannel.open(h, opts);
        } catch (AccessDeniedException e) {
            // opened only to look at it (neither read nor write asked): no channel is needed
            if (read || write || create || truncate) throw e;
            ch = null;
        }
        return new FsDescriptor(p, false, ch, read, write, false);
    }

    String readlink(SandboxPath p) throws IOException {
        BasicFileAttributes a = attrs(p.host());
        if (a == null) throw new WasiError(Errno.NOENT);
        if (!a.isSymbolicLink()) throw new WasiError(Errno.INVAL);
        return Files.readSymbolicLink(p.host()).toString();
    }

    Val removeDirectory(SandboxPath p) throws IOException {
        p.requireWritable();
        BasicFileAttributes a = attrs(p.host());
        if (a == null) throw new WasiError(Errno.NOENT);
        if (!a.isDirectory()) throw new WasiError(Errno.NOTDIR);
        if (p.isRoot()) throw new WasiError(Errno.BUSY);
        Files.delete(p.host());
        return null;
    }

    Val rename(SandboxPath from, SandboxPath to) throws IOException {
        from.requireWritable();
        to.requireWritable();
        BasicFileAttributes a = attrs(from.host());
        if (a == null) throw new WasiError(Errno.NOENT);
        if (from.isRoot() || to.isRoot()) throw new WasiError(Errno.BUSY);
        BasicFileAttributes b = attrs(to.host());
        if (b != null && a.isDirectory() && !b.isDirectory()) throw new WasiError(Errno.NOTDIR);
        if (b != null && !a.isDirectory() && b.isDirectory()) throw new WasiError(Errno.ISDIR);
        Files.move(from.host(), to.host(), StandardCopyOption.ATOMIC_MOVE);
        return null;
    }

    Val link(SandboxPath from, SandboxPath to) throws IOException {
        from.requireWritable();
        to.requireWritable();
        BasicFileAttributes a = attrs(from.host());
        if (a == null) throw new WasiError(Errno.NOENT);
        if (a.isDirectory()) throw new WasiError(Errno.PERM);
        if (attrs(to.host()) != null) throw new WasiError(Errno.EXIST);
        Files.createLink(to.host(), from.host());
        return null;
    }

    /** The link text is stored as given; an absolute target could never be followed, so it is refused. */
    Val symlink(String target, SandboxPath p) throws IOException {
        if (target.isEmpty()) throw new WasiError(Errno.NOENT);
        if (target.startsWith("/") || target.indexOf('\0') >= 0) throw new WasiError(Errno.PERM);
        p.requireWritable();
        if (attrs(p.host()) != null) throw new WasiError(Errno.EXIST);
        Files.createSymbolicLink(p.host(), Path.of(target));
        return null;
    }

    Val unlinkFile(SandboxPath p) throws IOException {
        p.requireWritable();
        BasicFileAttributes a = attrs(p.host());
        if (a == null) throw new WasiError(Errno.NOENT);
        if (a.isDirectory()) throw new WasiError(Errno.ISDIR);
        Files.delete(p.host());
        return null;
    }

    static Val typeOf(SandboxPath p) { return typeName(FileStats.stat(p.host()).filetype()); }

    static Val stat(SandboxPath p) {
        FileStats.Stat s = FileStats.stat(p.host());
        return new Val.RecordVal(List.of(new Val.NamedVal("type", typeName(s.filetype())),
                new Val.NamedVal("link-count", Vals.u64(s.nlink())), new Val.NamedVal("size", Vals.u64(s.size())),
                new Val.NamedVal("data-access-timestamp", new Val.OptionVal(ClockImports.datetime(s.atim()))),
                new Val.NamedVal("data-modification-timestamp", new Val.OptionVal(ClockImports.datetime(s.mtim()))),
                new Val.NamedVal("status-change-timestamp", new Val.OptionVal(ClockImports.datetime(s.ctim())))));
    }

    static boolean sameObject(SandboxPath a, SandboxPath b) {
        try {
            FileStats.Stat x = FileStats.stat(a.host()), y = FileStats.stat(b.host());
            return x.dev() == y.dev() && x.ino() == y.ino();
        } catch (WasiError e) {
            return false;
        }
    }

    /** A hash of the object's identity and last change, as the WIT suggests (same object, same version). */
    static Val hash(SandboxPath p) {
        FileStats.Stat s = FileStats.stat(p.host());
        long lower = s.ino() * 0x9E3779B97F4A7C15L ^ s.mtim();
        long upper = s.dev() * 0xC2B2AE3D27D4EB4FL ^ s.ctim() ^ s.size();
        return new Val.RecordVal(List.of(new Val.NamedVal("lower", Vals.u64(lower)),
                new Val.NamedVal("upper", Vals.u64(upper))));
    }

    private static Val typeName(int filetype) {
        return new Val.EnumVal(switch (filetype) {
            case FileType.BLOCK_DEVICE -> "block-device";
            case FileType.CHARACTER_DEVICE -> "character-device";
            case FileType.DIRECTORY -> "directory";
            case FileType.REGULAR_FILE -> "regular-file";
            case FileType.SOCKET_DGRAM, FileType.SOCKET_STREAM -> "socket";
            case FileType.SYMBOLIC_LINK -> "symbolic-link";
            default -> "unknown";
        });
    }

    private static BasicFileAttributes attrs(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }
}
