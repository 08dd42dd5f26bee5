package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ls.wasm: a directory far larger than wasi-libc's readdir buffer is listed completely, in order. */
class WasiListingTest {

    @Test
    void largeDirectoriesAreListedCompletely(@TempDir Path dir) throws IOException {
        Path big = Files.createDirectories(dir.resolve("big"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String name = "file-with-a-rather-long-name-%03d.txt".formatted(i);
            Files.writeString(big.resolve(name), "x".repeat(i));
            expected.add("- %6d %s".formatted(i, name));
        }
        Files.createDirectories(big.resolve("zz-subdir"));
        Files.createSymbolicLink(big.resolve("zz-link"), Path.of("../../outside"));
        long dirSize = Files.size(big.resolve("zz-subdir"));
        expected.add("l %6d zz-link".formatted("../../outside".length()));
        expected.add("d %6d zz-subdir".formatted(dirSize));
        expected.add("/data/big: 402 entries");
        GuestProgram.Result r = GuestProgram.run("ls",
                WasiConfig.defaults().withPreopen(dir, "/data", true).withArgs("ls", "/data/big"));
        assertEquals(String.join("\n", expected) + "\n", r.stdout());
        assertEquals(0, r.exitCode());
    }
}
