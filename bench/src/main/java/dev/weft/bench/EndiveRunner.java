package dev.weft.bench;

import run.endive.runtime.ExportFunction;
import run.endive.runtime.Instance;
import run.endive.runtime.InterpreterMachine;
import run.endive.wasm.Parser;

/** A kernel instantiated on Endive's interpreter (its {@link InterpreterMachine}, chosen explicitly). */
final class EndiveRunner implements KernelRunner {

    private final ExportFunction run;

    EndiveRunner(byte[] wasm) {
        Instance instance = Instance.builder(Parser.parse(wasm))
                .withMachineFactory(InterpreterMachine::new)
                .build();
        this.run = instance.export("run");
    }

    @Override
    public long run(int n) {
        return run.apply(n)[0];
    }
}
