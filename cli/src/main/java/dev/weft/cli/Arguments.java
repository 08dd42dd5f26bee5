package dev.weft.cli;

import dev.weft.engine.FuncType;
import dev.weft.engine.ValueType;
import java.util.List;

/** Turns {@code --invoke} argument literals into Java values typed by the export's parameters. */
final class Arguments {
    private Arguments() {}

    static Object[] convert(Invocation call, FuncType type) {
        List<ValueType> params = type.params();
        if (params.size() != call.args().size()) {
            throw new IllegalArgumentException("function '" + call.name() + "' takes " + params.size()
                    + " argument(s) " + params + ", but " + call.args().size() + " were given");
        }
        Object[] values = new Object[params.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = convert(call.args().get(i), params.get(i), i);
        }
        return values;
    }

    private static Object convert(String literal, ValueType type, int position) {
        String text = literal.replace("_", "");
        try {
            return switch (type.kind()) {
                case I32 -> (int) parseInteger(text, 32);
                case I64 -> parseInteger(text, 64);
                case F32 -> Float.parseFloat(floatText(text));
                case F64 -> Double.parseDouble(floatText(text));
                case V128, REF -> throw new IllegalArgumentException(
                        "argument " + (position + 1) + ": " + type + " values cannot be given on the command line");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("argument " + (position + 1) + ": '" + literal + "' is not a valid "
                    + type.toString());
        }
    }

    /** Accepts signed or unsigned decimal and 0x hex, as long as the value fits the width. */
    private static long parseInteger(String text, int bits) {
        boolean negative = text.startsWith("-");
        String digits = negative || text.startsWith("+") ? text.substring(1) : text;
        boolean hex = digits.startsWith("0x") || digits.startsWith("0X");
        long value = Long.parseUnsignedLong(hex ? digits.substring(2) : digits, hex ? 16 : 10);
        if (bits == 32) {
            boolean fits = negative ? value <= 0x8000_0000L : value <= 0xFFFF_FFFFL;
            if (!fits || value < 0) throw new NumberFormatException("out of range");
        }
        return negative ? -value : value;
    }

    private static String floatText(String text) {
        return switch (text) {
            case "inf", "+inf" -> "Infinity";
            case "-inf" -> "-Infinity";
            case "nan", "+nan", "-nan" -> "NaN";
            default -> text.startsWith("0x") || text.startsWith("-0x") || text.startsWith("+0x")
                    ? (text.contains("p") || text.contains("P") ? text : text + "p0")
                    : text;
        };
    }
}
