package dev.weft.component.internal.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.component.bindings.TypedExport;
import dev.weft.engine.Engine;
import dev.weft.engine.TrapException;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value within the lift budget that the heap cannot hold: in a JVM with a small heap, lifting a
 * list of 4 Mi bools as {@code Val}s runs out of memory, which becomes a TrapException, and the same
 * JVM then lifts the list on the typed path (4 MiB) and serves further calls.
 */
class OutOfMemoryLiftTest {
    /** Runs in the small JVM: prints what each call gave. */
    public static void main(String[] args) {
        Engine engine = Engine.create();
        ComponentInstance inst = ComponentLinker.create(engine).instantiate(Component.fromText(engine, HostileSizeTest.GUEST));
        inst.func("set").call(new Val.U32(1 << 22), new Val.U32(0));
        try {
            System.out.println("dynamic: " + ((Val.ListVal) inst.func("bools").call()).elements().size());
        } catch (TrapException e) {
            System.out.println("dynamic: " + e.reason());
        }
        byte[] typed = new TypedExport(inst, "bools").invoke(c -> { }, c -> {
            long at = c.spilledArea(8, 4);
            return c.loadBytes(c.getPtr(at), c.getPtr(at + 4));
        });
        System.out.println("typed: " + typed.length);
    }

    @Test
    void runningOutOfHeapWhileLiftingTraps() throws IOException, InterruptedException, URISyntaxException {
        List<String> path = new ArrayList<>();
        // the test classes are patched into the module, so on neither path
        path.add(Path.of(OutOfMemoryLiftTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        for (String p : new String[] {"jdk.module.path", "java.class.path"}) {
            String v = System.getProperty(p);
            if (v != null && !v.isEmpty()) path.add(v);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx24m", "-XX:+UseSerialGC",
                "-cp", String.join(File.pathSeparator, path), OutOfMemoryLiftTest.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out);
        assertEquals("dynamic: out of memory lifting a list of 4194304 elements\ntyped: 4194304\n", out.replace("\r", ""));
    }
}
