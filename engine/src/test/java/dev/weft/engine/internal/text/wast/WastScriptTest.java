package dev.weft.engine.internal.text.wast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.engine.MalformedModuleException;
import dev.weft.engine.internal.decode.ModuleDecoder;
import dev.weft.engine.internal.model.HeapType;
import java.util.List;
import org.junit.jupiter.api.Test;

class WastScriptTest {
    private static final String SCRIPT = """
            (module $M (func (export "f") (param i32) (result i32) (local.get 0)))
            (module definition $D binary "\\00asm" "\\01\\00\\00\\00")
            (module instance $I $D)
            (register "reg" $M)
            (invoke "f" (i32.const -1))
            (assert_return (invoke $M "f" (i32.const 7)) (i32.const 7))
            (assert_return (get "g") (f32.const nan:canonical))
            (assert_return (invoke "v" (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16))
              (v128.const f32x4 1.0 nan:arithmetic -0 0x1p-149))
            (assert_return (invoke "r" (ref.null extern) (ref.extern 3) (ref.host 4))
              (ref.null) (ref.null func) (ref.extern) (ref.extern 3) (ref.func) (ref.i31) (ref)
              (either (i32.const 1) (i64.const 2)))
            (assert_trap (invoke "t") "unreachable")
            (assert_trap (module (func unreachable) (start 0)) "unreachable")
            (assert_exhaustion (invoke "x") "call stack exhausted")
            (assert_exception (invoke "e"))
            (assert_malformed (module quote "(func (i32.const0))") "unknown operator")
            (assert_invalid (module (func (result i32))) "type mismatch")
            (assert_unlinkable (module (import "a" "b" (func))) "unknown import")
            """;

    @Test
    void readsEveryCommandKind() {
        List<WastCommand> cmds = WastScript.parse(SCRIPT, "test.wast");
        assertEquals(16, cmds.size());
        var m = assertInstanceOf(WastCommand.Module.class, cmds.get(0));
        assertEquals("M", m.name());
        assertEquals(1, m.line());
        var d = assertInstanceOf(WastCommand.Module.class, cmds.get(1));
        assertEquals(true, d.definition());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, d.source().toBinary());
        var inst = assertInstanceOf(WastCommand.ModuleInstance.class, cmds.get(2));
        assertEquals("I", inst.instance());
        assertEquals("D", inst.module());
        var reg = assertInstanceOf(WastCommand.Register.class, cmds.get(3));
        assertEquals("reg", reg.as());
        var act = assertInstanceOf(WastCommand.Action.class, cmds.get(4));
        assertEquals(List.of(new WastValue.I32(-1)), ((WastAction.Invoke) act.action()).args());
        var ret = assertInstanceOf(WastCommand.AssertReturn.class, cmds.get(5));
        assertEquals("M", ret.action().module());
        assertEquals(List.of(new WastExpected.Exact(new WastValue.I32(7))), ret.expected());
        var nan = assertInstanceOf(WastCommand.AssertReturn.class, cmds.get(6));
        assertInstanceOf(WastAction.Get.class, nan.action());
        assertNull(nan.action().module());
        assertEquals(new WastExpected.Nan(false, WastExpected.NanKind.CANONICAL), nan.expected().get(0));
    }

    @Test
    void vectorArgumentsAndLanePatterns() {
        var ret = (WastCommand.AssertReturn) WastScript.parse(SCRIPT, "t").get(7);
        var arg = (WastValue.V128) ((WastAction.Invoke) ret.action()).args().get(0);
        assertEquals(0x0807060504030201L, arg.lo());
        assertEquals(0x100F0E0D0C0B0A09L, arg.hi());
        var lanes = (WastExpected.VecLanes) ret.expected().get(0);
        assertEquals(4, lanes.laneCount());
        assertEquals(0x3F800000L, lanes.laneBits()[0]);
        assertEquals(WastExpected.NanKind.ARITHMETIC, lanes.laneNans()[1]);
        assertEquals(0x80000000L, lanes.laneBits()[2] & 0xFFFFFFFFL);
        assertEquals(1L, lanes.laneBits()[3]);
    }

    @Test
    void referenceValuesAndPatterns() {
        var ret = (WastCommand.AssertReturn) WastScript.parse(SCRIPT, "t").get(8);
        assertEquals(List.of(new WastValue.RefNull(HeapType.EXTERN), new WastValue.RefExtern(3), new WastValue.RefHost(4)),
                ((WastAction.Invoke) ret.action()).args());
        assertEquals(List.of(
                new WastExpected.NullRef(null),
                new WastExpected.NullRef(HeapType.FUNC),
                new WastExpected.RefOf(WastExpected.RefKind.EXTERN),
                new WastExpected.Exact(new WastValue.RefExtern(3)),
                new WastExpected.RefOf(WastExpected.RefKind.FUNC),
                new WastExpected.RefOf(WastExpected.RefKind.I31),
                new WastExpected.RefOf(WastExpected.RefKind.ANY),
                new WastExpected.Either(List.of(new WastExpected.Exact(new WastValue.I32(1)),
                        new WastExpected.Exact(new WastValue.I64(2))))), ret.expected());
    }

    @Test
    void assertionsKeepModulesUnconverted() {
        List<WastCommand> cmds = WastScript.parse(SCRIPT, "t");
        assertInstanceOf(WastCommand.AssertTrap.class, cmds.get(9));
        var uninst = assertInstanceOf(WastCommand.AssertUninstantiable.class, cmds.get(10));
        assertEquals("unreachable", uninst.message());
        assertInstanceOf(WastCommand.AssertExhaustion.class, cmds.get(11));
        assertInstanceOf(WastCommand.AssertException.class, cmds.get(12));
        var mal = assertInstanceOf(WastCommand.AssertMalformed.class, cmds.get(13));
        assertInstanceOf(ModuleSource.Quote.class, mal.module());
        assertEquals("unknown operator i32.const0",
                assertThrows(MalformedModuleException.class, () -> mal.module().toBinary()).reason());
        var inv = assertInstanceOf(WastCommand.AssertInvalid.class, cmds.get(14));
        assertEquals("type mismatch", inv.message());
        assertInstanceOf(WastCommand.AssertUnlinkable.class, cmds.get(15));
    }

    @Test
    void bareModuleBodyIsOneModule() {
        List<WastCommand> cmds = WastScript.parse("(func) (memory 0)", "inline.wast");
        assertEquals(1, cmds.size());
        var info = ModuleDecoder.decode(((WastCommand.Module) cmds.get(0)).source().toBinary());
        assertEquals(1, info.code().size());
        assertEquals(1, info.memories().size());
    }

    @Test
    void badScriptsNameTheFileAndLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> WastScript.parse("\n(bogus)", "x.wast"));
        assertEquals(true, e.getMessage().startsWith("x.wast:2"));
    }
}
