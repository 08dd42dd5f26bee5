package dev.weft.engine.internal.wasi;

import dev.weft.engine.Memory;
import dev.weft.engine.TrapException;
import dev.weft.engine.wasi.WasiClock;
import dev.weft.engine.wasi.WasiConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The state behind one guest's preview1 imports: its descriptor table, the memory its pointers
 * refer to, and what the host granted (arguments, environment, clocks, randomness).
 */
public final class WasiContext {
    final WasiConfig config;
    final FdTable fds = new FdTable();
    final WasiClock clock;
    final RandomGenerator random;
    final List<byte[]> args = new ArrayList<>();
    final List<byte[]> env = new ArrayList<>();
    /** The one transfer buffer of this guest's I/O calls (a guest runs on one thread at a time). */
    final byte[] scratch = new byte[64 * 1024];
    private GuestMemory memory;

    public WasiContext(WasiConfig config) {
        this.config = config;
        this.clock = config.clock();
        this.random = config.random();
        for (String a : config.args()) args.add(a.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : config.env().entrySet()) {
            env.add((e.getKey() + "=" + e.getValue()).getBytes(StandardCharsets.UTF_8));
        }
        fds.add(StreamDescriptor.input(config.stdin()));
        fds.add(StreamDescriptor.output(config.stdout()));
        fds.add(StreamDescriptor.output(config.stderr()));
        for (WasiConfig.Preopen p : config.preopens()) {
            SandboxPath root = new SandboxPath(new SandboxPath.Root(p.hostPath(), p.readOnly()), List.of());
            fds.add(new DirectoryDescriptor(root, p.guestPath(), Rights.DIRECTORY, Rights.DIRECTORY | Rights.FILE));
        }
        for (NetworkChannel s : config.sockets()) {
            fds.add(s instanceof ServerSocketChannel l ? new ListenerDescriptor(l)
                    : new SocketDescriptor((SocketChannel) s, false));
        }
    }

    /** Points the guest's pointers at {@code memory} (the instance's exported "memory"). */
    public void bind(Memory memory) { this.memory = new GuestMemory(memory); }

    GuestMemory mem() {
        if (memory == null) throw new TrapException("WASI function called before a memory was bound to the WASI host");
        return memory;
    }

    /** Flushes stdout and stderr. */
    public void flush() {
        flushQuietly(config.stdout());
        flushQuietly(config.stderr());
    }

    /** Closes every descriptor the guest still holds (host-owned streams and sockets stay open). */
    public void close() {
        flush();
        fds.closeAll();
    }

    private static void flushQuietly(OutputStream out) {
        try {
            out.flush();
        } catch (IOException ignored) {
            // the host's stream is gone: the guest can no longer be told
        }
    }
}
