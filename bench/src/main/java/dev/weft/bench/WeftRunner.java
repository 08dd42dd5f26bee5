package dev.weft.bench;

import dev.weft.engine.Engine;
import dev.weft.engine.EngineConfig;
import dev.weft.engine.ExecutionMode;
import dev.weft.engine.Func;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;

/** A kernel instantiated on Weft's interpreter (chosen explicitly, whatever the default mode becomes). */
final class WeftRunner implements KernelRunner {

    private final Func run;

    WeftRunner(byte[] wasm) {
        Engine engine = Engine.create(EngineConfig.defaults().withMode(ExecutionMode.INTERPRETER));
        Module module = Module.fromBinary(engine, wasm);
        this.run = Linker.create(engine).instantiate(module).func("run");
    }

    @Override
    public long run(int n) {
        return ((Number) run.call(n)[0]).longValue();
    }
}
