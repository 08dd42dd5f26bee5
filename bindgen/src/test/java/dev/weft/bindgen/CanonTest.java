package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.ComponentInstance;
import dev.weft.component.ComponentLinker;
import dev.weft.component.ResourceType;
import dev.weft.component.Val;
import dev.weft.component.bindings.Canon;
import dev.weft.component.bindings.TypedExport;
import dev.weft.engine.Engine;
import dev.weft.engine.TrapException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The primitives generated typed-path code is made of, against a hostile guest: every bad value the
 * guest hands back traps with a TrapException (as on the dynamic path), never a raw Java exception.
 * Global {@code mode} of the guest picks what its realloc returns.
 */
class CanonTest {
    private static final String GUEST = """
            (component
              (type $r (resource (rep i32)))
              (export $R "r" (type $r))
              (core module $M
                (memory (export "mem") 1)
                (global $mode (mut i32) (i32.const 0))
                (func (export "set-mode") (param i32) (global.set $mode (local.get 0)))
                ;; mode 0: a good pointer; 1: misaligned; 2: past the end of memory
                (func (export "realloc") (param i32 i32 i32 i32) (result i32)
                  (if (result i32) (i32.eq (global.get $mode) (i32.const 1)) (then (i32.const 1026))
                    (else (if (result i32) (i32.eq (global.get $mode) (i32.const 2)) (then (i32.const 65532))
                      (else (i32.const 1024))))))
                ;; option<u8> in memory at 64: discriminant 7
                (func (export "bad-disc") (result i32) (i32.store8 (i32.const 64) (i32.const 7)) (i32.const 64))
                (func (export "good-option") (result i32)
                  (i32.store8 (i32.const 64) (i32.const 1)) (i32.store8 (i32.const 65) (i32.const 200)) (i32.const 64))
                (func (export "bad-char") (result i32) (i32.const 0xD800))
                ;; list<u8> whose (ptr, len) at 72 runs past the end of memory
                (func (export "oob-list") (result i32)
                  (i32.store (i32.const 72) (i32.const 65500)) (i32.store (i32.const 76) (i32.const 100)) (i32.const 72))
                ;; tuple<u64, u64> at a misaligned address
                (func (export "misaligned-result") (result i32) (i32.const 4))
                (func (export "sum") (param i32 i32) (result i32)
                  (local $i i32) (local $s i32)
                  (block $done (loop $next
                    (br_if $done (i32.ge_u (local.get $i) (local.get 1)))
                    (local.set $s (i32.add (local.get $s) (i32.load (i32.add (local.get 0) (i32.shl (local.get $i) (i32.const 2))))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $next)))
                  (local.get $s))
                (func (export "dangling") (result i32) (i32.const 42)))
              (core instance $m (instantiate $M))
              (alias core export $m "mem" (core memory $mem))
              (alias core export $m "realloc" (core func $realloc))
              (func (export "set-mode") (param "m" u32) (canon lift (core func $m "set-mode")))
              (func (export "bad-disc") (result (option u8)) (canon lift (core func $m "bad-disc") (memory $mem)))
              (func (export "good-option") (result (option u8)) (canon lift (core func $m "good-option") (memory $mem)))
              (func (export "bad-char") (result char) (canon lift (core func $m "bad-char")))
              (func (export "oob-list") (result (list u8)) (canon lift (core func $m "oob-list") (memory $mem)))
              (func (export "misaligned-result") (result (tuple u64 u64)) (canon lift (core func $m "misaligned-result") (memory $mem)))
              (func (export "sum") (param "l" (list u32)) (result u32)
                (canon lift (core func $m "sum") (memory $mem) (realloc $realloc)))
              (func (export "dangling") (result (own $R)) (canon lift (core func $m "dangling")))
            )
            """;

    private static ComponentInstance instantiate() {
        Engine engine = Engine.create();
        return ComponentLinker.create(engine).instantiate(Component.fromText(engine, GUEST));
    }

    private static <R> R call(ComponentInstance inst, String name, Consumer<Canon> lower, Function<Canon, R> lift) {
        TypedExport f = new TypedExport(inst, name);
        assertTrue(f.isFast());
        return f.invoke(lower, lift);
    }

