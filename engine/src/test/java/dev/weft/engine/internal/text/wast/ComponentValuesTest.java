package dev.weft.engine.internal.text.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.engine.internal.text.wast.WastComponentValue.Bool;
import dev.weft.engine.internal.text.wast.WastComponentValue.Char;
import dev.weft.engine.internal.text.wast.WastComponentValue.Enum;
import dev.weft.engine.internal.text.wast.WastComponentValue.F32;
import dev.weft.engine.internal.text.wast.WastComponentValue.F64;
import dev.weft.engine.internal.text.wast.WastComponentValue.Field;
import dev.weft.engine.internal.text.wast.WastComponentValue.Flags;
import dev.weft.engine.internal.text.wast.WastComponentValue.Int;
import dev.weft.engine.internal.text.wast.WastComponentValue.ListOf;
import dev.weft.engine.internal.text.wast.WastComponentValue.Option;
import dev.weft.engine.internal.text.wast.WastComponentValue.Record;
import dev.weft.engine.internal.text.wast.WastComponentValue.Result;
import dev.weft.engine.internal.text.wast.WastComponentValue.Str;
import dev.weft.engine.internal.text.wast.WastComponentValue.Tuple;
import dev.weft.engine.internal.text.wast.WastComponentValue.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Component value constants in invoke arguments and expected results of component scripts. */
class ComponentValuesTest {

    /** The arguments of an invoke on a component instance. */
    private static List<WastComponentValue> args(String values) {
        List<WastCommand> cmds = WastScript.parse("(component)\n(invoke \"f\" " + values + ")", "t.wast");
        WastAction.Invoke inv = (WastAction.Invoke) ((WastCommand.Action) cmds.get(1)).action();
        assertTrue(inv.isComponent());
        assertTrue(inv.args().isEmpty());
        return inv.componentArgs();
    }

    @Test
    void scalars() {
        assertEquals(List.of(new Bool(true), new Bool(false)), args("(bool.const true) (bool.const false)"));
        assertEquals(List.of(new Int("s8", -1), new Int("u8", 255), new Int("u8", 255)),
                args("(s8.const -1) (u8.const 255) (u8.const -1)"));
        assertEquals(List.of(new Int("s16", -32768), new Int("u16", 65535), new Int("s32", -5), new Int("u32", 4294967295L)),
                args("(s16.const -32768) (u16.const 0xffff) (s32.const -5) (u32.const 4294967295)"));
        assertEquals(List.of(new Int("s64", Long.MIN_VALUE), new Int("u64", -1)),
                args("(s64.const -9223372036854775808) (u64.const 18446744073709551615)"));
        assertEquals(List.of(new F32(Float.floatToRawIntBits(1.5f)), new F64(Double.doubleToRawLongBits(-2.25))),
                args("(f32.const 1.5) (f64.const -2.25)"));
        assertEquals(List.of(new Char(0x1F370), new Str("héllo")), args("(char.const \"🍰\") (str.const \"héllo\")"));
    }

    @Test
    void compounds() {
        assertEquals(List.of(new ListOf(List.of(new ListOf(List.of(new Str("a"))), new ListOf(List.of())))),
                args("(list.const (list.const (str.const \"a\")) (list.const))"));
        assertEquals(List.of(new Tuple(List.of(new Str("n="), new Int("u32", 7)))),
                args("(tuple.const (str.const \"n=\") (u32.const 7))"));
        assertEquals(List.of(new Record(List.of(new Field("k", new Str("a")), new Field("v", new Int("u32", 1))))),
                args("(record.const (field \"k\" str.const \"a\") (field \"v\" (u32.const 1)))"));
        assertEquals(List.of(new Variant("none", null), new Variant("some", new Int("u64", 3))),
                args("(variant.const \"none\") (variant.const \"some\" (u64.const 3))"));
        assertEquals(List.of(new Enum("blue"), new Flags(List.of("a", "c")), new Flags(List.of())),
                args("(enum.const \"blue\") (flags.const \"a\" \"c\") (flags.const)"));
        List<WastComponentValue> opts = args("(option.none) (option.some (u32.const 5))");
        assertNull(((Option) opts.get(0)).value());
        assertEquals(new Option(new Int("u32", 5)), opts.get(1));
        assertEquals(List.of(new Result(true, new Str("yo")), new Result(false, new Int("u32", 404)), new Result(true, null)),
                args("(result.ok (str.const \"yo\")) (result.err (u32.const 404)) (result.ok)"));
    }

    @Test
    void expectedResultsOfComponentInvokesAreComponentValues() {
        List<WastCommand> cmds = WastScript.parse("""
                (component definition $C)
                (component instance $i $C)
                (module $m)
                (assert_return (invoke $i "f") (str.const "x"))
                (assert_return (invoke "g") (i32.const 1))
                """, "t.wast");
        WastCommand.AssertReturn component = (WastCommand.AssertReturn) cmds.get(3);
        assertEquals(List.of(new Str("x")), component.componentExpected());
        WastCommand.AssertReturn core = (WastCommand.AssertReturn) cmds.get(4);
        assertNull(core.componentExpected());
        assertEquals(1, core.expected().size());
    }

    @Test
    void badConstantsAreScriptErrors() {
        assertThrows(IllegalArgumentException.class, () -> args("(u8.const 256)"));
        assertThrows(IllegalArgumentException.class, () -> args("(char.const \"ab\")"));
        assertThrows(IllegalArgumentException.class, () -> args("(bool.const 1)"));
        assertThrows(IllegalArgumentException.class, () -> args("(nope.const 1)"));
        String deep = "(list.const ".repeat(200_000) + ")".repeat(200_000);
        assertThrows(IllegalArgumentException.class, () -> args(deep));
    }
}
