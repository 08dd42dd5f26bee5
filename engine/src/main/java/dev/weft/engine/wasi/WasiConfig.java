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
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Immutable description of what a WASI guest may see of the host, for both of Weft's WASI hosts:
 * preview1 ({@link Wasi}, core modules) and WASI 0.2 ({@code dev.weft.component.wasi.WasiP2},
 * components). Nothing is visible unless granted here: by default there are no arguments, no
 * environment, no directories, stdin is empty, stdout and stderr are discarded and no stdio stream
 * is a terminal. A few settings mean something to one host only, and say so: sockets are
 * preview1's, the initial working directory, terminals and the insecure random source are WASI 0.2's.
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
    private String initialCwd;
    private boolean terminalStdin, terminalStdout, terminalStderr;
    private RandomGenerator insecureRandom;

    private WasiConfig() {}

    /** A copy with {@code change} applied: every {@code withX} is one. */
    private WasiConfig with(Consumer<WasiConfig> change) {
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
        c.initialCwd = initialCwd;
        c.terminalStdin = terminalStdin;
        c.terminalStdout = terminalStdout;
        c.terminalStderr = terminalStderr;
        c.insecureRandom = insecureRandom;
        change.accept(c);
        return c;
    }

    /** Nothing granted: no arguments, environment or directories, empty stdin, discarded output, system clock, secure random. */
    public static WasiConfig defaults() { return DEFAULTS; }

    /** The command-line arguments; by convention the first is the program name. */
    public WasiConfig withArgs(String... args) { return withArgs(List.of(args)); }

    /** The command-line arguments; by convention the first is the program name. */
    public WasiConfig withArgs(List<String> args) {
        for (String a : args) checkNoNul(a, "argument");
        List<String> copy = List.copyOf(args);
        return with(c -> c.args = copy);
    }

    /** Adds (or replaces) one environment variable. */
    public WasiConfig withEnv(String name, String value) {
        checkNoNul(name, "variable name");
        checkNoNul(value, "variable value");
        if (name.isEmpty() || name.indexOf('=') >= 0) throw new IllegalArgumentException("bad variable name: " + name);
        Map<String, String> m = new LinkedHashMap<>(env);
        m.put(name, value);
        return with(c -> c.env = Collections.unmodifiableMap(m));
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
     * under the name {@code guest}, e.g. {@code "/data"} or {@code "."}. Paths cannot leave it
     * through {@code ..}, absolute paths or symlinks. With {@code readOnly}, every change to it fails
     * ({@code EROFS} in preview1, {@code read-only} in WASI 0.2).
     */
    public WasiConfig withPreopen(Path host, String guest, boolean readOnly) {
        if (!Files.isDirectory(host)) throw new IllegalArgumentException("not a directory: " + host);
        checkNoNul(guest, "guest path");
        List<Preopen> l = new ArrayList<>(preopens);
        l.add(new Preopen(host.toAbsolutePath().normalize(), guest, readOnly));
        return with(c -> c.preopens = List.copyOf(l));
    }

    public WasiConfig withStdin(InputStream in) {
        Objects.requireNonNull(in, "in");
        return with(c -> c.stdin = in);
    }

    public WasiConfig withStdout(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return with(c -> c.stdout = out);
    }

    public WasiConfig withStderr(OutputStream err) {
        Objects.requireNonNull(err, "err");
        return with(c -> c.stderr = err);
    }

    /** Connects the guest's stdin, stdout and stderr to this process's. */
    public WasiConfig withInheritedStdio() {
        return withStdin(System.in).withStdout(System.out).withStderr(System.err);
    }

    /** The clocks the guest reads and waits on ({@code poll_oneoff}, WASI 0.2 pollables). */
    public WasiConfig withClock(WasiClock clock) {
        Objects.requireNonNull(clock, "clock");
        return with(c -> c.clock = clock);
    }

    /** The source of {@code random_get} and {@code wasi:random/random}; by default a shared {@link SecureRandom}. */
    public WasiConfig withRandom(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return with(c -> c.random = random);
    }

    /**
     * Preview1 only: grants a listening socket; the guest sees it as a descriptor (after the
     * preopened directories) on which {@code sock_accept} works. The guest cannot open sockets itself.
     */
    public WasiConfig withListener(ServerSocketChannel listener) { return withSocketObject(listener); }

    /** Preview1 only: grants a connected socket, usable with {@code sock_recv}, {@code sock_send} and {@code sock_shutdown}. */
    public WasiConfig withSocket(SocketChannel socket) { return withSocketObject(socket); }

    private WasiConfig withSocketObject(NetworkChannel s) {
        Objects.requireNonNull(s, "socket");
        List<NetworkChannel> l = new ArrayList<>(sockets);
        l.add(s);
        return with(c -> c.sockets = List.copyOf(l));
    }

    /** WASI 0.2 only: the directory {@code wasi:cli/environment.initial-cwd} reports (none by default). */
    public WasiConfig withInitialCwd(String cwd) {
        checkNoNul(cwd, "cwd");
        return with(c -> c.initialCwd = cwd);
    }

    /** WASI 0.2 only: which stdio streams {@code wasi:cli/terminal-*} reports as terminals (none by default). */
    public WasiConfig withTerminals(boolean stdin, boolean stdout, boolean stderr) {
        return with(c -> {
            c.terminalStdin = stdin;
            c.terminalStdout = stdout;
            c.terminalStderr = stderr;
        });
    }

    /**
     * WASI 0.2 only: the source of {@code wasi:random/insecure} and {@code insecure-seed}; by default
     * each host seeds a fresh generator from {@link #random()}.
     */
    public WasiConfig withInsecureRandom(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return with(c -> c.insecureRandom = random);
    }

    public List<String> args() { return args; }

    /** Environment variables in the order they were added. */
    public Map<String, String> env() { return env; }

    public List<Preopen> preopens() { return preopens; }

    public InputStream stdin() { return stdin; }

    public OutputStream stdout() { return stdout; }

    public OutputStream stderr() { return stderr; }

    public WasiClock clock() { return clock; }

    /** The secure random source: the one set, or a shared {@link SecureRandom}. */
    public RandomGenerator random() { return random; }

    /** Granted sockets (preview1), each a {@link ServerSocketChannel} or a {@link SocketChannel}, in descriptor order. */
    public List<NetworkChannel> sockets() { return sockets; }

    /** The initial working directory WASI 0.2 reports, or null when none is. */
    public String initialCwd() { return initialCwd; }

    public boolean terminalStdin() { return terminalStdin; }

    public boolean terminalStdout() { return terminalStdout; }

    public boolean terminalStderr() { return terminalStderr; }

    /** The insecure generator: the one set, or a new one seeded from {@link #random()} on each call. */
    public RandomGenerator insecureRandom() {
        return insecureRandom != null ? insecureRandom : new SplittableRandom(random.nextLong());
    }

    private static void checkNoNul(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.indexOf('\0') >= 0) throw new IllegalArgumentException(what + " contains NUL");
    }
}
