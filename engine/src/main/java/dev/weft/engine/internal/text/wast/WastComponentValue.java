package dev.weft.engine.internal.text.wast;

import java.util.List;

/**
 * A component-level constant in a script ({@code u32.const}, {@code str.const},
 * {@code record.const}, ...): an argument of a component {@code invoke} or an expected result.
 * Integers keep their type; floats are raw bits so NaN payloads survive.
 */
public sealed interface WastComponentValue {

    record Bool(boolean value) implements WastComponentValue {}

    /**
     * An integer of {@code type} "s8", "u8", "s16", "u16", "s32", "u32", "s64" or "u64": signed
     * types hold the sign-extended value, unsigned ones the zero-extended value (u64 as raw bits).
     */
    record Int(String type, long value) implements WastComponentValue {
        public boolean signed() { return type.charAt(0) == 's'; }

        public int bits() { return Integer.parseInt(type.substring(1)); }
    }

    record F32(int bits) implements WastComponentValue {}

    record F64(long bits) implements WastComponentValue {}

    /** A Unicode scalar value. */
    record Char(int codePoint) implements WastComponentValue {}

    record Str(String value) implements WastComponentValue {}

    record ListOf(List<WastComponentValue> elements) implements WastComponentValue {}

    record Tuple(List<WastComponentValue> elements) implements WastComponentValue {}

    /** A record field: its label and value. */
    record Field(String name, WastComponentValue value) {}

    record Record(List<Field> fields) implements WastComponentValue {}

    /** A variant case by label, with its payload or null. */
    record Variant(String caseName, WastComponentValue payload) implements WastComponentValue {}

    record Enum(String caseName) implements WastComponentValue {}

    /** {@code option.none} ({@code value} null) or {@code option.some v}. */
    record Option(WastComponentValue value) implements WastComponentValue {
        public boolean isSome() { return value != null; }
    }

    /** {@code result.ok v?} or {@code result.err v?}; {@code value} is null without a payload. */
    record Result(boolean ok, WastComponentValue value) implements WastComponentValue {}

    /** The labels of the flags that are set. */
    record Flags(List<String> names) implements WastComponentValue {}
}
