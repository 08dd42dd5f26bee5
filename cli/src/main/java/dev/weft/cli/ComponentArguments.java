package dev.weft.cli;

import dev.weft.component.ComponentFuncType;
import dev.weft.component.Type;
import dev.weft.component.Val;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code --invoke} for components: argument literals in WAVE style for the scalar types ({@code 42},
 * {@code -1.5}, {@code true}, {@code 'x'}, {@code "text"}), and results printed the same way.
 */
final class ComponentArguments {
    private ComponentArguments() {}

    static Val[] convert(Invocation call, ComponentFuncType type) {
        List<ComponentFuncType.Param> params = type.params();
        if (params.size() != call.args().size()) {
            throw new IllegalArgumentException("function '" + call.name() + "' takes " + params.size()
                    + " argument(s), but " + call.args().size() + " were given");
        }
        Val[] out = new Val[params.size()];
        for (int i = 0; i < out.length; i++) out[i] = convert(call.args().get(i), params.get(i));
        return out;
    }

    private static Val convert(String literal, ComponentFuncType.Param param) {
        if (!(param.type() instanceof Type.Primitive p)) {
            throw new IllegalArgumentException("argument '" + param.name() + "': values of this type cannot be given"
                    + " on the command line yet (only numbers, bool, char and string)");
        }
        try {
            return switch (p) {
                case BOOL -> switch (literal) {
                    case "true" -> new Val.Bool(true);
                    case "false" -> new Val.Bool(false);
                    default -> throw new NumberFormatException();
                };
                case S8 -> new Val.S8((byte) ranged(literal, Byte.MIN_VALUE, Byte.MAX_VALUE));
                case U8 -> new Val.U8((byte) ranged(literal, 0, 0xFF));
                case S16 -> new Val.S16((short) ranged(literal, Short.MIN_VALUE, Short.MAX_VALUE));
                case U16 -> new Val.U16((short) ranged(literal, 0, 0xFFFF));
                case S32 -> new Val.S32((int) ranged(literal, Integer.MIN_VALUE, Integer.MAX_VALUE));
                case U32 -> new Val.U32((int) ranged(literal, 0, 0xFFFF_FFFFL));
                case S64 -> new Val.S64(Long.parseLong(literal));
                case U64 -> new Val.U64(Long.parseUnsignedLong(literal));
                case F32 -> new Val.F32(Float.parseFloat(literal));
                case F64 -> new Val.F64(Double.parseDouble(literal));
                case CHAR -> new Val.Char(quoted(literal, '\'').codePointAt(0));
                case STRING -> new Val.Str(quoted(literal, '"'));
                case ERROR_CONTEXT -> throw new IllegalArgumentException(
                        "argument '" + param.name() + "': error-context values cannot be given on the command line");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("argument '" + param.name() + "': '" + literal + "' is not a valid "
                    + p.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static long ranged(String literal, long min, long max) {
        long v = Long.parseLong(literal);
        if (v < min || v > max) throw new NumberFormatException("out of range");
        return v;
    }

    private static String quoted(String literal, char quote) {
        if (literal.length() < 2 || literal.charAt(0) != quote || literal.charAt(literal.length() - 1) != quote) {
            throw new NumberFormatException("not quoted");
        }
        String inner = literal.substring(1, literal.length() - 1);
        if (quote == '\'' && inner.codePointCount(0, inner.length()) != 1) throw new NumberFormatException("not one char");
        return inner;
    }

    /** A result in WAVE-like text. */
    static String format(Val v) {
        return switch (v) {
            case Val.Bool b -> Boolean.toString(b.value());
            case Val.S8 x -> Byte.toString(x.value());
            case Val.U8 x -> Integer.toString(x.unsigned());
            case Val.S16 x -> Short.toString(x.value());
            case Val.U16 x -> Integer.toString(x.unsigned());
            case Val.S32 x -> Integer.toString(x.value());
            case Val.U32 x -> Long.toString(x.unsigned());
            case Val.S64 x -> Long.toString(x.value());
            case Val.U64 x -> x.unsigned();
            case Val.F32 x -> Float.toString(x.value());
            case Val.F64 x -> Double.toString(x.value());
            case Val.Char c -> "'" + Character.toString(c.codePoint()) + "'";
            case Val.Str s -> '"' + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case Val.ListVal l -> l.elements().stream().map(ComponentArguments::format).collect(Collectors.joining(", ", "[", "]"));
            case Val.TupleVal t -> t.elements().stream().map(ComponentArguments::format).collect(Collectors.joining(", ", "(", ")"));
            case Val.RecordVal r -> r.fields().stream().map(f -> f.name() + ": " + format(f.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case Val.MapVal m -> m.entries().stream().map(e -> format(e.key()) + ": " + format(e.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case Val.VariantVal x -> x.payload() == null ? x.caseName() : x.caseName() + "(" + format(x.payload()) + ")";
            case Val.EnumVal e -> e.caseName();
            case Val.OptionVal o -> o.value() == null ? "none" : "some(" + format(o.value()) + ")";
            case Val.ResultVal r -> (r.isOk() ? "ok" : "err") + (r.payload() == null ? "" : "(" + format(r.payload()) + ")");
            case Val.FlagsVal f -> f.flags().stream().sorted().collect(Collectors.joining(", ", "{", "}"));
            case Val.ResourceVal r -> "<resource " + r.handle().type().name() + ">";
        };
    }
}
