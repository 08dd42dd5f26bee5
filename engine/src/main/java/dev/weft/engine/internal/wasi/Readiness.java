package dev.weft.engine.internal.wasi;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/** Whether a socket could be read, written or accepted on now, without blocking. */
final class Readiness {
    private Readiness() {}

    static boolean now(SelectableChannel ch, int ops) throws IOException {
        synchronized (ch.blockingLock()) {
            boolean wasBlocking = ch.isBlocking();
            try (Selector sel = Selector.open()) {
                ch.configureBlocking(false);
                SelectionKey key = ch.register(sel, ops);
                sel.selectNow();
                boolean ready = key.isValid() && (key.readyOps() & ops) != 0;
                key.cancel();
                sel.selectNow(); // completes the deregistration so the blocking mode can be restored
                return ready;
            } finally {
                ch.configureBlocking(wasBlocking);
            }
        }
    }
}
