package dev.weft.component.internal.wasi;

import dev.weft.component.ComponentFuncType;
import dev.weft.component.ComponentLinker;
import dev.weft.component.HostComponentFunction;
import dev.weft.component.ResourceType;
import dev.weft.component.Type;
import dev.weft.component.bindings.TypedHostFunction;
import dev.weft.component.wit.Resolve;
import dev.weft.engine.wasi.WasiConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One WASI 0.2 host: the state a component's WASI imports share (stdio streams, resource types,
 * generators) and the definition of every interface into a linker. Interfaces are provided at
 * version {@value #VERSION}; the linker's semver rule makes them satisfy any {@code 0.2.x} import.
 */
public final class WasiHost {
    static final String VERSION = "0.2.12";

    /** The interfaces this host provides (unversioned). */
    private static final Set<String> GRANTED = Set.of("wasi:cli/environment", "wasi:cli/exit", "wasi:cli/stdin",
            "wasi:cli/stdout", "wasi:cli/stderr", "wasi:cli/terminal-input", "wasi:cli/terminal-output",
            "wasi:cli/terminal-stdin", "wasi:cli/terminal-stdout", "wasi:cli/terminal-stderr", "wasi:io/error",
            "wasi:io/poll", "wasi:io/streams", "wasi:clocks/wall-clock", "wasi:clocks/monotonic-clock",
            "wasi:random/random", "wasi:random/insecure", "wasi:random/insecure-seed", "wasi:filesystem/types",
            "wasi:filesystem/preopens");

    final WasiConfig config;
    final WasiTypes types = new WasiTypes();
    final JavaInput stdin;
    final JavaOutput stdout;
    final JavaOutput stderr;
    final RandomGenerator insecure;
    final long[] insecureSeed;
    private final Map<ResourceType, Consumer<Object>> destructors = new HashMap<>();

    private WasiHost(WasiConfig config) {
        this.config = config;
        this.stdin = new JavaInput(config.stdin());
        this.stdout = new JavaOutput(config.stdout());
        this.stderr = new JavaOutput(config.stderr());
        this.insecure = config.insecureRandom();
        this.insecureSeed = new long[] {insecure.nextLong(), insecure.nextLong()};
        destructors.put(types.descriptor, rep -> ((FsDescriptor) rep).close());
    }

    /** Defines every WASI 0.2 interface this host implements into {@code linker}. */
    public static void define(ComponentLinker linker, WasiConfig config) { create(linker, config); }

    /**
     * Defines every WASI 0.2 interface this host implements into {@code linker}, and every other
     * interface {@code component} (its world, as {@link dev.weft.component.wit.Wit#componentWorld}
     * reads it) imports as one whose functions trap when called.
     */
    public static void defineTrappingUngranted(ComponentLinker linker, WasiConfig config, Resolve component) {
        UngrantedImports.define(create(linker, config), linker, component);
    }

    private static WasiHost create(ComponentLinker linker, WasiConfig config) {
        WasiHost host = new WasiHost(config);
        IoImports.define(host, linker);
        ClockImports.define(host, linker);
        RandomImports.define(host, linker);
        CliImports.define(host, linker);
        FilesystemImports.define(host, linker);
        return host;
    }

    /** Whether this host provides interface {@code name} ({@code "wasi:io/poll"}). */
    boolean grants(String name) { return GRANTED.contains(name); }

    /** The host instance of interface {@code name} (e.g. {@code "wasi:io/poll"}) at this host's version. */
    static ComponentLinker.HostInstance iface(ComponentLinker linker, String name) {
        if (!GRANTED.contains(name)) throw new IllegalArgumentException("not a granted interface: " + name);
        return linker.instance(name + "@" + VERSION);
    }

    /** Exports resource type {@code type} from {@code in} under {@code name} (defining or re-exporting it). */
    void resource(ComponentLinker.HostInstance in, String name, ResourceType type) {
        in.resource(name, type, destructors.get(type));
    }

    /** Defines function {@code name} with unnamed parameters of {@code params}. */
    static void func(ComponentLinker.HostInstance in, String name, Type result, HostComponentFunction f,
                     Type... params) {
        in.func(name, type(result, params), f);
    }

    /**
     * Defines function {@code name} like {@link #func}, with {@code typed} serving calls from a
     * component (the same behaviour, lifting and lowering through the Canonical ABI directly).
     */
    static void typedFunc(ComponentLinker.HostInstance in, String name, Type result, HostComponentFunction f,
                          TypedHostFunction typed, Type... params) {
        in.func(name, type(result, params), f, typed);
    }

    private static ComponentFuncType type(Type result, Type... params) {
        List<ComponentFuncType.Param> ps = new ArrayList<>();
        for (int i = 0; i < params.length; i++) ps.add(new ComponentFuncType.Param("p" + i, params[i]));
        return ComponentFuncType.of(ps, result);
    }
}
