package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a guest path against a directory descriptor one component at a time, so nothing can
 * leave the preopen: ".." may not climb above its root, absolute paths are refused, and every
 * symlink met on the way is expanded here (never by the host OS), its target checked the same
 * way. Escapes fail with {@code ENOTCAPABLE}.
 */
public final class PathResolver {
    private PathResolver() {}

    /** Linux's limit on symlinks followed in one lookup. */
    private static final int MAX_SYMLINKS = 40;

    /**
     * The location {@code path} names below {@code dir}. A symlink in the last position is
     * followed only with {@code followFinal}; a trailing "/" implies following and requires a
     * directory.
     */
    public static SandboxPath resolve(SandboxPath dir, String path, boolean followFinal) {
        if (path.isEmpty()) throw new WasiError(Errno.NOENT);
        if (path.indexOf('\0') >= 0) throw new WasiError(Errno.INVAL);
        if (path.startsWith("/")) throw new WasiError(Errno.NOTCAPABLE);
        boolean trailingSlash = path.endsWith("/");
        if (trailingSlash) followFinal = true;
        Deque<String> todo = new ArrayDeque<>(split(path));
        List<String> stack = new ArrayList<>(dir.parts());
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.removeFirst();
            if (c.equals(".")) continue;
            if (c.equals("..")) {
                if (stack.isEmpty()) throw new WasiError(Errno.NOTCAPABLE);
                stack.removeLast();
                continue;
            }
            boolean last = todo.isEmpty(); // "link/." names the directory behind the link, as in POSIX
            Path p = new SandboxPath(dir.root(), stack).host().resolve(c);
            if ((!last || followFinal) && Files.isSymbolicLink(p)) {
                if (++links > MAX_SYMLINKS) throw new WasiError(Errno.LOOP);
                String target = readLink(p);
                if (target.isEmpty()) throw new WasiError(Errno.NOENT);
                if (target.startsWith("/")) throw new WasiError(Errno.NOTCAPABLE);
                List<String> parts = split(target);
                for (int i = parts.size() - 1; i >= 0; i--) todo.addFirst(parts.get(i));
                continue;
            }
            if (!last && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new WasiError(Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? Errno.NOTDIR : Errno.NOENT);
            }
            stack.add(c);
        }
        SandboxPath r = new SandboxPath(dir.root(), stack);
        if (trailingSlash) {
            Path h = r.host();
            if (Files.exists(h, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(h, LinkOption.NOFOLLOW_LINKS)) {
                throw new WasiError(Errno.NOTDIR);
            }
        }
        return r;
    }

    private static String readLink(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            throw IoErrno.error(e);
        }
    }

    /** Non-empty components in order ("a//b/" gives a, b). */
    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }
}
