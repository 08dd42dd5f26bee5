package dev.weft.component.wasi;

import dev.weft.component.Component;
import dev.weft.component.ComponentLinker;
import dev.weft.engine.Engine;
import dev.weft.engine.LinkException;
import dev.weft.engine.wasi.WasiConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A component importing an interface the host does not grant (wasi:sockets/tcp, whose functions use
 * wasi:io's output-stream) fails to link with plain {@link WasiP2#define}, and links with
 * {@link WasiP2#defineTrappingUngranted}, whose stand-in interface has the types the component expects
 * (a resource of its own, the output-stream it uses from wasi:io, an enum, a result). Calls to a
 * stand-in trap: see the CLI's RunProgramsTest.
 */
class UngrantedImportsTest {
    /** See src/test/wasi-programs/imports-tcp.wat. */
    private static final byte[] TCP = bytes();

    private final Engine engine = Engine.create();

    @Test
    void plainDefineRefusesTheUngrantedInterface() {
        ComponentLinker linker = ComponentLinker.create(engine);
        WasiP2.define(linker, WasiConfig.defaults());
        LinkException e = assertThrows(LinkException.class, () -> linker.instantiate(Component.fromBinary(engine, TCP)));
        assertEquals("unknown import: wasi:sockets/tcp@0.2.0", e.getMessage());
    }

    @Test
    void trappingStandInsLetItLink() {
        ComponentLinker linker = ComponentLinker.create(engine);
        WasiP2.defineTrappingUngranted(linker, WasiConfig.defaults(), engine, TCP);
        linker.instantiate(Component.fromBinary(engine, TCP)).close();
    }

    private static byte[] bytes() {
        try (InputStream in = UngrantedImportsTest.class.getResourceAsStream("/wasi/imports-tcp.wasm")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
