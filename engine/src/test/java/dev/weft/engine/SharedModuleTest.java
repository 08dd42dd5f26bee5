package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A Module is immutable: instances of it run on several threads at once without interfering. */
class SharedModuleTest {

    @Test
    void instancesOfOneModuleRunConcurrently() throws Exception {
        Engine engine = Engine.create();
        Module module = Module.fromText(engine, """
                (module (memory 1) (global $calls (mut i32) (i32.const 0))
                  (func $fib (param i32) (result i32)
                    (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
                    (if (result i32) (i32.lt_s (local.get 0) (i32.const 2)) (then (local.get 0))
                      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
                  (func (export "run") (param i32) (result i32 i32)
                    (i32.store (i32.const 0) (call $fib (local.get 0)))
                    (i32.load (i32.const 0)) (global.get $calls)))
                """);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object[]>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> Linker.create(engine).instantiate(module).func("run").call(20)));
            }
            for (Future<Object[]> f : results) {
                Object[] r = f.get();
                assertEquals(6765, r[0]);
                assertEquals(21891, r[1]);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
