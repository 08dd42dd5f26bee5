package dev.weft.component.wasi;

import dev.weft.engine.wasi.WasiClock;
import dev.weft.engine.wasi.WasiConfig;

import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.random.RandomGenerator;

/**
 * Immutable settings of a WASI 0.2 host: what a component may see of the host. The grants are the
 * same as preview1's {@link dev.weft.engine.wasi.WasiConfig}: nothing is visible unless granted —
 * by default there are no arguments, no environment, no directories, stdin is empty, stdout and
 * stderr are discarded, and no stdio stream is a terminal.
 * <pre>{@code
 * WasiP2Config cfg = WasiP2Config.defaults()
 *         .withArgs("tool", "in.txt")
 *         .withEnv("LANG", "C.UTF-8")
 *         .withPreopen(Path.of("/srv/data"), "/data", false)
 *         .withStdout(System.out);
 * }</pre>
 */
public final class WasiP2Config {

    /** A host directory made visible under {@code guestPath}; with {@code readOnly} every change fails. */
    public record Preopen(Path hostPath, String guestPath, boolean readOnly) {
        public Preopen {
            Objects.requireNonNull(hostPath, "hostPath");
            Objects.requireNonNull(guestPath, "guestPath");
        }
    }

    private static final SecureRandom DEFAULT_RANDOM = new SecureRandom();
    private static final WasiP2Config DEFAULTS = new WasiP2Config();

    private List<String> args = List.of();
    private Map<String, String> env = Map.of();
    private String initialCwd;
    private List<Preopen> preopens = List.of();
    private InputStream stdin = InputStream.nullInputStream();
    private OutputStream stdout = OutputStream.nullOutputStream();
    private OutputStream stderr = OutputStream.nullOutputStream();
    private boolean terminalStdin, terminalStdout, terminalStderr;
    private WasiClock clock = WasiClock.system();
    private RandomGenerator random = DEFAULT_RANDOM;
    private RandomGenerator insecureRandom;

    private WasiP2Config() {}

    private WasiP2Config copy() {
        WasiP2Config c = new WasiP2Config();
        c.args = args;
        c.env = env;
        c.initialCwd = initialCwd;
        c.preopens = preopens;
        c.stdin = stdin;
        c.stdout = stdout;
        c.stderr = stderr;
        c.terminalStdin = terminalStdin;
        c.terminalStdout = terminalStdout;
        c.terminalStderr = terminalStderr;
        c.clock = clock;
        c.random = random;
        c.insecureRandom = insecureRandom;
        return c;
    }

    /** Nothing granted: see the class description. */
    public static WasiP2Config defaults() { return DEFAULTS; }

    /**
     * The same grants as a preview1 configuration: arguments, environment, preopens, stdio, clock
     * and random source (its sockets have no WASI 0.2 counterpart here and are not carried over).
     */
    public static WasiP2Config from(WasiConfig preview1) {
        WasiP2Config c = DEFAULTS.withArgs(preview1.args()).withStdin(preview1.stdin()).withStdout(preview1.stdout())
                .withStderr(preview1.stderr()).withClock(preview1.clock()).withRandom(preview1.random());
        for (Map.Entry<String, String> e : preview1.env().entrySet()) c = c.withEnv(e.getKey(), e.getValue());
        for (WasiConfig.Preopen p : preview1.preopens()) c = c.withPreopen(p.hostPath(), p.guestPath(), p.readOnly());
        return c;
    }

    /** The command-line arguments; by convention the first is the program name. */
    public WasiP2Config withArgs(String... args) { return withArgs(List.of(args)); }

    /** The command-line arguments; by convention the first is the program name. */
    public WasiP2Config withArgs(List<String> args) {
        WasiP2Config c = copy();
        c.args = List.copyOf(args);
        return c;
    }

