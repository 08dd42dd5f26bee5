package dev.weft.component.wasi;

import dev.weft.component.Component;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.engine.Engine;
import dev.weft.engine.TrapException;
import dev.weft.engine.wasi.WasiConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Megabytes through {@code wasi:io/streams} from a component's own linear memory, the way compiled
 * programs call it (canon lower, so the host's typed bodies serve the calls): every byte arrives
 * in order and unchanged.
 */
class LargeTransfersTest {
    private static final Engine ENGINE = Engine.create();
    private static final int SIZE = 4 << 20;
    /** The most one write may take (what check-write grants). */
    private static final int CHUNK = 1 << 20;

    /**
     * A component that fills {@code SIZE} bytes of its memory with a pattern and writes them to
     * stdout in 1 MiB {@code write}s, the last one as {@code blocking-write-and-flush}; and reads
     * stdin with {@code blocking-read} until it is closed, summing what it got.
     */
    private static final String COMPONENT = """
            (component
              (import "wasi:io/streams@0.2.0" (instance $s
                (export "error" (type (sub resource)))
                (export "input-stream" (type (sub resource)))
                (export "output-stream" (type (sub resource)))
                (type (own 0))
                (type (variant (case "last-operation-failed" 3) (case "closed")))
                (export "stream-error" (type (eq 4)))
                (type (borrow 2))
                (type (list u8))
                (type (result (error 5)))
                (type (func (param "self" 6) (param "contents" 7) (result 8)))
                (export "[method]output-stream.write" (func (type 9)))
                (export "[method]output-stream.blocking-write-and-flush" (func (type 9)))
                (type (borrow 1))
                (type (result 7 (error 5)))
                (type (func (param "self" 10) (param "len" u64) (result 11)))
                (export "[method]input-stream.blocking-read" (func (type 12)))))
              (import "wasi:cli/stdout@0.2.0" (instance $out
                (export "output-stream" (type (sub resource)))
                (type (own 0))
                (type (func (result 1)))
                (export "get-stdout" (func (type 2)))))
              (import "wasi:cli/stdin@0.2.0" (instance $in
                (export "input-stream" (type (sub resource)))
                (type (own 0))
                (type (func (result 1)))
                (export "get-stdin" (func (type 2)))))
              %s
              (core func $get-stdout (canon lower (func $out "get-stdout")))
              (core func $get-stdin (canon lower (func $in "get-stdin")))
              (core func $write (canon lower (func $s "[method]output-stream.write") (memory $mem)))
              (core func $write-flush (canon lower (func $s "[method]output-stream.blocking-write-and-flush")
                (memory $mem)))
              (core func $read (canon lower (func $s "[method]input-stream.blocking-read") (memory $mem)
                (realloc $realloc)))
              (core module $m
                (import "libc" "memory" (memory 1))
                (import "host" "get-stdout" (func $get-stdout (result i32)))
                (import "host" "get-stdin" (func $get-stdin (result i32)))
                (import "host" "write" (func $write (param i32 i32 i32 i32)))
                (import "host" "write-flush" (func $write-flush (param i32 i32 i32 i32)))
                (import "host" "read" (func $read (param i32 i64 i32)))
                ;; returns 0, or 1 + the index of the write that failed
                (func (export "write-all") (param $size i32) (param $chunk i32) (result i32)
                  (local $i i32) (local $out i32) (local $at i32)
                  (loop $fill
                    (i32.store8 offset=0x10000 (local.get $i)
                      (i32.xor (i32.mul (local.get $i) (i32.const 31)) (i32.shr_u (local.get $i) (i32.const 13))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br_if $fill (i32.lt_u (local.get $i) (local.get $size))))
                  (local.set $out (call $get-stdout))
                  (local.set $at (i32.const 0))
                  (block $done
                    (loop $next
                      (br_if $done (i32.ge_u (local.get $at) (i32.sub (local.get $size) (local.get $chunk))))
                      (call $write (local.get $out) (i32.add (i32.const 0x10000) (local.get $at)) (local.get $chunk)
                        (i32.const 16))
                      (if (i32.load8_u (i32.const 16))
                        (then (return (i32.add (i32.const 1) (i32.div_u (local.get $at) (local.get $chunk))))))
                      (local.set $at (i32.add (local.get $at) (local.get $chunk)))
                      (br $next)))
                  (call $write-flush (local.get $out) (i32.add (i32.const 0x10000) (local.get $at))
                    (i32.sub (local.get $size) (local.get $at)) (i32.const 16))
                  (if (i32.load8_u (i32.const 16))
                    (then (return (i32.add (i32.const 1) (i32.div_u (local.get $at) (local.get $chunk))))))
                  (i32.const 0))
                ;; the sum of the bytes stdin holds (read until closed)
                (func (export "sum-stdin") (result i64)
                  (local $in i32) (local $sum i64) (local $p i32) (local $end i32)
                  (local.set $in (call $get-stdin))
                  (block $closed
                    (loop $next
                      (call $read (local.get $in) (i64.const 0x100000) (i32.const 32))
                      (br_if $closed (i32.load8_u (i32.const 32)))
                      (local.set $p (i32.load (i32.const 36)))
                      (local.set $end (i32.add (local.get $p) (i32.load (i32.const 40))))
                      (block $empty
                        (loop $byte
                          (br_if $empty (i32.ge_u (local.get $p) (local.get $end)))
                          (local.set $sum (i64.add (local.get $sum) (i64.load8_u (local.get $p))))
                          (local.set $p (i32.add (local.get $p) (i32.const 1)))
                          (br $byte)))
                      (br $next)))
                  (local.get $sum)))
              (core instance $i (instantiate $m
                (with "libc" (instance $libc))
                (with "host" (instance
                  (export "get-stdout" (func $get-stdout))
                  (export "get-stdin" (func $get-stdin))
                  (export "write" (func $write))
                  (export "write-flush" (func $write-flush))
                  (export "read" (func $read))))))
              (func (export "write-all") (param "size" u32) (param "chunk" u32) (result u32)
                (canon lift (core func $i "write-all")))
              (func (export "sum-stdin") (result u64) (canon lift (core func $i "sum-stdin"))))
            """.formatted(GuestLibc.wat(256, 0x500000));

    private static byte[] pattern(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) b[i] = (byte) ((i * 31) ^ (i >>> 13));
        return b;
    }

    @Test
    void fourMebibytesWrittenFromLinearMemoryReachStdoutUnchanged() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComponentLinker linker = ComponentLinker.create(ENGINE);
        WasiP2.define(linker, WasiConfig.defaults().withStdout(out));
        var instance = linker.instantiate(Component.fromText(ENGINE, COMPONENT));
        Val r = instance.func("write-all").call(new Val.U32(SIZE), new Val.U32(CHUNK));
        assertEquals(0, ((Val.U32) r).value());
        assertArrayEquals(pattern(SIZE), out.toByteArray());
    }

    @Test
    void aWriteBeyondThePermitTraps() {
        ComponentLinker linker = ComponentLinker.create(ENGINE);
        WasiP2.define(linker, WasiConfig.defaults());
        var instance = linker.instantiate(Component.fromText(ENGINE, COMPONENT));
        TrapException e = assertThrows(TrapException.class,
                () -> instance.func("write-all").call(new Val.U32(2 * CHUNK + 2), new Val.U32(CHUNK + 1)));
        assertEquals("write exceeds the permit check-write gave", e.reason());
    }

    @Test
    void aFailingSinkIsAnErrResultForTheWriteThatFailed() {
        OutputStream broken = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if ((written += len) > CHUNK) throw new IOException("disk full");
            }
        };
        ComponentLinker linker = ComponentLinker.create(ENGINE);
        WasiP2.define(linker, WasiConfig.defaults().withStdout(broken));
        var instance = linker.instantiate(Component.fromText(ENGINE, COMPONENT));
        // the first write fits; the second fails and is reported to the guest as write number 2
        assertEquals(2, ((Val.U32) instance.func("write-all").call(new Val.U32(SIZE), new Val.U32(CHUNK))).value());
    }

    @Test
    void megabytesOfStdinArriveInLinearMemory() {
        byte[] in = pattern(3 << 20);
        long expected = 0;
        for (byte b : in) expected += b & 0xff;
        ComponentLinker linker = ComponentLinker.create(ENGINE);
        WasiP2.define(linker, WasiConfig.defaults().withStdin(new ByteArrayInputStream(in)));
        var instance = linker.instantiate(Component.fromText(ENGINE, COMPONENT));
        assertEquals(expected, ((Val.U64) instance.func("sum-stdin").call()).value());
    }
}
