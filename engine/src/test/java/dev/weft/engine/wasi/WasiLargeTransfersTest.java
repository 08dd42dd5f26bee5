package dev.weft.engine.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bigio.wasm: transfers larger than the host's buffer, scattered iovecs, offsets, a big stdout write. */
class WasiLargeTransfersTest {

    @Test
    void largeAndScatteredTransfersArriveWhole(@TempDir Path dir) throws IOException {
        GuestProgram.Result r = GuestProgram.run("bigio", WasiConfig.defaults().withPreopen(dir, "/sandbox", false));
        byte[] data = new byte[300000];
        int checksum = 0;
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + i / 251);
            checksum = checksum * 31 + (data[i] & 0xFF);
        }
        String z = "z".repeat(99999) + "\n";
        assertEquals("""
                write=300000
                read=300000 same=1
                read at end=0
                pread=200000 same=1
                pwrite=3
                at 65535: XYZ
                writev=70006
                readv=70006 a=abcd b-same=1 c=ef
                checksum=%s
                %sstdout write=100000
                """.formatted(Integer.toUnsignedString(checksum), z), r.stdout());
        byte[] expected = data.clone();
        System.arraycopy("abcd".getBytes(), 0, expected, 0, 4);
        System.arraycopy(data, 0, expected, 4, 70000);
        System.arraycopy("ef".getBytes(), 0, expected, 70004, 2);
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("big.bin")));
    }
}
