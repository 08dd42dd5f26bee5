package dev.weft.component;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A component-level value for the dynamic API: what a call without generated bindings passes and
 * receives. Unsigned integers use the Java type of the same width and hold the same bits
 * ({@code u32 4294967295} is {@code U32(-1)}); {@link U32#unsigned()} and friends give the widened value.
 * A {@code char} is a Unicode scalar value (code point).
 */
public sealed interface Val {

    record Bool(boolean value) implements Val {}

    record S8(byte value) implements Val {}

    record U8(byte value) implements Val {
        public int unsigned() { return Byte.toUnsignedInt(value); }
    }

    record S16(short value) implements Val {}

    record U16(short value) implements Val {
        public int unsigned() { return Short.toUnsignedInt(value); }
    }

    record S32(int value) implements Val {}

    record U32(int value) implements Val {
        public long unsigned() { return Integer.toUnsignedLong(value); }
    }

    record S64(long value) implements Val {}

    record U64(long value) implements Val {
        public String unsigned() { return Long.toUnsignedString(value); }
    }

    /** f32; NaN bit patterns are kept as given (the ABI canonicalizes NaNs when lowering/lifting). */
    record F32(float value) implements Val {}

    record F64(double value) implements Val {}

    record Char(int codePoint) implements Val {}

    record Str(String value) implements Val {
        public Str { Objects.requireNonNull(value, "value"); }
    }

    record ListVal(List<Val> elements) implements Val {
        public ListVal { elements = List.copyOf(elements); }
    }

    /** A map value: its entries in order (the ABI keeps the order it is given). */
    record MapVal(List<MapEntry> entries) implements Val {
        public MapVal { entries = List.copyOf(entries); }
    }

    record MapEntry(Val key, Val value) {
        public MapEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A record value: fields in declaration order, with their names. */
    record RecordVal(List<NamedVal> fields) implements Val {
        public RecordVal { fields = List.copyOf(fields); }
    }

    record NamedVal(String name, Val value) {
        public NamedVal {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    record TupleVal(List<Val> elements) implements Val {
        public TupleVal { elements = List.copyOf(elements); }
    }

    /** A variant case by name; {@code payload} is null for a case without payload. */
    record VariantVal(String caseName, Val payload) implements Val {
        public VariantVal { Objects.requireNonNull(caseName, "caseName"); }
    }

    record EnumVal(String caseName) implements Val {
        public EnumVal { Objects.requireNonNull(caseName, "caseName"); }
    }

    /** {@code none} is {@code OptionVal(null)}. */
    record OptionVal(Val value) implements Val {}

    /** {@code ok(payload)} or {@code err(payload)}; the payload is null when that side has no type. */
    record ResultVal(boolean isOk, Val payload) implements Val {}

    /** The set of flags that are on. */
    record FlagsVal(Set<String> flags) implements Val {
        public FlagsVal { flags = Set.copyOf(flags); }
    }

    /** A resource handle (own or borrow) as the host sees it. */
    record ResourceVal(ResourceHandle handle) implements Val {
        public ResourceVal { Objects.requireNonNull(handle, "handle"); }
    }
}
