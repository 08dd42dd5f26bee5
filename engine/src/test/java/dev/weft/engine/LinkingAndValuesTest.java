package dev.weft.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkingAndValuesTest {
    private final Engine engine = Engine.create();

    @Test
    void hostFunctionsAreCalledWithJavaValues() {
        FuncType t = FuncType.of(List.of(ValueType.I64, ValueType.F64), List.of(ValueType.F64));
        Linker linker = Linker.create(engine).func("env", "scale", t,
                args -> new Object[] {(Long) args[0] * (Double) args[1]});
        Instance i = linker.instantiate(Module.fromText(engine, """
                (module (import "env" "scale" (func $scale (param i64 f64) (result f64)))
                  (func (export "f") (result f64) (call $scale (i64.const 3) (f64.const 1.5))))
                """));
        assertEquals(4.5, i.func("f").call()[0]);
    }

    @Test
    void missingAndMistypedImportsAreLinkErrors() {
        Module m = Module.fromText(engine, "(module (import \"env\" \"f\" (func (param i32))))");
        assertEquals("unknown import", assertThrows(LinkException.class,
                () -> Linker.create(engine).instantiate(m)).reason());
        Linker wrong = Linker.create(engine).func("env", "f", FuncType.of(List.of(ValueType.I64), List.of()), a -> null);
        assertEquals("incompatible import type", assertThrows(LinkException.class, () -> wrong.instantiate(m)).reason());
        Linker kind = Linker.create(engine).define("env", "f", Memory.create(new MemoryType(1, -1, false)));
        assertEquals("incompatible import type", assertThrows(LinkException.class, () -> kind.instantiate(m)).reason());
    }

    @Test
    void instancesShareMemoriesTablesAndGlobalsThroughTheLinker() {
        Instance a = Linker.create(engine).instantiate(Module.fromText(engine, """
                (module (memory (export "mem") 1) (global (export "g") (mut i32) (i32.const 1))
                  (func (export "bump") (global.set 0 (i32.add (global.get 0) (i32.const 1)))))
                """));
        Linker linker = Linker.create(engine).instance("a", a);
        Instance b = linker.instantiate(Module.fromText(engine, """
                (module (import "a" "mem" (memory 1)) (import "a" "g" (global (mut i32)))
                  (import "a" "bump" (func $bump))
                  (func (export "run") (result i32) (call $bump) (i32.store (i32.const 0) (global.get 0))
                    (i32.load (i32.const 0))))
                """));
        assertEquals(2, b.func("run").call()[0]);
        assertEquals(2, a.global("g").get());
        assertEquals(2, a.memory("mem").readInt(0));
    }

    @Test
    void failingActiveSegmentTrapsAtInstantiationAfterEarlierWrites() {
        Memory mem = Memory.create(new MemoryType(1, -1, false));
        Linker linker = Linker.create(engine).define("env", "mem", mem);
        Module m = Module.fromText(engine, """
                (module (import "env" "mem" (memory 1))
                  (data (i32.const 0) "\\2a")
                  (data (i32.const 65536) "x"))
                """);
        assertEquals("out of bounds memory access", assertThrows(TrapException.class, () -> linker.instantiate(m)).reason());
        assertEquals(42, mem.readByte(0));
    }

    @Test
    void startFunctionRunsAndItsTrapFailsInstantiation() {
        Module m = Module.fromText(engine, "(module (func $s unreachable) (start $s))");
        assertEquals("unreachable", assertThrows(TrapException.class, () -> Linker.create(engine).instantiate(m)).reason());
    }

    @Test
    void referencesCrossTheBoundaryAsDocumented() {
        Instance i = Linker.create(engine).instantiate(Module.fromText(engine, """
                (module
                  (type $s (struct (field i32)))
                  (type $a (array i8))
                  (func $id (export "id") (param externref) (result externref) (local.get 0))
                  (func (export "fn") (result funcref) (ref.func $id))
                  (func (export "i31") (result i31ref) (ref.i31 (i32.const -3)))
                  (func (export "struct") (result anyref) (struct.new $s (i32.const 1)))
                  (func (export "array") (result anyref) (array.new_default $a (i32.const 4)))
                  (func (export "internalize") (param externref) (result anyref) (any.convert_extern (local.get 0)))
                  (func (export "null") (result funcref) (ref.null func)))
                """));
        Object host = new Object();
        assertSame(host, i.func("id").call(host)[0]);
        assertSame(i.func("id"), i.func("fn").call()[0]);
        assertEquals(new I31(-3), i.func("i31").call()[0]);
        assertEquals(GcObject.Kind.STRUCT, assertInstanceOf(GcObject.class, i.func("struct").call()[0]).kind());
        assertEquals(GcObject.Kind.ARRAY, assertInstanceOf(GcObject.class, i.func("array").call()[0]).kind());
        assertSame(host, i.func("internalize").call(host)[0]);
        assertNull(i.func("null").call()[0]);
    }

    @Test
    void uncaughtWasmExceptionsCarryTagAndPayload() {
        Instance i = Linker.create(engine).instantiate(Module.fromText(engine, """
                (module (tag $e (export "e") (param i32 i64))
                  (func (export "throw") (throw $e (i32.const 7) (i64.const 8))))
                """));
        UncaughtWasmException e = assertThrows(UncaughtWasmException.class, () -> i.func("throw").call());
        assertSame(i.tag("e"), e.tag());
        assertEquals(List.of(7, 8L), e.payload());
    }

    @Test
    void wasmExceptionsPropagateThroughHostFunctions() {
        Tag tag = Tag.create(FuncType.of(List.of(ValueType.I32), List.of()));
        Linker linker = Linker.create(engine).define("env", "e", tag);
        Instance thrower = linker.instantiate(Module.fromText(engine, """
                (module (import "env" "e" (tag $e (param i32))) (func (export "t") (throw $e (i32.const 9))))
                """));
        linker.func("env", "host", FuncType.of(List.of(), List.of()), args -> thrower.func("t").call());
        Instance catcher = linker.instantiate(Module.fromText(engine, """
                (module (import "env" "e" (tag $e (param i32))) (import "env" "host" (func $host))
                  (func (export "run") (result i32)
                    (block $h (result i32) (try_table (catch $e $h) (call $host)) (i32.const -1))))
                """));
        assertEquals(9, catcher.func("run").call()[0]);
    }

    @Test
    void hostFunctionsCanThrowWasmExceptions() {
        Tag tag = Tag.create(FuncType.of(List.of(ValueType.I64), List.of()));
        Linker linker = Linker.create(engine).define("env", "e", tag)
                .func("env", "fail", FuncType.of(List.of(), List.of()), args -> {
                    throw new UncaughtWasmException(tag, List.of(77L));
                });
        Instance i = linker.instantiate(Module.fromText(engine, """
                (module (import "env" "e" (tag $e (param i64))) (import "env" "fail" (func $fail))
                  (func (export "run") (result i64)
                    (block $h (result i64) (try_table (catch $e $h) (call $fail)) (i64.const -1))))
                """));
        assertEquals(77L, i.func("run").call()[0]);
    }

    @Test
    void hostValuesAreCheckedAgainstConcreteReferenceTypes() {
        Instance i = Linker.create(engine).instantiate(Module.fromText(engine, """
                (module (type $unary (func (param i32) (result i32))) (type $nullary (func))
                  (table (export "t") 2 (ref null $unary))
                  (func $inc (export "inc") (type $unary) (i32.add (local.get 0) (i32.const 1)))
                  (func (export "nop") (type $nullary))
                  (func (export "call") (param (ref null $unary)) (result i32)
                    (call_ref $unary (i32.const 41) (local.get 0))))
                """));
        Table t = i.table("t");
        t.set(0, i.func("inc"));
        assertSame(i.func("inc"), t.get(0));
        assertThrows(IllegalArgumentException.class, () -> t.set(1, i.func("nop")));
        assertThrows(IllegalArgumentException.class, () -> i.func("call").call(i.func("nop")));
        assertEquals(42, i.func("call").call(i.func("inc"))[0]);
    }

    @Test
    void v128AndNanBitsRoundTrip() {
        Instance i = Linker.create(engine).instantiate(Module.fromText(engine, """
                (module (func (export "v") (param v128) (result v128) (local.get 0))
                  (func (export "f") (param f32) (result f32) (local.get 0)))
                """));
        V128 v = new V128(0x0102030405060708L, -1L);
        assertEquals(v, i.func("v").call(v)[0]);
        float nan = Float.intBitsToFloat(0x7fa00001);
        assertEquals(0x7fa00001, Float.floatToRawIntBits((Float) i.func("f").call(nan)[0]));
    }

    @Test
    void describesImportsAndExports() {
        Module m = Module.fromText(engine, """
                (module (import "env" "f" (func (param i32) (result i64)))
                  (memory (export "mem") 1 2) (global (export "g") (mut f32) (f32.const 0))
                  (table (export "t") 3 externref))
                """);
        assertEquals(new ImportType("env", "f", FuncType.of(List.of(ValueType.I32), List.of(ValueType.I64))),
                m.imports().get(0));
        assertEquals(List.of(new ExportType("mem", new MemoryType(1, 2, false)),
                new ExportType("g", new GlobalType(ValueType.F32, true)),
                new ExportType("t", new TableType(ValueType.EXTERNREF, 3, -1, false))), m.exports());
    }

    @Test
    void rejectsBadArgumentsAndUnavailableModes() {
        Instance i = Linker.create(engine).instantiate(Module.fromText(engine,
                "(module (func (export \"f\") (param i32)))"));
        assertThrows(IllegalArgumentException.class, () -> i.func("f").call());
        assertThrows(IllegalArgumentException.class, () -> i.func("f").call(1L));
        assertThrows(UnsupportedOperationException.class, () -> EngineConfig.defaults().withMode(ExecutionMode.JIT));
        assertArrayEquals(new Object[0], i.func("f").call(1));
    }
}
