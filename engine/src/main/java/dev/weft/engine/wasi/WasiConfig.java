package dev.weft.engine.wasi;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Immutable settings of a WASI preview1 host: what the guest may see of the host. Nothing is
 * visible unless granted here: by default there are no arguments, no environment, no
 * directories, stdin is empty and stdout/stderr are discarded.
 * <pre>{@code
 * WasiConfig cfg = WasiConfig.defaults()
 *         .withArgs("tool", "--verbose", "in.txt")
 *         .withEnv("LANG", "C.UTF-8")
 *         .withPreopen(Path.of("/srv/data"), "/data", true)
 *         .withStdout(System.out);
 * }</pre>
 */
public final class WasiConfig {

    /** A host directory made visible to the guest under {@code guestPath}. */
    public record Preopen(Path hostPath, String guestPath, boolean readOnly) {
        public Preopen {
            Objects.requireNonNull(hostPath, "hostPath");
            Objects.requireNonNull(guestPath, "guestPath");
        }
    }

    /** SecureRandom is thread-safe, so every guest may share one. */
    private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();
    private static final WasiConfig DEFAULTS = new WasiConfig();

    private List<String> args = List.of();
    private Map<String, String> env = Map.of();
    private List<Preopen> preopens = List.of();
    private InputStream stdin = InputStream.nullInputStream();
    private OutputStream stdout = OutputStream.nullOutputStream();
    private OutputStream stderr = OutputStream.nullOutputStream();
    private WasiClock clock = WasiClock.system();
    private RandomGenerator random = DEFAULT_RANDOM;
    private List<NetworkChannel> sockets = List.of();

    private WasiConfig() {}

    private WasiConfig copy() {
        WasiConfig c = new WasiConfig();
        c.args = args;
        c.env = env;
        c.preopens = preopens;
        c.stdin = stdin;
        c.stdout = stdout;
        c.stderr = stderr;
        c.clock = clock;
        c.random = random;
        c.sockets = sockets;
        return c;
    }

    /** No arguments, no environment, no preopened directories, empty stdin, discarded output, system clock, secure random. */
    public static WasiConfig defaults() { return DEFAULTS; }

    /** The command-line arguments; by convention the first is the program name. */
    public WasiConfig withArgs(String... args) { return withArgs(List.of(args)); }

    /** The command-line arguments; by convention the first is the program name. */
    public WasiConfig withArgs(List<String> args) {
        for (String a : args) checkNoNul(a, "argument");
        WasiConfig c = copy();
        c.args = List.copyOf(args);
        return c;
    }

    /** Adds (or replaces) one environment variable. */
    public WasiConfig withEnv(String name, String value) {
        checkNoNul(name, "variable name");
        checkNoNul(value, "variable value");
        if (name.isEmpty() || name.indexOf('=') >= 0) throw new IllegalArgumentException("bad variable name: " + name);
        WasiConfig c = copy();
        Map<String, String> m = new LinkedHashMap<>(env);
        m.put(name, value);
        c.env = Collections.unmodifiableMap(m);
        return c;
    }

    /** Copies the named variables of this process's environment (those that are set), read now. */
    public WasiConfig withInheritedEnv(String... names) {
        WasiConfig c = this;
        for (String n : names) {
            String v = System.getenv(n);
            if (v != null) c = c.withEnv(n, v);
        }
        return c;
    }

    /**
     * Grants the guest the host directory {@code host} (and everything below it, but nothing above)
     * under the name {@code guest}, e.g. {@code "/data"} or {@code "."}. With {@code readOnly},
     * every change to it fails with {@code EROFS}.
     */
    public WasiConfig withPreopen(Path host, String guest, boolean readOnly) {
        if (!Files.isDirectory(host)) throw new IllegalArgumentException("not a directory: " + host);
        checkNoNul(guest, "guest path");
        WasiConfig c = copy();
        List<Preopen> l = new ArrayList<>(preopens);
        l.add(new Preopen(host.toAbsolutePath().normalize(), guest, readOnly));
        c.preopens = List.copyOf(l);
        return c;
    }

    public WasiConfig withStdin(InputStream in) {
        WasiConfig c = copy();
        c.stdin = Objects.requireNonNull(in, "in");
        return c;
    }

    public WasiConfig withStdout(OutputStream out) {
        WasiConfig c = copy();
        c.stdout = Objects.requireNonNull(out, "out");
        return c;
    }

    public WasiConfig withStderr(OutputStream err) {
        WasiConfig c = copy();
        c.stderr = Objects.requireNonNull(err, "err");
        return c;
    }

    /** Connects the guest's stdin, stdout and stderr to this process's. */
    public WasiConfig withInheritedStdio() {
        return withStdin(System.in).withStdout(System.out).withStderr(System.err);
    }

    /** The clocks the guest reads (and sleeps on in {@code poll_oneoff}). */
    public WasiConfig withClock(WasiClock clock) {
        WasiConfig c = copy();
        c.clock = Objects.requireNonNull(clock, "clock");
        return c;
    }

    /** The source of {@code random_get}; by default a {@link SecureRandom}. */
    public WasiConfig withRandom(RandomGenerator random) {
        WasiConfig c = copy();
        c.random = Objects.requireNonNull(random, "random");
        return c;
    }

    /**
     * Grants a listening socket: the guest sees it as a descriptor (after the preopened
     * directories) on which {@code sock_accept} works. The guest cannot open sockets itself.
     */
    public WasiConfig withListener(ServerSocketChannel listener) { return withSocketObject(listener); }

    /** Grants a connected socket, usable with {@code sock_recv}, {@code sock_send} and {@code sock_shutdown}. */
    public WasiConfig withSocket(SocketChannel socket) { return withSocketObject(socket); }

    private WasiConfig withSocketObject(NetworkChannel s) {
        Objects.requireNonNull(s, "socket");
        WasiConfig c = copy();
        List<NetworkChannel> l = new ArrayList<>(sockets);
        l.add(s);
        c.sockets = List.copyOf(l);
        return c;
    }

    public List<String> args() { return args; }

    /** Environment variables in the order they were added. */
    public Map<String, String> env() { return env; }

    public List<Preopen> preopens() { return preopens; }

    public InputStream stdin() { return stdin; }

    public OutputStream stdout() { return stdout; }

    public OutputStream stderr() { return stderr; }

    public WasiClock clock() { return clock; }

    /** The source of {@code random_get}: the one set, or a shared {@link SecureRandom}. */
    public RandomGenerator random() { return random; }

    /** Granted sockets, each a {@link ServerSocketChannel} or a {@link SocketChannel}, in descriptor order. */
    public List<NetworkChannel> sockets() { return sockets; }

    private static void checkNoNul(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.indexOf('\0') >= 0) throw new IllegalArgumentException(what + " contains NUL");
    }
}