    private static void traps(String message, Executable call) {
        TrapException e = assertThrows(TrapException.class, call);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /** The generated code for {@code option<u8>} in a result area. */
    private static Integer optionU8(Canon c) {
        long at = c.spilledArea(2, 1);
        return c.discriminant(c.get8(at) & 0xFF, 2) == 0 ? null : c.get8(at + 1) & 0xFF;
    }

    @Test
    void valuesMatchTheDynamicPath() {
        try (ComponentInstance inst = instantiate()) {
            assertEquals(200, call(inst, "good-option", c -> { }, CanonTest::optionU8));
            assertEquals(new Val.OptionVal(new Val.U8((byte) 200)), inst.func("good-option").call());
            int sum = call(inst, "sum", c -> {
                c.ptr(c.storeInts(new int[] {1, 2, 39}));
                c.ptr(3);
            }, Canon::nextI32);
            assertEquals(42, sum);
            assertEquals(new Val.U32(42), inst.func("sum").call(new Val.ListVal(List.of(new Val.U32(1), new Val.U32(2), new Val.U32(39)))));
        }
    }

    @Test
    void aBadDiscriminantTraps() {
        try (ComponentInstance inst = instantiate()) {
            traps("invalid variant discriminant", () -> call(inst, "bad-disc", c -> { }, CanonTest::optionU8));
        }
    }

    @Test
    void anInvalidCharTraps() {
        try (ComponentInstance inst = instantiate()) {
            traps("char", () -> call(inst, "bad-char", c -> { }, c -> c.codePoint(c.nextI32())));
        }
    }

    @Test
    void aListPastTheEndOfMemoryTraps() {
        try (ComponentInstance inst = instantiate()) {
            traps("out of bounds", () -> call(inst, "oob-list", c -> { }, c -> {
                long at = c.spilledArea(8, 4);
                return c.loadBytes(c.getPtr(at), c.getPtr(at + 4));
            }));
        }
    }

    @Test
    void aMisalignedResultAreaTraps() {
        try (ComponentInstance inst = instantiate()) {
            traps("align", () -> call(inst, "misaligned-result", c -> { }, c -> c.get64(c.spilledArea(16, 8))));
        }
    }

    @Test
    void misalignedAndOutOfBoundsReallocResultsTrap() {
        try (ComponentInstance inst = instantiate()) {
            Consumer<Canon> list = c -> {
                c.ptr(c.storeInts(new int[] {1, 2, 3}));
                c.ptr(3);
            };
            inst.func("set-mode").call(new Val.U32(1));
            traps("aligned", () -> call(inst, "sum", list, Canon::nextI32));
            inst.func("set-mode").call(new Val.U32(2));
            traps("beyond end of memory", () -> call(inst, "sum", list, Canon::nextI32));
            inst.func("set-mode").call(new Val.U32(0));
            assertEquals(6, (int) call(inst, "sum", list, Canon::nextI32));
        }
    }

    @Test
    void aDanglingHandleTraps() {
        try (ComponentInstance inst = instantiate()) {
            ResourceType r = Canon.resourceOf(inst.func("dangling"), -1);
            TypedExport f = new TypedExport(inst, "dangling", inst, r);
            assertThrows(TrapException.class, () -> f.invoke(c -> { }, c -> c.ownHandle(c.nextI32(), c.exported(0))));
        }
    }

    @Test
    void anInvalidCharArgumentIsRejectedBeforeTheCall() {
        try (ComponentInstance inst = instantiate()) {
            TypedExport f = new TypedExport(inst, "set-mode");
            assertThrows(IllegalArgumentException.class, () -> f.invoke(c -> c.i32(c.scalar(0xD800)), c -> null));
            assertEquals(0x10FFFF, (int) f.invoke(c -> c.i32(c.scalar(0x10FFFF)), c -> 0x10FFFF));
        }
    }

    @Test
    void aClosedInstanceRefusesCalls() {
        ComponentInstance inst = instantiate();
        TypedExport f = new TypedExport(inst, "set-mode");
        inst.close();
        assertThrows(IllegalStateException.class, () -> f.invoke(c -> c.i32(0), c -> null));
    }

    /** A guest calling a typed host function with hostile arguments: an invalid char, then a bad discriminant. */
    private static final String CALLER = """
            (component
              (import "take" (func $take (param "c" char) (param "o" (option u8)) (result u32)))
              (core func $take-core (canon lower (func $take)))
              (core module $M
                (import "" "take" (func $take (param i32 i32 i32) (result i32)))
                (func (export "good") (result i32) (call $take (i32.const 65) (i32.const 1) (i32.const 7)))
                (func (export "bad-char") (result i32) (call $take (i32.const 0xD800) (i32.const 0) (i32.const 0)))
                (func (export "bad-disc") (result i32) (call $take (i32.const 65) (i32.const 2) (i32.const 0))))
              (core instance $m (instantiate $M (with "" (instance (export "take" (func $take-core))))))
              (func (export "good") (result u32) (canon lift (core func $m "good")))
              (func (export "bad-char") (result u32) (canon lift (core func $m "bad-char")))
              (func (export "bad-disc") (result u32) (canon lift (core func $m "bad-disc")))
            )
            """;

    @Test
    void aTypedHostFunctionTrapsOnHostileArguments() {
        Engine engine = Engine.create();
        java.util.List<String> calls = new java.util.ArrayList<>();
        ComponentLinker linker = ComponentLinker.create(engine);
        linker.func("take", dev.weft.component.ComponentFuncType.of(List.of(
                        new dev.weft.component.ComponentFuncType.Param("c", dev.weft.component.Type.Primitive.CHAR),
                        new dev.weft.component.ComponentFuncType.Param("o", new dev.weft.component.Type.OptionType(dev.weft.component.Type.Primitive.U8))),
                        dev.weft.component.Type.Primitive.U32),
                args -> { throw new AssertionError("a component's call takes the typed body"); },
                c -> {
                    int ch = c.codePoint(c.nextI32());
                    int d = c.discriminant(c.nextI32(), 2);
                    c.unjoin("i");
                    calls.add(ch + " " + (d == 0 ? "none" : String.valueOf(c.nextI32() & 0xFF)));
                    c.endUnjoin();
                    c.i32(ch);
                });
        try (ComponentInstance inst = linker.instantiate(Component.fromText(engine, CALLER))) {
            assertEquals(new Val.U32(65), inst.func("good").call());
            traps("char", () -> inst.func("bad-char").call());
            traps("invalid variant discriminant", () -> inst.func("bad-disc").call());
        }
        assertEquals(List.of("65 7"), calls);
    }
}
