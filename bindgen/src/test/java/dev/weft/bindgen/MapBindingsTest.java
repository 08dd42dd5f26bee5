package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Type;
import dev.weft.component.Val;
import dev.weft.component.wit.Wit;
import dev.weft.engine.Engine;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code map<K, V>} in generated bindings: a {@code java.util.Map} in iteration order, crossing the
 * ABI as a list of (key, value) tuples, both as an export's parameter and result (typed path) and as
 * a host function's parameter; the typed export gives what the dynamic API gives.
 */
class MapBindingsTest {
    private static final String WIT = """
            package t:m;
            world maps {
              import sum: func(m: map<string, u32>) -> u32;
              export echo: func(m: map<string, u32>) -> map<string, u32>;
              export call-sum: func() -> u32;
            }
            """;

    /** echo returns the entry list it was given; call-sum passes {"a": 5, "bc": 7} to the host's sum. */
    private static final String GUEST = """
            (component
              (import "sum" (func $sum (param "m" (map string u32)) (result u32)))
              (core module $Mem
                (memory (export "mem") 1)
                (global $next (mut i32) (i32.const 1024))
                (func (export "realloc") (param i32 i32 i32 i32) (result i32)
                  (local $p i32)
                  (local.set $p (i32.and (i32.add (global.get $next) (i32.sub (local.get 2) (i32.const 1)))
                                         (i32.sub (i32.const 0) (local.get 2))))
                  (global.set $next (i32.add (local.get $p) (local.get 3)))
                  (local.get $p))
                (func (export "echo") (param i32 i32) (result i32)
                  (i32.store (i32.const 16) (local.get 0)) (i32.store (i32.const 20) (local.get 1)) (i32.const 16)))
              (core instance $mem (instantiate $Mem))
              (alias core export $mem "mem" (core memory $memory))
              (alias core export $mem "realloc" (core func $realloc))
              (core func $sum-core (canon lower (func $sum) (memory $memory)))
              (core module $Caller
                (import "" "mem" (memory 1))
                (import "" "sum" (func $sum (param i32 i32) (result i32)))
                (data (i32.const 64) "abc")
                (data (i32.const 128) "\\40\\00\\00\\00\\01\\00\\00\\00\\05\\00\\00\\00\\41\\00\\00\\00\\02\\00\\00\\00\\07\\00\\00\\00")
                (func (export "call-sum") (result i32) (call $sum (i32.const 128) (i32.const 2))))
              (core instance $caller (instantiate $Caller
                (with "" (instance (export "mem" (memory $memory)) (export "sum" (func $sum-core))))))
              (func (export "echo") (param "m" (map string u32)) (result (map string u32))
                (canon lift (core func $mem "echo") (memory $memory) (realloc $realloc)))
              (func (export "call-sum") (result u32) (canon lift (core func $caller "call-sum")))
            )
            """;

    private static final String DRIVER = """
            package e2e.maps;

            import dev.weft.component.Component;
            import java.util.LinkedHashMap;
            import java.util.Map;

            public final class Driver {
                private Driver() {}

                public static String run(Component component) {
                    StringBuilder out = new StringBuilder();
                    MapsImports host = m -> {
                        int s = 0;
                        for (Map.Entry<String, Integer> e : m.entrySet()) s += e.getValue() * 10 + e.getKey().length();
                        out.append("sum ").append(m).append("; ");
                        return s;
                    };
                    try (Maps w = Maps.builder().component(component).imports(host).build()) {
                        Map<String, Integer> in = new LinkedHashMap<>();
                        in.put("z\\u00e9", -1);
                        in.put("", 0);
                        in.put("a", 42);
                        out.append("echo ").append(w.echo(in)).append("; ");
                        out.append("echo ").append(w.echo(Map.of())).append("; ");
                        out.append("call-sum ").append(w.callSum());
                    }
                    return out.toString();
                }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void mapsRoundTripThroughGeneratedBindings() throws Exception {
        Map<String, String> sources = new TreeMap<>(Bindgen.generate(Wit.parseString(WIT, "maps.wit").selectWorld(null), "e2e.maps").sources());
        sources.put("e2e/maps/Driver.java", DRIVER);
        InMemoryCompiler.compile(sources, tmp);
        Engine engine = Engine.create();
        Component component = Component.fromText(engine, GUEST);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, getClass().getClassLoader())) {
            Object result = loader.loadClass("e2e.maps.Driver").getMethod("run", Component.class).invoke(null, component);
            assertEquals("echo {z\u00e9=-1, =0, a=42}; echo {}; call-sum sum {a=5, bc=7}; 123", result);
        }
    }

    @Test
    void theDynamicApiSeesTheSameEntries() {
        Engine engine = Engine.create();
        ComponentLinker linker = ComponentLinker.create(engine);
        linker.func("sum", dev.weft.component.ComponentFuncType.of(List.of(new dev.weft.component.ComponentFuncType.Param("m",
                new Type.MapType(Type.Primitive.STRING, Type.Primitive.U32))), Type.Primitive.U32), args -> new Val.U32(0));
        try (ComponentInstance inst = linker.instantiate(Component.fromText(engine, GUEST))) {
            Val.MapVal map = new Val.MapVal(List.of(new Val.MapEntry(new Val.Str("z\u00e9"), new Val.U32(-1)),
                    new Val.MapEntry(new Val.Str(""), new Val.U32(0)), new Val.MapEntry(new Val.Str("a"), new Val.U32(42))));
            assertEquals(map, inst.func("echo").call(map));
        }
    }
}