    /** Adds (or replaces) one environment variable. */
    public WasiP2Config withEnv(String name, String value) {
        Objects.requireNonNull(value, "value");
        if (name.isEmpty() || name.indexOf('=') >= 0) throw new IllegalArgumentException("bad variable name: " + name);
        WasiP2Config c = copy();
        Map<String, String> m = new LinkedHashMap<>(env);
        m.put(name, value);
        c.env = Collections.unmodifiableMap(m);
        return c;
    }

    /** The directory {@code wasi:cli/environment.initial-cwd} reports (none by default). */
    public WasiP2Config withInitialCwd(String cwd) {
        WasiP2Config c = copy();
        c.initialCwd = Objects.requireNonNull(cwd, "cwd");
        return c;
    }

    /**
     * Grants the host directory {@code host} (and everything below it, nothing above) under the name
     * {@code guest}, e.g. {@code "/data"}. Paths can not leave it through {@code ..}, absolute paths
     * or symlinks; with {@code readOnly}, every change fails with {@code read-only}.
     */
    public WasiP2Config withPreopen(Path host, String guest, boolean readOnly) {
        if (!Files.isDirectory(host)) throw new IllegalArgumentException("not a directory: " + host);
        WasiP2Config c = copy();
        List<Preopen> l = new ArrayList<>(preopens);
        l.add(new Preopen(host.toAbsolutePath().normalize(), guest, readOnly));
        c.preopens = List.copyOf(l);
        return c;
    }

    public WasiP2Config withStdin(InputStream in) {
        WasiP2Config c = copy();
        c.stdin = Objects.requireNonNull(in, "in");
        return c;
    }

    public WasiP2Config withStdout(OutputStream out) {
        WasiP2Config c = copy();
        c.stdout = Objects.requireNonNull(out, "out");
        return c;
    }

    public WasiP2Config withStderr(OutputStream err) {
        WasiP2Config c = copy();
        c.stderr = Objects.requireNonNull(err, "err");
        return c;
    }

    /** Connects stdin, stdout and stderr to this process's. */
    public WasiP2Config withInheritedStdio() {
        return withStdin(System.in).withStdout(System.out).withStderr(System.err);
    }

    /** Which stdio streams {@code wasi:cli/terminal-*} reports as terminals (none by default). */
    public WasiP2Config withTerminals(boolean stdin, boolean stdout, boolean stderr) {
        WasiP2Config c = copy();
        c.terminalStdin = stdin;
        c.terminalStdout = stdout;
        c.terminalStderr = stderr;
        return c;
    }

    /** The clocks the component reads and waits on. */
    public WasiP2Config withClock(WasiClock clock) {
        WasiP2Config c = copy();
        c.clock = Objects.requireNonNull(clock, "clock");
        return c;
    }

    /** The source of {@code wasi:random/random}; by default a shared {@link SecureRandom}. */
    public WasiP2Config withRandom(RandomGenerator random) {
        WasiP2Config c = copy();
        c.random = Objects.requireNonNull(random, "random");
        return c;
    }

    /** The source of {@code wasi:random/insecure} and the insecure seed; by default a fresh seeded generator per host. */
    public WasiP2Config withInsecureRandom(RandomGenerator random) {
        WasiP2Config c = copy();
        c.insecureRandom = Objects.requireNonNull(random, "random");
        return c;
    }

    public List<String> args() { return args; }

    /** Environment variables in the order they were added. */
    public Map<String, String> env() { return env; }

    /** The initial working directory, or null when none is reported. */
    public String initialCwd() { return initialCwd; }

    public List<Preopen> preopens() { return preopens; }

    public InputStream stdin() { return stdin; }

    public OutputStream stdout() { return stdout; }

    public OutputStream stderr() { return stderr; }

    public boolean terminalStdin() { return terminalStdin; }

    public boolean terminalStdout() { return terminalStdout; }

    public boolean terminalStderr() { return terminalStderr; }

    public WasiClock clock() { return clock; }

    public RandomGenerator random() { return random; }

    /** The insecure generator: the one set, or a new one seeded from {@link #random()}. */
    public RandomGenerator insecureRandom() {
        return insecureRandom != null ? insecureRandom : new SplittableRandom(random.nextLong());
    }
}
