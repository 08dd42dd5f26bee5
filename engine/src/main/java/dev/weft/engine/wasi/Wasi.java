package dev.weft.engine.wasi;

import dev.weft.engine.Extern;
import dev.weft.engine.Func;
import dev.weft.engine.Instance;
import dev.weft.engine.Linker;
import dev.weft.engine.Memory;
import dev.weft.engine.internal.wasi.Preview1Imports;
import dev.weft.engine.internal.wasi.WasiContext;
import java.util.List;

/**
 * A WASI preview1 host for one guest instance: its descriptor table, arguments and environment,
 * as granted by a {@link WasiConfig}.
 * <pre>{@code
 * try (Wasi wasi = Wasi.create(WasiConfig.defaults().withArgs("hello").withInheritedStdio())) {
 *     Linker linker = wasi.define(Linker.create(engine));
 *     Instance instance = linker.instantiate(module);
 *     int exitCode = wasi.run(instance);
 * }
 * }</pre>
 * Host functions read and write guest memory, so the instance's exported {@code memory} must be
 * bound before they run; {@link #run} and {@link #initialize} do that. A {@code Wasi} serves one
 * instance on one thread at a time.
 */
public final class Wasi implements AutoCloseable {

    /** The import module name of preview1: {@value}. */
    public static final String MODULE = Preview1Imports.MODULE;

    private final WasiContext context;

    private Wasi(WasiConfig config) { this.context = new WasiContext(config); }

    public static Wasi create(WasiConfig config) { return new Wasi(config); }

    /** Creates a host for {@code config} and registers its functions on {@code linker}. */
    public static Wasi define(Linker linker, WasiConfig config) {
        Wasi wasi = create(config);
        wasi.define(linker);
        return wasi;
    }

    /** Registers every {@code wasi_snapshot_preview1} function on {@code linker}; returns the linker. */
    public Linker define(Linker linker) {
        Preview1Imports.define(linker, context);
        return linker;
    }

    /** The names of the preview1 functions {@link #define} registers. */
    public static List<String> functionNames() { return Preview1Imports.names(); }

    /** Makes guest pointers refer to {@code memory}. */
    public void bind(Memory memory) { context.bind(memory); }

    /**
     * Runs a command: binds the instance's {@code memory} export, calls {@code _start} and returns
     * the exit code: 0 when {@code _start} returns, {@code n} when the guest calls
     * {@code proc_exit(n)}. Traps propagate as {@link dev.weft.engine.TrapException}; a module
     * without a {@code _start} export throws {@link java.util.NoSuchElementException}.
     */
    public int run(Instance instance) {
        bindExportedMemory(instance);
        try {
            instance.func("_start").call();
            return 0;
        } catch (WasiExitException e) {
            return e.exitCode();
        } finally {
            context.flush();
        }
    }

    /** Prepares a reactor: binds its {@code memory} and calls {@code _initialize} if it exports one. */
    public void initialize(Instance instance) {
        bindExportedMemory(instance);
        Extern init = instance.exports().get("_initialize");
        if (init instanceof Func f) f.call();
    }

    private void bindExportedMemory(Instance instance) {
        if (instance.exports().get("memory") instanceof Memory m) bind(m);
        else throw new IllegalArgumentException("a WASI module must export its memory as \"memory\"");
    }

    /** Closes the files and connections the guest opened; the host's own streams and sockets stay open. */
    @Override
    public void close() { context.close(); }
}
