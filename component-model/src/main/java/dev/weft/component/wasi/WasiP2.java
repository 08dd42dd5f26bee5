package dev.weft.component.wasi;

import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.component.internal.wasi.WasiHost;
import dev.weft.component.wit.Resolve;
import dev.weft.component.wit.Wit;
import dev.weft.engine.Engine;
import dev.weft.engine.wasi.WasiConfig;
import dev.weft.engine.wasi.WasiExitException;

import java.util.Objects;

/**
 * A WASI 0.2 host for components. {@link #define} provides to a linker every interface of the
 * {@code wasi:cli/command} world except sockets: {@code wasi:cli} (environment, exit, stdio,
 * terminals), {@code wasi:io} (error, poll, streams), {@code wasi:clocks} (wall and monotonic),
 * {@code wasi:random} and {@code wasi:filesystem}, each at version 0.2.12, which satisfies imports
 * of any {@code 0.2.x}. A component importing anything not granted (e.g. {@code wasi:sockets/tcp})
 * fails to instantiate with a {@link dev.weft.engine.LinkException} naming that interface.
 * <pre>{@code
 * ComponentLinker linker = ComponentLinker.create(engine);
 * WasiP2.define(linker, WasiConfig.defaults().withArgs("app").withInheritedStdio());
 * int exitCode = WasiP2.run(linker.instantiate(Component.fromBinary(engine, bytes)));
 * }</pre>
 */
public final class WasiP2 {
    private WasiP2() {}

    /** Defines the WASI 0.2 interfaces, limited to what {@code config} grants, into {@code linker}. */
    public static void define(ComponentLinker linker, WasiConfig config) {
        WasiHost.define(Objects.requireNonNull(linker, "linker"), Objects.requireNonNull(config, "config"));
    }

    /**
     * Defines the WASI 0.2 interfaces like {@link #define}, and lets a component that imports more
     * than this host grants (e.g. {@code wasi:http/types}, which componentize-js's JavaScript
     * components import even when they never make a request) instantiate: every other interface
     * {@code component} imports is defined with the types it expects and functions that trap, naming
     * the function, when called. Resources such an interface uses from a granted one are the host's.
     */
    public static void defineTrappingUngranted(ComponentLinker linker, WasiConfig config, Engine engine,
                                               byte[] component) {
        Resolve world = Wit.componentWorld(Objects.requireNonNull(engine, "engine"), component, "component");
        WasiHost.defineTrappingUngranted(Objects.requireNonNull(linker, "linker"),
                Objects.requireNonNull(config, "config"), world);
    }

    /**
     * Runs a command component: calls its {@code wasi:cli/run} export's {@code run} and returns the
     * exit code — 0 for {@code ok}, 1 for {@code err}, or the code the component passed to
     * {@code wasi:cli/exit}. Traps throw {@link dev.weft.engine.TrapException}.
     */
    public static int run(ComponentInstance instance) {
        try {
            Val result = instance.instance("wasi:cli/run").func("run").call();
            return result instanceof Val.ResultVal r && r.isOk() ? 0 : 1;
        } catch (WasiExitException e) {
            return e.exitCode();
        }
    }
}
