package dev.weft.component.internal.wasi;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.Val;
import dev.weft.component.wasi.GuestLibc;
import dev.weft.component.wasi.WasiP2;
import dev.weft.engine.Engine;
import dev.weft.engine.wasi.WasiConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A descriptor's {@code read} and {@code write} called by a component (canon lower, so the typed
 * bodies serve them): a failure is stored in the caller's return area as {@code err(error-code)}.
 */
class TypedFileCallsTest {
    private static final Engine ENGINE = Engine.create();

    private static String component() {
        String codes = ErrorCodes.NAMES.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(" "));
        return """
                (component
                  (import "wasi:filesystem/types@0.2.0" (instance $t
                    (export "descriptor" (type (sub resource)))
                    (type (enum %s))
                    (export "error-code" (type (eq 1)))
                    (type (borrow 0))
                    (type (list u8))
                    (type (result u64 (error 2)))
                    (type (func (param "self" 3) (param "buffer" 4) (param "offset" u64) (result 5)))
                    (export "[method]descriptor.write" (func (type 6)))
                    (type (tuple 4 bool))
                    (type (result 7 (error 2)))
                    (type (func (param "self" 3) (param "length" u64) (param "offset" u64) (result 8)))
                    (export "[method]descriptor.read" (func (type 9)))))
                  (import "wasi:filesystem/preopens@0.2.0" (instance $p
                    (export "descriptor" (type (sub resource)))
                    (type (own 0))
                    (type (tuple 1 string))
                    (type (list 2))
                    (type (func (result 3)))
                    (export "get-directories" (func (type 4)))))
                  %s
                  (core func $dirs (canon lower (func $p "get-directories") (memory $mem) (realloc $realloc)))
                  (core func $write (canon lower (func $t "[method]descriptor.write") (memory $mem)))
                  (core func $read (canon lower (func $t "[method]descriptor.read") (memory $mem)
                    (realloc $realloc)))
                  (core module $m
                    (import "libc" "memory" (memory 1))
                    (import "host" "dirs" (func $dirs (param i32)))
                    (import "host" "write" (func $write (param i32 i32 i32 i64 i32)))
                    (import "host" "read" (func $read (param i32 i64 i64 i32)))
                    ;; each returns the result's discriminant * 256 + the first byte of its payload
                    (func (export "write-to-preopen") (result i32)
                      (call $dirs (i32.const 0))
                      (call $write (i32.load (i32.load (i32.const 0))) (i32.const 100) (i32.const 3) (i64.const 0)
                        (i32.const 16))
                      (i32.or (i32.shl (i32.load8_u (i32.const 16)) (i32.const 8)) (i32.load8_u (i32.const 24))))
                    (func (export "read-from-preopen") (result i32)
                      (call $dirs (i32.const 0))
                      (call $read (i32.load (i32.load (i32.const 0))) (i64.const 10) (i64.const 0) (i32.const 32))
                      (i32.or (i32.shl (i32.load8_u (i32.const 32)) (i32.const 8)) (i32.load8_u (i32.const 36)))))
                  (core instance $i (instantiate $m
                    (with "libc" (instance $libc))
                    (with "host" (instance
                      (export "dirs" (func $dirs))
                      (export "write" (func $write))
                      (export "read" (func $read))))))
                  (func (export "write-to-preopen") (result u32) (canon lift (core func $i "write-to-preopen")))
                  (func (export "read-from-preopen") (result u32) (canon lift (core func $i "read-from-preopen"))))
                """.formatted(codes, GuestLibc.wat(1, 1024));
    }

    @Test
    void readingOrWritingADirectoryIsErrIsDirectory(@TempDir Path dir) {
        ComponentLinker linker = ComponentLinker.create(ENGINE);
        WasiP2.define(linker, WasiConfig.defaults().withPreopen(dir, "/", false));
        ComponentInstance instance = linker.instantiate(Component.fromText(ENGINE, component()));
        int isDirectory = 0x100 | ErrorCodes.NAMES.indexOf("is-directory");
        assertEquals(isDirectory, ((Val.U32) instance.func("write-to-preopen").call()).value());
        assertEquals(isDirectory, ((Val.U32) instance.func("read-from-preopen").call()).value());
    }
}
