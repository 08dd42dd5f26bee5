package dev.weft.engine.internal.wasi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A location inside a preopened directory: the preopen's host root plus already-resolved
 * components (none of them "." or "..", none an unresolved symlink except possibly the last).
 */
public record SandboxPath(Root root, List<String> parts) {

    /** A preopened host directory. */
    public record Root(Path host, boolean readOnly) {}

    public SandboxPath {
        parts = List.copyOf(parts);
    }

    public Path host() {
        Path p = root.host();
        for (String s : parts) p = p.resolve(s);
        return p;
    }

    public boolean isRoot() { return parts.isEmpty(); }

    public SandboxPath child(String name) {
        List<String> l = new ArrayList<>(parts);
        l.add(name);
        return new SandboxPath(root, l);
    }

    /** Fails with {@code EROFS} when this location lies in a read-only preopen. */
    public void requireWritable() {
        if (root.readOnly()) throw new WasiError(Errno.ROFS);
    }
}
