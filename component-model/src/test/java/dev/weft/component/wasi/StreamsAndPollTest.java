package dev.weft.component.wasi;

import dev.weft.component.ComponentInstance;
import dev.weft.component.Val;
import dev.weft.engine.wasi.WasiConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.weft.component.wasi.HostApi.borrow;
import static dev.weft.component.wasi.HostApi.bytes;
import static dev.weft.component.wasi.HostApi.elements;
import static dev.weft.component.wasi.HostApi.err;
import static dev.weft.component.wasi.HostApi.ok;
import static dev.weft.component.wasi.HostApi.text;
import static dev.weft.component.wasi.HostApi.u64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** wasi:io streams, error and poll, with stdio and monotonic-clock pollables, imported at 0.2.0. */
class StreamsAndPollTest {
    private static final String IMPORTS = """
            (import "wasi:io/error@0.2.0" (instance $err
              (export "error" (type (sub resource)))
              (type (borrow 0))
              (type (func (param "self" 1) (result string)))
              (export "[method]error.to-debug-string" (func (type 2)))))
            (import "wasi:io/streams@0.2.0" (instance $s
              (export "error" (type (sub resource)))
              (export "pollable" (type (sub resource)))
              (export "input-stream" (type (sub resource)))
              (export "output-stream" (type (sub resource)))
              (type (own 0))
              (type (variant (case "last-operation-failed" 4) (case "closed")))
              (export "stream-error" (type (eq 5)))
              (type (borrow 2))
              (type (borrow 3))
              (type (list u8))
              (type (result 9 (error 6)))
              (type (func (param "self" 7) (param "len" u64) (result 10)))
              (export "[method]input-stream.read" (func (type 11)))
              (export "[method]input-stream.blocking-read" (func (type 11)))
              (type (result u64 (error 6)))
              (type (func (param "self" 7) (param "len" u64) (result 12)))
              (export "[method]input-stream.skip" (func (type 13)))
              (type (own 1))
              (type (func (param "self" 7) (result 14)))
              (export "[method]input-stream.subscribe" (func (type 15)))
              (type (func (param "self" 8) (result 12)))
              (export "[method]output-stream.check-write" (func (type 16)))
              (type (result (error 6)))
              (type (func (param "self" 8) (param "contents" 9) (result 17)))
              (export "[method]output-stream.write" (func (type 18)))
              (export "[method]output-stream.blocking-write-and-flush" (func (type 18)))
              (type (func (param "self" 8) (param "len" u64) (result 17)))
              (export "[method]output-stream.write-zeroes" (func (type 19)))
              (type (func (param "self" 8) (param "src" 7) (param "len" u64) (result 12)))
              (export "[method]output-stream.splice" (func (type 20)))))
            (import "wasi:io/poll@0.2.0" (instance $p
              (export "pollable" (type (sub resource)))
              (type (borrow 0))
              (type (func (param "self" 1) (result bool)))
              (export "[method]pollable.ready" (func (type 2)))
              (type (list 1))
              (type (list u32))
              (type (func (param "in" 3) (result 4)))
              (export "poll" (func (type 5)))))
            (import "wasi:clocks/monotonic-clock@0.2.0" (instance $m
              (export "pollable" (type (sub resource)))
              (type (own 0))
              (type (func (param "when" u64) (result 1)))
              (export "subscribe-duration" (func (type 2)))
              (export "subscribe-instant" (func (type 2)))
              (type (func (result u64)))
              (export "now" (func (type 3)))))
            (import "wasi:cli/stdin@0.2.0" (instance $in
              (export "input-stream" (type (sub resource)))
              (type (own 0))
              (type (func (result 1)))
              (export "get-stdin" (func (type 2)))))
            (import "wasi:cli/stdout@0.2.0" (instance $out
              (export "output-stream" (type (sub resource)))
              (type (own 0))
              (type (func (result 1)))
              (export "get-stdout" (func (type 2)))))
            (export "to-debug-string" (func $err "[method]error.to-debug-string"))
            (export "read" (func $s "[method]input-stream.read"))
            (export "blocking-read" (func $s "[method]input-stream.blocking-read"))
            (export "skip" (func $s "[method]input-stream.skip"))
            (export "subscribe" (func $s "[method]input-stream.subscribe"))
            (export "check-write" (func $s "[method]output-stream.check-write"))
            (export "write" (func $s "[method]output-stream.write"))
            (export "write-and-flush" (func $s "[method]output-stream.blocking-write-and-flush"))
            (export "write-zeroes" (func $s "[method]output-stream.write-zeroes"))
            (export "splice" (func $s "[method]output-stream.splice"))
            (export "ready" (func $p "[method]pollable.ready"))
            (export "poll" (func $p "poll"))
            (export "subscribe-duration" (func $m "subscribe-duration"))
            (export "subscribe-instant" (func $m "subscribe-instant"))
            (export "now" (func $m "now"))
            (export "get-stdin" (func $in "get-stdin"))
            (export "get-stdout" (func $out "get-stdout"))
            """;

