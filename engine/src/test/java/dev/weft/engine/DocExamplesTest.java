package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples in the public javadoc, kept runnable. */
class DocExamplesTest {

    @Test
    void packageExample() {
        List<Object> logged = new ArrayList<>();
        Engine engine = Engine.create();
        Module module = Module.fromText(engine, """
                (module
                  (import "env" "log" (func $log (param i32)))
                  (func (export "run") (param i32) (result i32)
                    (call $log (local.get 0))
                    (i32.mul (local.get 0) (i32.const 2))))
                """);
        Linker linker = Linker.create(engine)
                .func("env", "log", FuncType.of(List.of(ValueType.I32), List.of()),
                        args -> {
                            logged.add(args[0]);
                            return null;
                        });
        Instance instance = linker.instantiate(module);
        int doubled = (Integer) instance.func("run").call(21)[0];
        assertEquals(42, doubled);
        assertEquals(List.of(21), logged);
    }

    @Test
    void engineExample() {
        Engine engine = Engine.create();
        Module module = Module.fromText(engine, "(module (func (export \"answer\") (result i32) i32.const 42))");
        Instance instance = Linker.create(engine).instantiate(module);
        int answer = (Integer) instance.func("answer").call()[0];
        assertEquals(42, answer);
    }

    @Test
    void memoryAndGlobalExamples() {
        Memory mem = Memory.create(new MemoryType(1, 16, false));
        mem.writeInt(16, 42);
        byte[] bytes = new byte[4];
        mem.read(16, bytes, 0, 4);
        assertEquals(42, bytes[0]);
        Global counter = Global.create(new GlobalType(ValueType.I64, true), 0L);
        counter.set(5L);
        assertEquals(5L, counter.get());
        assertEquals(-5, I31.of(-5).signed());
        assertEquals(0x7ffffffb, I31.of(-5).unsigned());
    }
}
