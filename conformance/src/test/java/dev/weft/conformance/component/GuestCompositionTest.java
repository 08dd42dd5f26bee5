package dev.weft.conformance;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The guest components built from C (src/test/resources/guests/NAME/{test,runner}.wasm), composed
 * through the dynamic API alone: the interfaces the {@code test} component exports are linked into
 * the {@code runner} component, whose {@code run} export calls every import and traps on a wrong
 * result. Runners that import something the test component does not export (they need a Java
 * host) are left to the bindings tests.
 *
 * <p>Lives in package {@code dev.weft.conformance} although its file sits in the {@code component} folder.
 */
class GuestCompositionTest {
    private static final Path GUESTS = Path.of("src/test/resources/guests");

    @TestFactory
    Stream<DynamicTest> runnersPassAgainstTheirTestComponents() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GUESTS), "no guest components");
        List<Path> guests;
        try (Stream<Path> s = Files.list(GUESTS)) {
            guests = s.filter(d -> Files.exists(d.resolve("test.wasm")) && Files.exists(d.resolve("runner.wasm")))
                    .sorted().toList();
        }
        return guests.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> compose(d)));
    }

    private static void compose(Path guest) throws IOException {
        Engine engine = Engine.create();
        Component test = Component.fromBinary(engine, Files.readAllBytes(guest.resolve("test.wasm")));
        Component runner = Component.fromBinary(engine, Files.readAllBytes(guest.resolve("runner.wasm")));
        Assumptions.assumeTrue(test.importNames().isEmpty() && test.exportNames().containsAll(runner.importNames()),
                "the runner needs imports only a Java host provides");
        ComponentLinker linker = ComponentLinker.create(engine);
        ComponentInstance tested = linker.instantiate(test);
        for (String name : runner.importNames()) linker.instance(name, tested.instance(name));
        // run traps on any result that differs from what it expects
        linker.instantiate(runner).func("run").call();
    }
}
