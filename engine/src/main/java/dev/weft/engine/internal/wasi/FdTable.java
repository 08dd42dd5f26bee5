package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The guest's descriptor table: numbers are indexes, the lowest free number is reused first. */
final class FdTable {
    private final List<Descriptor> slots = new ArrayList<>();

    Descriptor get(int fd) {
        if (fd < 0 || fd >= slots.size() || slots.get(fd) == null) throw new WasiError(Errno.BADF);
        return slots.get(fd);
    }

    <T extends Descriptor> T get(int fd, Class<T> kind, int otherwise) {
        Descriptor d = get(fd);
        if (!kind.isInstance(d)) throw new WasiError(otherwise);
        return kind.cast(d);
    }

    int add(Descriptor d) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) == null) {
                slots.set(i, d);
                return i;
            }
        }
        slots.add(d);
        return slots.size() - 1;
    }

    Descriptor remove(int fd) {
        Descriptor d = get(fd);
        slots.set(fd, null);
        return d;
    }

    /** Moves {@code from} onto {@code to}, closing what {@code to} held; both must be open. */
    void renumber(int from, int to) throws IOException {
        Descriptor d = get(from);
        Descriptor old = get(to);
        if (from == to) return;
        slots.set(to, d);
        slots.set(from, null);
        old.close();
    }

    void closeAll() {
        for (int i = 0; i < slots.size(); i++) {
            Descriptor d = slots.get(i);
            if (d == null) continue;
            try {
                d.close();
            } catch (IOException ignored) {
                // closing at teardown: nothing left to report the failure to
            }
            slots.set(i, null);
        }
    }
}
