package dev.weft.component.wasi;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Val;
import dev.weft.engine.LinkException;
import dev.weft.engine.wasi.WasiConfig;
import dev.weft.engine.wasi.WasiExitException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static dev.weft.component.wasi.HostApi.elements;
import static dev.weft.component.wasi.HostApi.u64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** wasi:cli environment, exit and terminals; wall clock; random — imported at assorted 0.2.x versions. */
class CliClocksRandomTest {
    private static final String IMPORTS = """
            (import "wasi:cli/environment@0.2.3" (instance $env
              (type (option string))
              (type (func (result 0)))
              (export "initial-cwd" (func (type 1)))
              (type (list string))
              (type (func (result 2)))
              (export "get-arguments" (func (type 3)))))
            (import "wasi:cli/exit@0.2.12" (instance $exit
              (type (func (param "status-code" u8)))
              (export "exit-with-code" (func (type 0)))
              (type (result))
              (type (func (param "status" 1)))
              (export "exit" (func (type 2)))))
            (import "wasi:cli/terminal-output@0.2.0" (instance $to
              (export "terminal-output" (type (sub resource)))))
            (import "wasi:cli/terminal-stdout@0.2.0" (instance $ts
              (export "terminal-output" (type (sub resource)))
              (type (own 0))
              (type (option 1))
              (type (func (result 2)))
              (export "get-terminal-stdout" (func (type 3)))))
            (import "wasi:clocks/wall-clock@0.2.0" (instance $wall
              (type (record (field "seconds" u64) (field "nanoseconds" u32)))
              (export "datetime" (type (eq 0)))
              (type (func (result 1)))
              (export "now" (func (type 2)))))
            (import "wasi:random/random@0.2.0" (instance $r
              (type (list u8))
              (type (func (param "len" u64) (result 0)))
              (export "get-random-bytes" (func (type 1)))))
            (import "wasi:random/insecure-seed@0.2.0" (instance $seed
              (type (tuple u64 u64))
              (type (func (result 0)))
              (export "insecure-seed" (func (type 1)))))
            (export "initial-cwd" (func $env "initial-cwd"))
            (export "get-arguments" (func $env "get-arguments"))
            (export "exit-with-code" (func $exit "exit-with-code"))
            (export "exit" (func $exit "exit"))
            (export "get-terminal-stdout" (func $ts "get-terminal-stdout"))
            (export "wall-now" (func $wall "now"))
            (export "random-bytes" (func $r "get-random-bytes"))
            (export "insecure-seed" (func $seed "insecure-seed"))
            """;

    @Test
    void environmentReportsWhatWasGranted() {
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withArgs("app", "x"), IMPORTS);
        assertEquals(new Val.OptionVal(null), w.func("initial-cwd").call());
        assertEquals(List.of(new Val.Str("app"), new Val.Str("x")), elements(w.func("get-arguments").call()));
        ComponentInstance cwd = HostApi.instantiate(WasiConfig.defaults().withInitialCwd("/data"), IMPORTS);
        assertEquals(new Val.OptionVal(new Val.Str("/data")), cwd.func("initial-cwd").call());
    }

    @Test
    void exitUnwindsWithTheStatus() {
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults(), IMPORTS);
        assertEquals(42, assertThrows(WasiExitException.class,
                () -> w.func("exit-with-code").call(new Val.U8((byte) 42))).exitCode());
        assertEquals(255, assertThrows(WasiExitException.class,
                () -> w.func("exit-with-code").call(new Val.U8((byte) -1))).exitCode());
        assertEquals(0, assertThrows(WasiExitException.class,
                () -> w.func("exit").call(new Val.ResultVal(true, null))).exitCode());
        assertEquals(1, assertThrows(WasiExitException.class,
                () -> w.func("exit").call(new Val.ResultVal(false, null))).exitCode());
    }

    @Test
    void stdoutIsATerminalOnlyWhenConfigured() {
        assertNull(((Val.OptionVal) HostApi.instantiate(WasiConfig.defaults(), IMPORTS)
                .func("get-terminal-stdout").call()).value());
        assertNotNull(((Val.OptionVal) HostApi.instantiate(WasiConfig.defaults().withTerminals(false, true, false),
                IMPORTS).func("get-terminal-stdout").call()).value());
    }

    @Test
    void wallClockSplitsSecondsAndNanoseconds() {
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withClock(new FakeClock()), IMPORTS);
        // FakeClock: 1_700_000_000_123_456_789 + 1_000_000_000 ns
        assertEquals(new Val.RecordVal(List.of(new Val.NamedVal("seconds", u64(1_700_000_001L)),
                new Val.NamedVal("nanoseconds", new Val.U32(123_456_789)))), w.func("wall-now").call());
    }

    @Test
    void randomComesFromTheConfiguredGenerators() {
        WasiConfig cfg = WasiConfig.defaults().withRandom(new SplittableRandom(7))
                .withInsecureRandom(new SplittableRandom(9));
        byte[] expected = new byte[5];
        new SplittableRandom(7).nextBytes(expected);
        List<Val> got = elements(HostApi.instantiate(cfg, IMPORTS).func("random-bytes").call(u64(5)));
        for (int i = 0; i < 5; i++) assertEquals(new Val.U8(expected[i]), got.get(i));
        SplittableRandom seed = new SplittableRandom(9);
        assertEquals(new Val.TupleVal(List.of(u64(seed.nextLong()), u64(seed.nextLong()))),
                HostApi.instantiate(cfg.withInsecureRandom(new SplittableRandom(9)), IMPORTS)
                        .func("insecure-seed").call());
    }

    @Test
    void importingSocketsFailsNamingTheInterface() {
        LinkException e = assertThrows(LinkException.class, () -> HostApi.instantiate(WasiConfig.defaults(), """
                (import "wasi:sockets/tcp@0.2.0" (instance
                  (export "tcp-socket" (type (sub resource)))))
                """));
        assertEquals("unknown import", e.reason());
        assertTrue(e.getMessage().contains("wasi:sockets/tcp@0.2.0"), e.getMessage());
    }

    @Test
    void anotherMajorOrMinorVersionIsNotSatisfied() {
        LinkException e = assertThrows(LinkException.class, () -> HostApi.instantiate(WasiConfig.defaults(), """
                (import "wasi:random/random@0.3.0" (instance
                  (type (func (result u64)))
                  (export "get-random-u64" (func (type 0)))))
                """));
        assertTrue(e.getMessage().contains("wasi:random/random@0.3.0"), e.getMessage());
    }
}
