package dev.weft.bench.component;

import dev.weft.component.Component;
import dev.weft.component.ComponentFunc;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Host → guest calls into a component on the interpreter: {@code add(u32, u32) -> u32}, a 1 KiB string
 * round trip and a 1 MiB {@code list<u8>} round trip, through the bindings generated at compile time
 * (the typed fast path, {@code typed*}) and through the dynamic {@code Val} API ({@code dynamic*}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComponentCallBenchmark {
    /** 1024 chars, mostly ASCII with some Latin-1 and BMP characters, as text usually is. */
    static final String STRING_1K = "weft ünïcode ✓ ".repeat(69).substring(0, 1024);
    static final byte[] BYTES_1M = bytes(1 << 20);

    private Calls typed;
    private ComponentInstance dynamic;
    private ComponentFunc add;
    private ComponentFunc echoString;
    private ComponentFunc echoBytes;
    private Val.ListVal bytesVal;
    private int a = 1;

    @Setup(Level.Trial)
    public void setUp() {
        Engine engine = Engine.create();
        Component component = load(engine);
        typed = Calls.builder().engine(engine).component(component).build();
        dynamic = ComponentLinker.create(engine).instantiate(component);
        add = dynamic.func("add");
        echoString = dynamic.func("echo-string");
        echoBytes = dynamic.func("echo-bytes");
        List<Val> elements = new ArrayList<>(BYTES_1M.length);
        for (byte b : BYTES_1M) elements.add(new Val.U8(b));
        bytesVal = new Val.ListVal(elements);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        typed.close();
        dynamic.close();
    }

    @Benchmark
    public int typedAdd() { return typed.add(a++, 2); }

    @Benchmark
    public String typedString1K() { return typed.echoString(STRING_1K); }

    @Benchmark
    public byte[] typedBytes1M() { return typed.echoBytes(BYTES_1M); }

    @Benchmark
    public Val dynamicAdd() { return add.call(new Val.U32(a++), new Val.U32(2)); }

    @Benchmark
    public Val dynamicString1K() { return echoString.call(new Val.Str(STRING_1K)); }

    @Benchmark
    public Val dynamicBytes1M() { return echoBytes.call(bytesVal); }

    /** The benchmark guest, written in component text (bench/src/main/resources/components/calls.wat). */
    static Component load(Engine engine) {
        try (InputStream in = ComponentCallBenchmark.class.getResourceAsStream("/components/calls.wat")) {
            if (in == null) throw new IllegalStateException("missing resource /components/calls.wat");
            return Component.fromText(engine, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (i * 31 + (i >>> 8));
        return b;
    }
}