    private static WasiConfig withStdin(String s) {
        return WasiConfig.defaults().withStdin(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readingStdinGivesItsBytesThenClosed() {
        ComponentInstance w = HostApi.instantiate(withStdin("hello"), IMPORTS);
        Val in = borrow(w.func("get-stdin").call());
        assertEquals("hel", text(ok(w.func("read").call(in, u64(3)))));
        assertEquals("lo", text(ok(w.func("blocking-read").call(in, u64(10)))));
        // without waiting the host can not tell "no data yet" from the end: nothing is read
        assertEquals("", text(ok(w.func("read").call(in, u64(10)))));
        assertEquals(new Val.VariantVal("closed", null), err(w.func("blocking-read").call(in, u64(10))));
        assertEquals(new Val.VariantVal("closed", null), err(w.func("read").call(in, u64(10))));
    }

    @Test
    void skipDiscardsBytes() {
        ComponentInstance w = HostApi.instantiate(withStdin("abcdef"), IMPORTS);
        Val in = borrow(w.func("get-stdin").call());
        assertEquals(u64(2), ok(w.func("skip").call(in, u64(2))));
        assertEquals("cdef", text(ok(w.func("read").call(in, u64(10)))));
    }

    @Test
    void writesReachStdoutInOrder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComponentInstance w = HostApi.instantiate(withStdin("spliced").withStdout(out), IMPORTS);
        Val o = borrow(w.func("get-stdout").call());
        assertTrue(((Val.U64) ok(w.func("check-write").call(o))).value() > 0);
        assertNull(ok(w.func("write").call(o, bytes("hi"))));
        assertNull(ok(w.func("write-zeroes").call(o, u64(2))));
        assertNull(ok(w.func("write-and-flush").call(o, bytes("!"))));
        Val in = borrow(w.func("get-stdin").call());
        assertEquals(u64(7), ok(w.func("splice").call(o, in, u64(100))));
        assertEquals("hi\0\0!spliced", out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aFailingSinkReportsLastOperationFailedWithItsReason() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException { throw new IOException("disk on fire"); }
        };
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withStdout(broken), IMPORTS);
        Val o = borrow(w.func("get-stdout").call());
        Val.VariantVal e = (Val.VariantVal) err(w.func("write").call(o, bytes("x")));
        assertEquals("last-operation-failed", e.caseName());
        assertEquals(new Val.Str("disk on fire"), w.func("to-debug-string").call(borrow(e.payload())));
    }

    @Test
    void pollReturnsTheReadyTimersAndWaitsForTheEarliest() {
        FakeClock clock = new FakeClock();
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withClock(clock), IMPORTS);
        Val later = w.func("subscribe-duration").call(u64(5_000));
        Val now = w.func("subscribe-duration").call(u64(0));
        Val list = new Val.ListVal(List.of(borrow(later), borrow(now)));
        assertEquals(List.of(new Val.U32(1)), elements(w.func("poll").call(list)));
        assertEquals(new Val.Bool(false), w.func("ready").call(borrow(later)));
        assertEquals(0, clock.slept);

        Val muchLater = w.func("subscribe-duration").call(u64(9_000));
        assertEquals(List.of(new Val.U32(0)),
                elements(w.func("poll").call(new Val.ListVal(List.of(borrow(later), borrow(muchLater))))));
        assertEquals(5_000, clock.slept);
        assertEquals(new Val.Bool(true), w.func("ready").call(borrow(later)));
        assertEquals(new Val.Bool(false), w.func("ready").call(borrow(muchLater)));
    }

    @Test
    void monotonicInstantsCountFromTheHostsStart() {
        FakeClock clock = new FakeClock();
        ComponentInstance w = HostApi.instantiate(WasiConfig.defaults().withClock(clock), IMPORTS);
        assertEquals(u64(0), w.func("now").call());
        Val at = w.func("subscribe-instant").call(u64(300));
        assertEquals(List.of(new Val.U32(0)), elements(w.func("poll").call(new Val.ListVal(List.of(borrow(at))))));
        assertEquals(u64(300), w.func("now").call());
    }

    @Test
    void stdinPollableIsReadyWithDataAndAtTheEnd() {
        ComponentInstance w = HostApi.instantiate(withStdin("x"), IMPORTS);
        Val in = borrow(w.func("get-stdin").call());
        Val p = w.func("subscribe").call(in);
        assertEquals(new Val.Bool(true), w.func("ready").call(borrow(p)));
        assertEquals("x", text(ok(w.func("read").call(in, u64(10)))));
        assertEquals(List.of(new Val.U32(0)), elements(w.func("poll").call(new Val.ListVal(List.of(borrow(p))))));
        assertEquals(new Val.VariantVal("closed", null), err(w.func("read").call(in, u64(10))));
    }

    @Test
    void pollOverStdinAndATimerReportsStdinWhenItHasData() {
        FakeClock clock = new FakeClock();
        ComponentInstance w = HostApi.instantiate(withStdin("data").withClock(clock), IMPORTS);
        Val in = borrow(w.func("get-stdin").call());
        Val stdin = w.func("subscribe").call(in);
        Val timer = w.func("subscribe-duration").call(u64(1_000_000));
        assertEquals(List.of(new Val.U32(1)),
                elements(w.func("poll").call(new Val.ListVal(List.of(borrow(timer), borrow(stdin))))));
        assertEquals(0, clock.slept);
    }
}
