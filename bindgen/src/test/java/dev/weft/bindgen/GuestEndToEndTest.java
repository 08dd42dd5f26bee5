package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bindings generated from guest component binaries (their embedded world), compiled in-test together
 * with a small driver written against the generated API (src/test/resources/e2e), loaded and called:
 * exports (test components) and host-implemented imports (runner components).
 */
class GuestEndToEndTest {
    private static final Path GUESTS = Path.of("../conformance/src/test/resources/guests");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "numbers|-56 -5 -1 -1 4294967295 -9223372036854775808 1.5 -0.25 \uD83D\uDE00 -7",
        "records|Tuple2[v0=4, v1=5] Tuple2[v0=2, v1=1] [B] [C, E] Tuple3[v0=[B7], v1=[B15], v2=[B0, B31]] R1[a=8, b=[A, B]] Tuple1[v0=9]",
        "variants|Optional[3] Optional.empty B false ok 5.0 err 2 Tuple4[v0=A[value=1], v1=B[], v2=A[value=2.5], v3=B[]]"
                + " Tuple6[v0=A[value=1], v1=B[value=2.0], v2=B[value=3.0], v3=A[value=4], v4=B[value=5.0], v5=A[value=6.0]]",
        "variants-paths|83 calls, differing: []",
        "lists|[1, 2, -1] h\u00e9llo \u2603 [0, -1][-2147483648, 2147483647] k",
        "resource_with_lists|[3] [4, 5, 32, 119, 111, 114, 108, 100]",
        "numbers-runner|ran, scalar -1",
        "resource-borrow-runner|new 42; new -1; foo 42; foo -1; foo 42; dropped 42; dropped -1",
        "records-runner|multiple; swap Tuple2[v0=1, v1=2]; swap Tuple2[v0=-1, v1=-1]; f1 []; f1 [A]; f1 [B]; f1 [A, B];"
                + " f2 []; f2 [C]; f2 [D]; f2 [C, D]; f2 [E]; f2 [C, E]; f2 [D, E]; f2 [C, D, E]; f3; f3;"
                + " r1 R1[a=8, b=[]]; r1 R1[a=-1, b=[A, B]]; t1 Tuple1[v0=1]; t1 Tuple1[v0=-1]",
        "options-runner|none-param Optional.empty; some-param Optional[foo]; roundtrip Optional.empty; roundtrip Optional[];"
                + " roundtrip Optional[foo]; roundtrip Optional[\uD83D\uDE80 unicode]; double Optional.empty;"
                + " double Optional[Optional.empty]; double Optional[Optional[0]]; double Optional[Optional[-1]]",
    })
    void guestCallsThroughGeneratedBindings(String guest, String expected) throws Exception {
        assertEquals(expected, run(guest));
    }

    String run(String guest) throws Exception {
        // "x-runner" is guest x's runner component, which imports what x's test component exports;
        // "x-paths" drives x's test component through the typed and the dynamic path.
        boolean runner = guest.endsWith("-runner");
        String dir = runner ? guest.substring(0, guest.length() - "-runner".length()) : guest.replace("-paths", "");
        Path wasm = GUESTS.resolve(dir).resolve(runner ? "runner.wasm" : "test.wasm");
        String pkg = "e2e." + guest.replace('-', '_');
        Map<String, String> sources = new TreeMap<>(Bindgen.generate(Bindgen.loadWorld(wasm, null), pkg).sources());
        sources.put(pkg.replace('.', '/') + "/Driver.java", resource("/e2e/" + guest + ".java.txt"));
        InMemoryCompiler.compile(sources, tmp);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> driver = loader.loadClass(pkg + ".Driver");
            return (String) driver.getMethod("run", byte[].class).invoke(null, (Object) Files.readAllBytes(wasm));
        }
    }

    private static String resource(String name) throws IOException {
        try (var in = GuestEndToEndTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
