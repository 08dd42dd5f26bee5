package dev.weft.conformance;

import dev.weft.component.Val;
import dev.weft.engine.internal.text.wast.WastComponentValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Component-level script constants as dynamic values: arguments of component invokes and the
 * results assert_return expects (compared with {@link Val#equals}, under which all NaNs of a
 * float type are equal — the Canonical ABI does not promise NaN payloads).
 *
 * <p>Lives in package {@code dev.weft.conformance} although its file sits in the {@code component} folder.
 */
final class ComponentValues {
    private ComponentValues() {}

    static Val toVal(WastComponentValue v) {
        return switch (v) {
            case WastComponentValue.Bool b -> new Val.Bool(b.value());
            case WastComponentValue.Int i -> switch (i.type()) {
                case "s8" -> new Val.S8((byte) i.value());
                case "u8" -> new Val.U8((byte) i.value());
                case "s16" -> new Val.S16((short) i.value());
                case "u16" -> new Val.U16((short) i.value());
                case "s32" -> new Val.S32((int) i.value());
                case "u32" -> new Val.U32((int) i.value());
                case "s64" -> new Val.S64(i.value());
                case "u64" -> new Val.U64(i.value());
                default -> throw new IllegalArgumentException("integer type " + i.type());
            };
            case WastComponentValue.F32 f -> new Val.F32(Float.intBitsToFloat(f.bits()));
            case WastComponentValue.F64 f -> new Val.F64(Double.longBitsToDouble(f.bits()));
            case WastComponentValue.Char c -> new Val.Char(c.codePoint());
            case WastComponentValue.Str s -> new Val.Str(s.value());
            case WastComponentValue.ListOf l -> new Val.ListVal(all(l.elements()));
            case WastComponentValue.Tuple t -> new Val.TupleVal(all(t.elements()));
            case WastComponentValue.Record r -> {
                List<Val.NamedVal> fields = new ArrayList<>();
                for (WastComponentValue.Field f : r.fields()) fields.add(new Val.NamedVal(f.name(), toVal(f.value())));
                yield new Val.RecordVal(fields);
            }
            case WastComponentValue.Variant x -> new Val.VariantVal(x.caseName(), x.payload() == null ? null : toVal(x.payload()));
            case WastComponentValue.Enum e -> new Val.EnumVal(e.caseName());
            case WastComponentValue.Option o -> new Val.OptionVal(o.value() == null ? null : toVal(o.value()));
            case WastComponentValue.Result r -> new Val.ResultVal(r.ok(), r.value() == null ? null : toVal(r.value()));
            case WastComponentValue.Flags f -> new Val.FlagsVal(new LinkedHashSet<>(f.names()));
        };
    }

    static List<Val> all(List<WastComponentValue> values) {
        List<Val> out = new ArrayList<>(values.size());
        for (WastComponentValue v : values) out.add(toVal(v));
        return out;
    }
}
