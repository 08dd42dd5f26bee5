package dev.weft.engine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.weft.engine.Engine;
import dev.weft.engine.EngineConfig;
import dev.weft.engine.ExportType;
import dev.weft.engine.FuncType;
import dev.weft.engine.Instance;
import dev.weft.engine.Linker;
import dev.weft.engine.Module;
import dev.weft.engine.V128;
import dev.weft.engine.ValueType;
import dev.weft.engine.WasmException;
import java.util.List;

/**
 * Arbitrary bytes that make a valid module without imports are instantiated, and each exported
 * function is called with zero arguments: the compiler and the interpreter face whatever the
 * validator accepts. Tight limits keep every run short and small.
 */
class ModuleRunFuzzTest {
    private static final Engine ENGINE = Engine.create(EngineConfig.defaults().withFuel(20_000)
            .withMaxCallDepth(300).withMaxMemoryPages(32).withMaxTableElements(10_000));

    @FuzzTest
    void instantiateAndCall(@NotNull byte[] bytes) {
        Instance instance;
        try {
            instance = Linker.create(ENGINE).instantiate(Module.fromBinary(ENGINE, bytes));
        } catch (WasmException e) {
            Documented.rejection(e);
            return;
        }
        for (ExportType export : instance.module().exports()) {
            if (!(export.type() instanceof FuncType type)) continue;
            Object[] args = zeros(type.params());
            if (args == null) continue;
            try {
                instance.func(export.name()).call(args);
            } catch (WasmException e) {
                Documented.rejection(e); // traps, uncaught wasm exceptions
            }
        }
    }

    /** Zero or null for each parameter, or null when one has no such value (a non-nullable reference). */
    private static Object[] zeros(List<ValueType> params) {
        Object[] args = new Object[params.size()];
        for (int i = 0; i < args.length; i++) {
            ValueType t = params.get(i);
            args[i] = switch (t.kind()) {
                case I32 -> 0;
                case I64 -> 0L;
                case F32 -> 0f;
                case F64 -> 0d;
                case V128 -> new V128(0, 0);
                case REF -> null;
            };
            if (t.isReference() && !t.nullable()) return null;
        }
        return args;
    }
}
