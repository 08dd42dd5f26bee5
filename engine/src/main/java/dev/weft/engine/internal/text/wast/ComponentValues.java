package dev.weft.engine.internal.text.wast;

import dev.weft.engine.internal.text.Cursor;
import dev.weft.engine.internal.text.NumberLiterals;
import dev.weft.engine.internal.text.SExpr;
import dev.weft.engine.internal.text.SExprReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Reads the component value constants of a script into {@link WastComponentValue}s. */
final class ComponentValues {
    private final BiFunction<String, SExpr, IllegalArgumentException> error;

    ComponentValues(BiFunction<String, SExpr, IllegalArgumentException> error) { this.error = error; }

    /** A parenthesised constant such as {@code (u32.const 5)} or {@code (list.const ...)}. */
    WastComponentValue value(SExpr.Parens p) {
        if (p.head() == null) throw error.apply("expected a component value", p);
        Cursor c = Cursor.body(p);
        WastComponentValue v = value(p.head(), c, p);
        if (!c.atEnd()) throw error.apply("unexpected token", c.peek());
        return v;
    }

    /** The constant headed by {@code head} whose operands {@code c} is at. */
    private WastComponentValue value(String head, Cursor c, SExpr at) {
        return switch (head) {
            case "bool.const" -> {
                SExpr.Atom a = c.nextAtom();
                if (!a.isKeyword("true") && !a.isKeyword("false")) throw error.apply("expected true or false", a);
                yield new WastComponentValue.Bool(a.isKeyword("true"));
            }
            case "s8.const", "u8.const", "s16.const", "u16.const", "s32.const", "u32.const", "s64.const", "u64.const" -> {
                String type = head.substring(0, head.indexOf('.'));
                int bits = Integer.parseInt(type.substring(1));
                long raw = NumberLiterals.intBits(c.nextAtom(), bits);
                long v = bits == 64 ? raw
                        : type.charAt(0) == 's' ? (raw << (64 - bits)) >> (64 - bits) : raw & ((1L << bits) - 1);
                yield new WastComponentValue.Int(type, v);
            }
            case "f32.const" -> new WastComponentValue.F32(NumberLiterals.f32Bits(c.nextAtom()));
            case "f64.const" -> new WastComponentValue.F64(NumberLiterals.f64Bits(c.nextAtom()));
            case "char.const" -> {
                String s = string(c);
                if (s.codePointCount(0, s.length()) != 1) throw error.apply("expected one character", at);
                yield new WastComponentValue.Char(s.codePointAt(0));
            }
            case "str.const" -> new WastComponentValue.Str(string(c));
            case "list.const" -> new WastComponentValue.ListOf(values(c));
            case "tuple.const" -> new WastComponentValue.Tuple(values(c));
            case "record.const" -> {
                List<WastComponentValue.Field> fields = new ArrayList<>();
                while (!c.atEnd()) {
                    SExpr.Parens f = c.nextForm("field");
                    Cursor fc = Cursor.body(f);
                    String name = string(fc);
                    fields.add(new WastComponentValue.Field(name, inline(fc, f)));
                    if (!fc.atEnd()) throw error.apply("unexpected token", fc.peek());
                }
                yield new WastComponentValue.Record(fields);
            }
            case "variant.const" -> {
                String name = string(c);
                yield new WastComponentValue.Variant(name, c.atEnd() ? null : inline(c, at));
            }
            case "enum.const" -> new WastComponentValue.Enum(string(c));
            case "option.none" -> new WastComponentValue.Option(null);
            case "option.some" -> new WastComponentValue.Option(inline(c, at));
            case "result.ok", "result.err" ->
                    new WastComponentValue.Result(head.equals("result.ok"), c.atEnd() ? null : inline(c, at));
            case "flags.const" -> {
                List<String> names = new ArrayList<>();
                while (!c.atEnd()) names.add(string(c));
                yield new WastComponentValue.Flags(names);
            }
            default -> throw error.apply("unknown component value " + head, at);
        };
    }

    /** A nested value: parenthesised, or written inline as {@code head operands...} (as in record fields). */
    private WastComponentValue inline(Cursor c, SExpr at) {
        if (c.peek() instanceof SExpr.Parens p) {
            c.next();
            return value(p);
        }
        SExpr.Atom head = c.nextAtom();
        if (head.kind() != SExpr.Kind.WORD) throw error.apply("expected a component value", head);
        return value(head.text(), c, at);
    }

    private List<WastComponentValue> values(Cursor c) {
        List<WastComponentValue> out = new ArrayList<>();
        while (!c.atEnd()) out.add(inline(c, c.peek()));
        return out;
    }

    private String string(Cursor c) {
        SExpr.Atom a = c.nextString();
        return SExprReader.utf8(a.bytes(), a.line(), a.column());
    }
}
